/**
 * Deliberately false (and true) claims with known truth, one of each kind, for the engine's own
 * tests — never part of the built-in audit. A Bernoulli claim: each instance is an independent coin
 * with failure probability `pTrue`, tested against the target `delta`.
 */
import { defineClaim, fc, type HighProbabilityClaim, type InequalityClaim, type ProbabilityClaim } from "signcheck";

const source = { paper: "signcheck", item: "engine self-check" } as const;

/** False: x² ≤ x + 1 fails for x > φ ≈ 1.618; the minimal integer counterexample is x = 2. */
export const falseInequality = defineClaim<InequalityClaim<{ x: number }>>({
  id: "signcheck/false-inequality",
  kind: "inequality",
  title: "x² ≤ x + 1 for every integer x in [0, 1000] (false)",
  source,
  hypotheses: [],
  instances: fc.record({ x: fc.integer({ min: 0, max: 1000 }) }),
  check: ({ x }) => ({ lhs: x * x, rhs: x + 1 }),
  expected: { verdict: "violated", reason: "fails for every x ≥ 2" },
});

/** False: P(U < 0.5) ≤ 0.3 for U uniform — decided by Monte Carlo (no exact given). */
export const falseProbability = defineClaim<ProbabilityClaim<{ k: number }>>({
  id: "signcheck/false-probability",
  kind: "probability",
  title: "P(U < 0.5) ≤ 0.3 (false, rate 0.5)",
  source,
  hypotheses: [],
  instances: fc.record({ k: fc.integer({ min: 0, max: 100 }) }),
  bound: () => 0.3,
  event: (_i, stream) => stream.next() < 0.5,
  expected: { verdict: "violated", reason: "the true rate is 0.5" },
});

/** False: P(max of k uniforms ≤ 1 − 1/(2k)) ≥ 1 − δ with δ = 0.2 — the true failure rate is 1 − (1 − 1/(2k))^k ≥ 0.39. */
export const falseHighProbability = defineClaim<HighProbabilityClaim<{ k: number }>>({
  id: "signcheck/false-high-probability",
  kind: "high-probability",
  title: "max of k uniforms ≤ 1 − 1/(2k) with probability ≥ 0.8 (false)",
  source,
  hypotheses: [],
  instances: fc.record({ k: fc.integer({ min: 1, max: 50 }) }),
  delta: () => 0.2,
  statistic: ({ k }, stream) => {
    let m = 0;
    for (let i = 0; i < k; i++) m = Math.max(m, stream.next());
    return m;
  },
  bound: ({ k }) => 1 - 1 / (2 * k),
  expected: { verdict: "violated", reason: "the failure rate 1 − (1 − 1/(2k))^k is at least 0.39 > 0.2" },
});

/** A coin claim: every instance fails with probability `pTrue`; the claim says the rate is ≤ `delta`. */
export function bernoulliClaim(pTrue: number, delta: number, budget: { instances: number; trials: number; shrinks: number; minTrials?: number }, alpha = 0.05) {
  const b = { minTrials: 10, ...budget };
  return defineClaim<ProbabilityClaim<{ k: number }>>({
    id: "signcheck/bernoulli",
    kind: "probability",
    title: `coin with rate ${pTrue} vs target ${delta}`,
    source,
    hypotheses: [],
    instances: fc.record({ k: fc.integer({ min: 0, max: 1_000_000 }) }),
    bound: () => delta,
    event: (_i, stream) => stream.next() < pTrue,
    alpha,
    budgets: { quick: b, standard: b, thorough: b },
  });
}
