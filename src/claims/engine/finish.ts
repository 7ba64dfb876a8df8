/**
 * Pieces every kind's decider assembles its evidence from: the counterexample records with their
 * replay commands, the error decision, the common evidence fields of an exploration, and the
 * time-limit note. Kept in one place so that every kind reports them the same way.
 */
import { toPlain } from "../plain.ts";
import { replayCommand } from "../commandLine.ts";
import type { Claim, Counterexample, EvidenceCommon, ScoreProfile } from "../types.ts";
import { coverageOf } from "./coverage.ts";
import type { DecideContext } from "./context.ts";
import type { Evaluated, Exploration } from "./explore.ts";

const ORIGIN = { random: "random", shrink: "shrunk", search: "search", simplify: "simplified", replay: "replay" } as const;

export function counterexampleOf<I, F, D>(claim: Claim<I>, ctx: DecideContext, e: Evaluated<I, F>, fcSeed: number, detail: D): Counterexample<D> {
  const byPath = e.path !== undefined && (e.phase === "random" || e.phase === "shrink" || (e.phase === "replay" && ctx.path !== undefined));
  return {
    instance: toPlain(e.instance),
    instanceHash: e.hash,
    origin: ORIGIN[e.phase],
    ...(byPath && { fcSeed, path: e.path }),
    replay: replayCommand({
      id: claim.id,
      seed: ctx.seed,
      ...(byPath ? { path: e.path! } : { instance: e.instance }),
      budget: ctx.level,
      modules: ctx.modules,
      data: ctx.dataFiles,
    }),
    detail,
  };
}

/** Points kept in a score profile (order statistics, evenly spaced in rank; enough for a smooth distribution curve). */
export const PROFILE_POINTS = 51;

/** The distribution of scores (violation ratios) as at most PROFILE_POINTS [score, share] pairs, largest score first. */
export function scoreProfile(scores: readonly number[]): ScoreProfile {
  const scored = scores.filter((s) => !Number.isNaN(s)).sort((a, b) => b - a);
  const n = scored.length;
  const ranks =
    n <= PROFILE_POINTS ? scored.map((_, i) => i) : Array.from({ length: PROFILE_POINTS }, (_, j) => Math.round((j * (n - 1)) / (PROFILE_POINTS - 1)));
  return { instances: scores.length, unscored: scores.length - n, points: ranks.map((r) => [scored[r], (r + 1) / n] as const) };
}

/** The fields of the evidence that come straight from the exploration. */
export function commonEvidence<I, F>(
  claim: Claim<I>,
  x: Exploration<I, F>,
): Pick<EvidenceCommon, "instances" | "degenerate" | "search" | "coverage" | "timedOut" | "profile"> & { notes: string[] } {
  const notes: string[] = [];
  if (x.shrinkBudgetSpent) notes.push("shrinking stopped at the shrink budget (the last convincing candidate is reported)");
  return {
    ...(x.timedOut && { timedOut: x.timedOut }),
    instances: x.random.length,
    degenerate: x.degenerate,
    search: x.search,
    coverage: coverageOf(
      claim.parameters,
      claim.classify,
      x.random.filter((e) => e.phase === "random").map((e) => e.instance),
    ),
    profile: scoreProfile(x.random.filter((e) => e.phase === "random" && !e.eval.degenerate).map((e) => e.eval.score)),
    notes,
  };
}

export function errorOf<I, F>(x: Exploration<I, F>): { message: string; input?: unknown } | undefined {
  if (!x.thrown) return undefined;
  return { message: x.thrown.message, ...(x.thrown.instance !== undefined && { input: toPlain(x.thrown.instance) }) };
}
