/**
 * The same claim with its bound multiplied by c, through its kind's module: rhs·c for an inequality,
 * bound·c for a probability, a statistic's bound or a mean, the target·c for a tuning, the exponent·c
 * for a scaling claim. A skeptic's tool: the reported tightness says the claim survives c down to that
 * factor, and a variant a little below it must be found violated. The id gets a `-x<c>` suffix and the
 * expectation is dropped (a variant's verdict is what is being measured).
 */
import { kindModule } from "./kinds/index.ts";
import type { Claim } from "./types.ts";

/** The claim with its bound multiplied by c (c < 1: a stronger, 'tightness' variant that should be caught). */
export function scaleBound<C extends Claim>(claim: C, c: number): C {
  const scaled = kindModule(claim.kind).scaleBound(claim, c) as C;
  return {
    ...scaled,
    id: `${claim.id}-x${Number(c.toPrecision(6))}`.toLowerCase(),
    title: `${claim.title} (bound × ${Number(c.toPrecision(6))})`,
    expected: undefined,
  };
}
