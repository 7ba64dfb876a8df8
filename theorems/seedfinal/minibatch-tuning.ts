/**
 * seedfinal/minibatch-tuning — the prescription of the authors' Theorem "(L0,L1) HP complexity for
 * minibatch-SignSGD" (seedfinal; the seed's "Optimal tuning", c = 1): in regime ε ≥ 8L0/(L1√d),
 * γ = 1/(48L1d^{3/2}log(1/δ)); below it γ = √(4Δ₁/(80TL0 log(1/δ)d)); in both B = max{1, (16‖σ⃗‖₁/ε)^{κ/(κ−1)}}
 * and T the least with its stated budget (4Δ₁/(Tγ) ≤ ε/2, resp. 2√(320Δ₁L0d log(1/δ)/T) ≤ ε/2; the
 * theorem gives T only as O(·)) — src/theory/seedMinibatchTuning.ts. The claim is what the theorem
 * promises of it: minibatch-SignSGD run with (γ, B, T) reaches (1/T)Σ‖∇f(x^k)‖₁ ≤ ε with probability
 * ≥ 1 − δ. Decided as a tuning claim over both regimes and their boundary (minibatchTuningProblems.ts),
 * split at δ = 1/e as seedfinal/signsgd-hp is; with a grid of smaller T and B, the report gives the price
 * of the theorem's constants. For δ near 1 the prescribed stepsize blows up with 1/log(1/δ) and noisy runs
 * miss ε almost surely (-delta-near-1; docs/seed-errata.md, E3).
 * The bound behind it does not add up to ε (docs/seed-errata.md, E8: seed/proof41-s23) and its stepsize
 * may pass the cap near the threshold (E6); this claim asks whether the runs still reach ε.
 */
import { defineClaim, seedMinibatchTuning, seedRegimeThresholdIn, FLOAT, type Stream, type TuningClaim } from "signcheck";
import {
  grid,
  minibatchRun,
  PROBLEM_HYPOTHESES,
  solver,
  tuningProblemParameters,
  tuningProblems,
  type Params,
  type TuningProblem,
} from "./minibatchTuningProblems.ts";

/** δ ≥ 0.05: certifying a failure rate below δ takes ≳ 12/δ runs (the quick budget has 600); split at 1/e. */
const DELTA = { min: 0.05, max: Math.exp(-1) };
const DELTA_NEAR_1 = { min: 0.37, max: 0.999 };

/** The problem and the seed's prescription for it (computed once per instance object). */
const solve = solver(
  (f) => seedRegimeThresholdIn(FLOAT, { L0: f.smoothness.L0, L1: f.smoothness.L1, d: f.dim, c: 1 }),
  (p, delta, i) =>
    seedMinibatchTuning({
      L0: p.f.smoothness.L0,
      L1: p.f.smoothness.L1,
      d: p.f.dim,
      Delta1: p.Delta1,
      sigma1: p.sigma1,
      kappa: i.kappa,
      epsilon: p.epsilon,
      delta,
    }),
);

const source = {
  paper: "seedfinal",
  item: "Theorem ((L0,L1) HP complexity for minibatch-SignSGD) and the tuning in its proof",
  quote: String.raw`requires the sample complexity $N$  to achieve $\frac{1}{T} \sum_{k=1}^{T}  \|\nabla f(x^k)\|_1 \leq \varepsilon$ with probability at least $1-\delta$`,
};

const common = {
  kind: "tuning" as const,
  source,
  tightness: "upper" as const,
  delta: (i: TuningProblem) => i.delta,
  target: (i: TuningProblem) => solve(i).problem.epsilon,
  prescription: (i: TuningProblem) => solve(i).params,
  run: (i: TuningProblem, params: Params, stream: Stream) => minibatchRun(solve(i).problem, i, params, stream),
  cost: (_i: TuningProblem, p: Params) => p.T * p.B,
  grid: (i: TuningProblem) => grid(solve(i).params),
  divergedCountsAsFailure: true,
  // Without noise the run does not depend on the stream: its miss rate is 0 or 1, decided from one run.
  deterministic: (i: TuningProblem) => i.rho === 0,
  classify: (i: TuningProblem) => `regime ${solve(i).regime}${i.r === 1 ? " (at the threshold)" : ""}${i.rho === 0 ? ", σ⃗ = 0" : ""}`,
};

export const minibatchTuning = defineClaim<TuningClaim<TuningProblem, Params>>({
  ...common,
  id: "seedfinal/minibatch-tuning",
  title: "The theorem's γ, B and T (both regimes and their boundary) make minibatch-SignSGD reach (1/T)Σ‖∇f(x^k)‖₁ ≤ ε with probability ≥ 1 − δ, δ ≤ 1/e",
  hypotheses: [
    ...PROBLEM_HYPOTHESES,
    "δ ∈ [0.05, 1/e] (below 0.05 a rate under δ takes more runs than the quick budget has to certify); c = 1; T the least meeting the proof's stated budget, B rounded up",
  ],
  instances: tuningProblems(DELTA),
  parameters: tuningProblemParameters(DELTA),
  budgets: { quick: { instances: 6, trials: 600 }, standard: { instances: 20, trials: 3000 } },
  expected: {
    verdict: "holds",
    reason:
      "the bound behind the prescription is loose by an order of magnitude on runs (its budgets overrun ε on paper, E8, but the runs end far below ε), so every run reaches ε",
  },
});

export const minibatchTuningDeltaNear1 = defineClaim<TuningClaim<TuningProblem, Params>>({
  ...common,
  id: "seedfinal/minibatch-tuning-delta-near-1",
  title: "The theorem's γ, B and T make minibatch-SignSGD reach ε with probability ≥ 1 − δ, for δ ∈ (1/e, 0.999]",
  hypotheses: [...PROBLEM_HYPOTHESES, "δ ∈ (1/e, 0.999], where log(1/δ) < 1 (the theorem's δ ∈ (0, 1)); σ⃗ = 0 two times in five (deterministic runs); c = 1"],
  instances: tuningProblems(DELTA_NEAR_1, 2),
  parameters: tuningProblemParameters(DELTA_NEAR_1),
  // Deterministic instances cost one run: the search draws many to reach δ close to 1. Refuting P(miss) ≤ δ
  // at δ = 0.999 when every run misses takes n with (α/looks)^{1/n} > δ, n ≈ 11.2/(1 − δ) ≈ 11 200 runs at the
  // quick budget's α per test: the trial cap is set by that, and only instances near the bound use it (a
  // certified instance stops at the first look; the failing ones run T ≈ 10 steps).
  budgets: { quick: { instances: 60, trials: 15000 }, standard: { instances: 150, trials: 20000 } },
  expected: {
    verdict: "violated",
    reason:
      "as δ → 1, log(1/δ) → 0 inflates γ = 1/(48L1d^{3/2}log(1/δ)) to steps of order 1/L1 and beyond while T shrinks to a few steps: with noise the runs miss ε nearly always, so P(miss) > δ even at δ ≈ 0.999 (E3; noiseless runs still reach ε, and below δ ≈ 0.995 no miss is seen)",
  },
});
