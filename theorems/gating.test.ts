/**
 * Gating, shown (issue 5, item 7): planted broken variants of the methods, each run against the
 * property laws AND the theorem claims that guard it; every one is found violated. This is the evidence
 * that CI gates algorithm changes: a change that reintroduces any of these bugs fails `npm test`.
 *   1. sign(0) = +1 where the law needs sign(0) = 0:
 *      a. in SignSGD's sign step                 → the sign-step law fails. No theorem claim can catch
 *         it: sign(0) matters only on a gradient coordinate that is exactly 0, and on the single-worker
 *         trajectories the claims generate that has probability 0 (noise laws with a density; on the
 *         two-point noise of bernstein18 and the deterministic karimireddy19 problems the iterate would
 *         have to land exactly on a point of a measure-zero set, e.g. x = b for x a sum of ±γ, γ = r·b
 *         with r drawn from a continuous law);
 *      b. in the majority vote (a tied vote steps as +1) → karimireddy19/signsgd-fails (a tie of an even
 *         number of workers moves x₁ + x₂, so f crosses the floor) and bernstein19/adversaries-simulated;
 *   2. a batch mean divided by B − 1 instead of B     → the batch-mean law fails, and
 *                                                        bernstein19/gauss-sign-bound-minibatch is violated;
 *   3. momentum with β and 1 − β swapped              → "M-SignSGD with β = 0 is SignSGD" fails, and
 *                                                        kornilov25/m-signsgd-skewed-noise is violated;
 *   4. error memory never updated (e stays 0)        → the virtual-iterate law fails, and
 *                                                        karimireddy19/ef-signsgd-converges is violated;
 *   5. a step that allocates a scratch vector        → the contract's allocation check fails. No theorem
 *                                                        claim can catch it: allocation changes no number;
 *   6. majority vote that ignores its adversaries    → bernstein19/adversaries-simulated is violated.
 * The broken variants wrap or re-assemble the library's own code (chain transforms, the real oracle and
 * the real majorityVote), so each differs from the shipped method by the planted bug only. The laws come
 * from signcheck/laws (the same functions properties/optimizers runs against the real methods); this file
 * lives here because the theorem modules it imports may only be imported by theorems/ tests.
 */
import { describe, expect, test } from "vitest";
import {
  auditClaim,
  chainOptimizer,
  compressors,
  gradientOracle,
  majorityVote,
  signSgd,
  transforms,
  type ChainState,
  type GradientOracle,
  type GradientOracleOptions,
  type MajorityVoteParams,
  type MajorityVoteState,
  type Optimizer,
  type Transform,
  type Vector,
} from "signcheck";
import "signcheck/vitest"; // registers toHaveVerdict
import { UNDER_MUTATION, allocationCheck, batchMeanLaw, sameTrajectoryLaw, signStepLaw, virtualIterateLaw } from "signcheck/laws";
import { adversariesSimulatedClaim } from "./bernstein19/adversaries.ts";
import { gaussSignBoundMinibatchClaim } from "./bernstein19/gauss-sign-bound-minibatch.ts";
import { efConvergesClaim, signSgdFailsClaim } from "./karimireddy19/signsgd-fails.ts";
import { mSignSgdSkewedNoiseClaim } from "./kornilov25/m-signsgd-skewed-noise.ts";

const quick = { seed: 1, budget: "quick" } as const;

const signPositiveZero: Transform<null> = {
  name: "sign(0)=+1",
  init: () => null,
  update(u: Vector) {
    for (let i = 0; i < u.length; i++) u[i] = u[i] < 0 ? -1 : 1;
  },
};

type Vote = Optimizer<MajorityVoteParams, MajorityVoteState>;

/** The real majority vote, except that a tied coordinate (vote 0) steps as if the vote were +1. */
const voteTieToPlus: Vote = {
  name: "majorityVote[tie→+1]",
  init: majorityVote.init,
  step(state, oracle) {
    const k = state.k;
    majorityVote.step(state, oracle);
    const gamma = state.gamma(k);
    for (let i = 0; i < state.x.length; i++) {
      if (state.g[i] === 0) {
        state.g[i] = 1;
        state.x[i] -= gamma;
      }
    }
  },
};

/** The real majority vote with the adversary model dropped at init. */
const voteIgnoringAdversaries: Vote = {
  name: "majorityVote[no adversaries]",
  init: (x0, params, stream) => majorityVote.init(x0, { ...params, adversary: undefined }, stream),
  step: majorityVote.step,
};

/**
 * The real oracle's batch mean, rescaled to the planted bug: Σ ξ_b/(B − 1) = mean·B/(B − 1) for B ≥ 2
 * (B = 1 is left exact, as a special-cased single draw would be: the bug must be caught at B ≥ 2, not
 * only through the division by zero).
 */
function batchMeanOverBMinus1(opts: GradientOracleOptions): GradientOracle {
  const real = gradientOracle(opts);
  const B = real.batch;
  const factor = B === 1 ? 1 : B / (B - 1);
  const grad = new Float64Array(opts.fn.dim);
  return {
    fn: real.fn,
    dim: real.dim,
    batch: B,
    calls: 0,
    sample(x, stream, out) {
      real.sample(x, stream, out);
      opts.fn.gradient(x, grad);
      for (let i = 0; i < out.length; i++) out[i] = grad[i] + (out[i] - grad[i]) * factor;
      this.calls = real.calls;
      return out;
    },
  };
}

