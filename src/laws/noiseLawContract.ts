/**
 * The contract every noise law keeps (signcheck/laws), as a vitest test registered by
 * `noiseLawContract(law)` inside a test file: reproducible draws (same stream key → same numbers,
 * whatever other stream ran in between; another key → other numbers), `fill` equal to successive `sample`
 * calls and to them times the scales when scales are given (the oracles rely on both), finite draws, and
 * the declared facts consistent with each other (atoms ⇒ not unimodal; the moment order is where
 * absMoment starts to throw UndefinedQuantityError). Every law of the library passes it
 * (properties/noise/lawContract.test.ts runs it over the catalogue).
 */
import { expect, test } from "vitest";
import { UndefinedQuantityError } from "../core/errors.ts";
import { streamFor } from "../core/stream.ts";
import { laplace } from "../noise/laplace.ts";
import type { FullNoiseLaw } from "../noise/types.ts";

export interface NoiseLawContractOptions {
  /** Test name prefix (default: the law's name). */
  readonly label?: string;
  /** Draws per check (default 257: an odd length, so vector fills with a remainder are exercised). */
  readonly draws?: number;
}

/** Registers one test `<label>: reproducible, fill = sample·scale, facts consistent` for the law. */
export function noiseLawContract(law: FullNoiseLaw, options: NoiseLawContractOptions = {}): void {
  const label = options.label ?? law.name;
  const n = options.draws ?? 257;
  test(`${label}: reproducible, fill = sample·scale, facts consistent`, () => {
    const key = { seed: 7, claim: "contract", instance: label, trial: 3 };
    const a = law.fill(streamFor(key), new Float64Array(n));
    // Another stream used in between must not matter: each key has its own generator.
    laplace().fill(streamFor({ ...key, trial: 4 }), new Float64Array(99));
    const b = law.fill(streamFor(key), new Float64Array(n));
    expect(b).toEqual(a);
    // The vector fill draws the numbers of successive `sample` calls (the oracles rely on it).
    const one = streamFor(key);
    a.forEach((x) => expect(law.sample(one)).toBe(x));
    const scales = Array.from({ length: n }, (_, i) => 0.5 + i);
    const c = law.fill(streamFor(key), new Float64Array(n), scales);
    c.forEach((x, i) => expect(x).toBe(a[i] * scales[i]));
    expect(a.every(Number.isFinite)).toBe(true);
    const other = law.fill(streamFor({ ...key, trial: 5 }), new Float64Array(n));
    expect(other).not.toEqual(a);
    if (law.hasAtoms) expect(law.unimodal).toBe(false);
    if (law.maxMomentOrder < Infinity) {
      expect(() => law.absMoment(law.maxMomentOrder)).toThrow(UndefinedQuantityError);
      expect(law.absMoment(law.maxMomentOrder * 0.99)).toBeGreaterThan(0);
    }
  });
}
