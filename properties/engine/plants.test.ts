/**
 * Counterexamples that convince (issue 8, items 4–5), on planted false claims at the standard budget
 * and three root seeds: a small violation (ratio ≈ 1.004) is found, its worst ratio reached by the
 * worst-case search, and its shrunk counterexample stays ≥ 10³ tolerances past the bound; a band-shaped
 * false high-probability claim stays violated — shrinking keeps the refutation decisive, and the
 * confirmation on fresh streams covers the worst and the shrunk instance. Both replay commands reproduce.
 */
import { describe, expect, test } from "vitest";
import "signcheck/vitest";
import { SHRINK_DECISIVE_FRACTION, SHRINK_MARGIN_UNITS, auditClaim, decodeInstance, evidenceOf } from "signcheck";
import { bandFailure, smallViolation } from "./falseClaims.ts";

const SEEDS = [1, 2, 3];

/** The instance a replay command names (by --instance) or undefined (by --path). */
function replayed(command: string): { path?: string; instance?: unknown } {
  const path = /--path ([\d:]+)/.exec(command);
  if (path) return { path: path[1] };
  const inst = /--instance '((?:[^']|'\\'')*)'/.exec(command);
  return { instance: decodeInstance(inst![1].replace(/'\\''/g, "'")) };
}

describe("a small violation (ratio ≈ 1.004) is found and reported convincingly", () => {
  test.each(SEEDS)("signcheck/small-violation at root seed %i", (seed) => {
    const r = auditClaim(smallViolation, { seed, budget: "standard" });
    expect(r).toHaveVerdict("violated");
    const e = evidenceOf(r, "inequality");
    expect(e.counterexample!.detail.tolerances).toBeGreaterThanOrEqual(SHRINK_MARGIN_UNITS);
    // The worst violation found is near the bump's top, 1.004 (the search climbs x).
    expect(e.worstCounterexample!.detail.ratio!).toBeGreaterThan(1.0035);
    for (const cx of [e.counterexample!, e.worstCounterexample!]) {
      const again = auditClaim(smallViolation, { seed, budget: "standard", ...replayed(cx.replay) });
      expect(again).toHaveVerdict("violated");
      expect(evidenceOf(again, "inequality").counterexample!.detail).toEqual(cx.detail);
    }
  });
});

describe("a band-shaped false high-probability claim is not lost to shrinking", () => {
  test.each(SEEDS)("signcheck/band-failure at root seed %i", (seed) => {
    const r = auditClaim(bandFailure, { seed, budget: "standard" });
    expect(r).toHaveVerdict("violated");
    const e = evidenceOf(r, "high-probability");
    const worst = e.worstCounterexample!.detail;
    const shrunk = e.counterexample!.detail;
    // Shrinking kept a decisive refutation: the shrunk lower bound is clearly above δ.
    expect(shrunk.interval.lo - shrunk.target).toBeGreaterThanOrEqual(SHRINK_DECISIVE_FRACTION * (worst.interval.lo - worst.target));
    expect([e.confirmation?.decision, e.worstConfirmation?.decision]).toContain("refuted");
    for (const cx of [e.counterexample!, e.worstCounterexample!]) {
      expect(auditClaim(bandFailure, { seed, budget: "standard", ...replayed(cx.replay) })).toHaveVerdict("violated");
    }
  });
});