const swappedMomentum = (beta: number): Transform<Vector> => ({
  name: "momentum (β ↔ 1 − β)",
  init: (d) => new Float64Array(d),
  update(u, m) {
    for (let i = 0; i < u.length; i++) u[i] = m[i] = (1 - beta) * m[i] + beta * u[i];
  },
});

const forgetfulErrorFeedback = <TS>(c: Transform<TS>): Transform<{ e: Vector; inner: TS }> => ({
  name: "errorFeedback without memory update",
  init: (d) => ({ e: new Float64Array(d), inner: c.init(d) }),
  update(u, { e, inner }, state) {
    for (let i = 0; i < u.length; i++) u[i] += e[i];
    c.update(u, inner, state); // e ← p − C(p) is missing
  },
});

describe("gating: each planted bug is caught", () => {
  test("1a. sign(0) = +1 in SignSGD breaks the sign-step law", () => {
    const broken = chainOptimizer<{ gamma: number }>("signSgd[sign(0)=+1]", (p) => [signPositiveZero, transforms.scaleBy(p.gamma)]);
    expect(signStepLaw(broken, (gamma) => ({ gamma })).failed).toBe(true);
  });

  test("1b. sign(0) = +1 in the majority vote violates karimireddy19/signsgd-fails and bernstein19/adversaries-simulated", () => {
    // Ties need an even number of workers and a cancelling vote: the quick search meets one in about 60 % of
    // root seeds, the standard one (≈ 0.3 s here) in every seed tried, so this plant is audited at standard.
    expect(auditClaim(signSgdFailsClaim(signSgd, voteTieToPlus), { ...quick, budget: "standard" })).toHaveVerdict("violated");
    expect(auditClaim(adversariesSimulatedClaim(voteTieToPlus), quick)).toHaveVerdict("violated");
  });

  test("2. a batch mean divided by B − 1 breaks the batch-mean law and bernstein19/gauss-sign-bound-minibatch", () => {
    expect(batchMeanLaw(batchMeanOverBMinus1).failed).toBe(true);
    expect(auditClaim(gaussSignBoundMinibatchClaim(batchMeanOverBMinus1), quick)).toHaveVerdict("violated");
  });

  test("3. momentum with β and 1 − β swapped breaks 'M-SignSGD with β = 0 is SignSGD' and kornilov25/m-signsgd-skewed-noise", () => {
    const broken = chainOptimizer<{ gamma: number; beta: number }>("mSignSgd[swapped]", (p) => [
      swappedMomentum(p.beta),
      transforms.sign(),
      transforms.scaleBy(p.gamma),
    ]);
    expect(
      sameTrajectoryLaw(
        broken,
        (gamma) => ({ gamma, beta: 0 }),
        signSgd,
        (gamma) => ({ gamma }),
      ).failed,
    ).toBe(true);
    expect(auditClaim(mSignSgdSkewedNoiseClaim(broken), quick)).toHaveVerdict("violated");
  });

  test("4. error memory not updated breaks the virtual-iterate law and karimireddy19/ef-signsgd-converges", () => {
    const broken = chainOptimizer<{ gamma: number }>("efSignSgd[no memory]", (p) => [
      transforms.scaleBy(p.gamma),
      forgetfulErrorFeedback(compressors.scaledSign()),
    ]);
    const memory = (s: object) => ((s as ChainState).states[1] as { e: Vector }).e;
    expect(virtualIterateLaw(broken, memory).failed).toBe(true);
    expect(auditClaim(efConvergesClaim(broken), quick)).toHaveVerdict("violated");
  });

  // Skipped under the mutation runner only: instrumented code allocates (laws.ts UNDER_MUTATION).
  test.skipIf(UNDER_MUTATION)("5. a step that allocates fails the contract's allocation check", () => {
    const allocating: Transform<null> = {
      name: "allocating",
      init: () => null,
      update(u) {
        const copy = Float64Array.from(u);
        u.set(copy);
      },
    };
    const broken = chainOptimizer<{ gamma: number }>("signSgd[allocating]", (p) => [allocating, transforms.sign(), transforms.scaleBy(p.gamma)]);
    expect(allocationCheck(broken, { gamma: 1e-3 }, 8).ok).toBe(false);
    expect(allocationCheck(signSgd, { gamma: 1e-3 }, 8).ok).toBe(true);
  });

  test("6. majority vote ignoring its adversaries violates bernstein19/adversaries-simulated", () => {
    expect(auditClaim(adversariesSimulatedClaim(voteIgnoringAdversaries), quick)).toHaveVerdict("violated");
  });

  test("the unbroken methods pass the same claims (the planted bug, not the set-up, is what fails)", () => {
    for (const claim of [signSgdFailsClaim(), adversariesSimulatedClaim(), gaussSignBoundMinibatchClaim(), mSignSgdSkewedNoiseClaim()]) {
      expect(auditClaim(claim, quick)).toHaveVerdict("holds");
    }
  });
});
