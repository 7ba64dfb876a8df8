/**
 * Deliberately false (and true) claims with known truth, one of each kind, for the engine's own
 * tests — never part of the built-in audit. A Bernoulli claim: each instance is an independent coin
 * with failure probability `pTrue`, tested against the target `delta`.
 */
import {
  arb,
  defineClaim,
  fc,
  param,
  type ExpectationClaim,
  type HighProbabilityClaim,
  type InequalityClaim,
  type ProbabilityClaim,
  type ScalingClaim,
  type TuningClaim,
} from "signcheck";

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

/**
 * A false inequality whose violation is small: lhs = x·(1 + 0.004·b(x)) against rhs = x, with a bump
 * b(x) = exp(−(log10 x − 1)²/(2·0.05²)) around x = 10 — the ratio reaches 1.004 at x = 10 and falls
 * toward 1 within a few tenths of a decade. Shrinking toward x = 1e-3 walks to the edge of that band,
 * where the violation fades to round-off size: the engine must keep a counterexample ≥ 10³ tolerances past
 * the bound and find the worst ratio ≈ 1.004.
 */
export const smallViolation = defineClaim<InequalityClaim<{ x: number }>>({
  id: "signcheck/small-violation",
  kind: "inequality",
  title: "x·(1 + 0.004·bump(x)) ≤ x (false near x = 10, ratio ≤ 1.004)",
  source,
  hypotheses: ["x ∈ [1e-3, 1e3], log-uniform"],
  instances: fc.record({ x: arb.logUniform(1e-3, 1e3) }),
  check: ({ x }) => ({ lhs: x * (1 + 0.004 * Math.exp(-((Math.log10(x) - 1) ** 2) / (2 * 0.05 ** 2))), rhs: x }),
  parameters: [param.log("x", [1e-3, 1e3], (i: { x: number }) => i.x, { write: (_i, x) => ({ x: x as number }) })],
  expected: { verdict: "violated", reason: "the bump makes lhs/rhs = 1.004 at x = 10" },
});

/**
 * A false high-probability claim whose failing region is a band: the statistic exceeds its bound with
 * probability r(u) = 0.5 for u ∈ [0.45, 0.55], falling linearly to 0 at u = 0.35 and 0.65 (so near the band's
 * edges the rate sits just above δ = 0.05), and never outside. Shrinking toward u = 0 walks to where the rate
 * is barely above δ: the engine must keep a decisive refutation and confirm the original or the shrunk one.
 */
export const bandFailure = defineClaim<HighProbabilityClaim<{ u: number }>>({
  id: "signcheck/band-failure",
  kind: "high-probability",
  title: "P(statistic ≤ 1) ≥ 0.95 for u ∈ [0, 1] (false in the band u ∈ (0.35, 0.65))",
  source,
  hypotheses: ["u ∈ [0, 1] uniform"],
  instances: fc.record({ u: fc.integer({ min: 0, max: 10_000 }).map((k) => k / 10_000) }),
  delta: () => 0.05,
  bound: () => 1,
  statistic: ({ u }, stream) => {
    const rate = Math.max(0, Math.min(0.5, 0.5 - 5 * (Math.abs(u - 0.5) - 0.05)));
    return stream.next() < rate ? 2 : 0;
  },
  parameters: [param.linear("u", [0, 1], (i: { u: number }) => i.u, { write: (_i, u) => ({ u: u as number }) })],
  expected: { verdict: "violated", reason: "the failure rate is 0.5 ≫ δ in the middle of the band" },
});

const small = (b: { instances: number; trials: number; shrinks: number; minTrials?: number }) => {
  const budget = { minTrials: 10, ...b, climbStarts: 0, climbSteps: 0 };
  return { quick: budget, standard: budget, thorough: budget };
};

/** E[X] ≤ bound with X ~ Bernoulli(pTrue) on [0, 1]: true when pTrue ≤ bound (at the boundary when equal). */
export function bernoulliMeanClaim(pTrue: number, bound: number, alpha = 0.05) {
  return defineClaim<ExpectationClaim<{ k: number }>>({
    id: "signcheck/bernoulli-mean",
    kind: "expectation",
    title: `mean of a coin with rate ${pTrue} vs bound ${bound}`,
    source,
    hypotheses: [],
    instances: fc.record({ k: fc.integer({ min: 0, max: 1_000_000 }) }),
    statistic: (_i, stream) => (stream.next() < pTrue ? 1 : 0),
    bound: () => bound,
    range: () => ({ lo: 0, hi: 1 }),
    alpha,
    budgets: small({ instances: 2, trials: 800, shrinks: 2, minTrials: 50 }),
  });
}

/** cost(n) = n^p·e^{Z}, Z ~ N(0, 0.1²) per run: the median replicate slope is exactly p. */
export function powerCostClaim(pTrue: number, pClaimed: number, alpha = 0.05) {
  return defineClaim<ScalingClaim<{ k: number }>>({
    id: "signcheck/power-cost",
    kind: "scaling",
    title: `a cost n^${pTrue} claimed O(n^${pClaimed})`,
    source,
    hypotheses: [],
    instances: fc.record({ k: fc.integer({ min: 0, max: 1_000_000 }) }),
    size: "n",
    sizes: () => [10, 100, 1000],
    cost: (_i, n, stream) => n ** pTrue * Math.exp(0.1 * stream.normal()),
    exponent: () => pClaimed,
    lowerOrder: 0,
    alpha,
    budgets: small({ instances: 3, trials: 16, shrinks: 3, minTrials: 16 }),
  });
}

/** A prescription whose run misses its target with probability pTrue, claimed ≤ δ. */
export function coinTuningClaim(pTrue: number, delta: number, alpha = 0.05) {
  return defineClaim<TuningClaim<{ k: number }, { T: number }>>({
    id: "signcheck/coin-tuning",
    kind: "tuning",
    title: `a prescription missing with rate ${pTrue} vs δ = ${delta}`,
    source,
    hypotheses: [],
    instances: fc.record({ k: fc.integer({ min: 0, max: 1_000_000 }) }),
    delta: () => delta,
    target: () => 1,
    prescription: () => ({ T: 1 }),
    run: (_i, _p, stream) => (stream.next() < pTrue ? 2 : 0),
    cost: (_i, p) => p.T,
    alpha,
    budgets: small({ instances: 3, trials: 400, shrinks: 3 }),
  });
}
