/**
 * The table of claim kinds: the one place the engine dispatches through (`auditClaim`, `defineClaim`,
 * `budgetFor`, the CLI's `list`). Adding a kind is one module in this folder, one row here, and one
 * section in `src/report/sections/`.
 */
import type { EvidenceCommon } from "../types.ts";
import type { KindModule } from "../engine/context.ts";
import { expectationKind } from "./expectation.ts";
import { highProbabilityKind } from "./highProbability.ts";
import { inequalityKind } from "./inequality.ts";
import { probabilityKind } from "./probability.ts";
import { scalingKind } from "./scaling.ts";
import { tuningKind } from "./tuning.ts";

export const KINDS = {
  inequality: inequalityKind,
  probability: probabilityKind,
  "high-probability": highProbabilityKind,
  expectation: expectationKind,
  scaling: scalingKind,
  tuning: tuningKind,
} as const satisfies Record<string, KindModule<any, any>>;

export type KindName = keyof typeof KINDS;

export function isKindName(kind: unknown): kind is KindName {
  return typeof kind === "string" && Object.hasOwn(KINDS, kind);
}

/** The module of a kind, loosely typed for the engine's dynamic dispatch. */
export function kindModule(kind: KindName): KindModule<any, EvidenceCommon & { kind: string }> {
  return KINDS[kind] as KindModule<any, EvidenceCommon & { kind: string }>;
}
