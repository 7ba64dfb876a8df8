/**
 * The experiments `signcheck experiment NAME` runs, in the order the README lists them.
 */
import { InputError } from "../core/errors.ts";
import { mushroomsGdVsSignGd } from "./mushroomsGdVsSignGd.ts";
import { mushroomsMomentum } from "./mushroomsMomentum.ts";
import { communication } from "./communication.ts";
import { bernsteinSparseNoise } from "./bernsteinSparseNoise.ts";
import { smoothnessAlongTrajectory } from "./smoothnessAlongTrajectory.ts";
import type { Experiment } from "./types.ts";

export const EXPERIMENTS: readonly Experiment[] = [mushroomsGdVsSignGd, mushroomsMomentum, communication, bernsteinSparseNoise, smoothnessAlongTrajectory];

export function experimentByName(name: string): Experiment {
  const found = EXPERIMENTS.find((e) => e.name === name);
  if (!found) throw new InputError("experiment", name, `one of ${EXPERIMENTS.map((e) => e.name).join(", ")}`);
  return found;
}
