/**
 * Gating, shown (issue 5, item 7): planted broken variants of the methods, each run against the laws
 * and claims that guard it; every one is found violated. This is the evidence that CI gates algorithm
 * changes: a change that reintroduces any of these bugs fails `npm test`.
 *   1. sign(0) = +1 where the law needs sign(0) = 0          → the sign-step law fails
 *   2. a batch mean divided by B − 1 instead of B              → the batch-mean law fails
 *   3. momentum with β and 1 − β swapped                       → "M-SignSGD with β = 0 is SignSGD" fails
 *   4. error memory never updated (e stays 0)                  → the virtual-iterate law fails, and the
 *                                                                 karimireddy19/ef-signsgd-converges claim is violated
 *   5. a step that allocates a scratch vector                  → the contract's allocation check fails
 */
import { describe, expect, test } from "vitest";
import {
  Stream, auditClaim, chainOptimizer, compressors, signSgd, transforms, type ChainState, type GradientOracle,
  type GradientOracleOptions, type Transform, type Vector,
} from "signcheck";
import "signcheck/vitest"; // registers toHaveVerdict
import { efConvergesClaim } from "../../theorems/karimireddy19/signsgd-fails.ts";
import { allocationCheck, batchMeanLaw, sameTrajectoryLaw, signStepLaw, virtualIterateLaw } from "./laws.ts";

const signPositiveZero: Transform<null> = {
  name: "sign(0)=+1",
  init: () => null,
  update(u: Vector) {
    for (let i = 0; i < u.length; i++) u[i] = u[i] < 0 ? -1 : 1;
  },
};

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

function brokenBatchOracle({ fn, noise, scale, batch: B = 1 }: GradientOracleOptions): GradientOracle {
  const s0 = typeof scale === "number" ? scale : NaN;
  const batch = typeof B === "number" ? B : NaN;
  return {
    fn, dim: fn.dim, batch, calls: 0,
    sample(x, stream, out) {
      fn.gradient(x, out);
      for (let i = 0; i < out.length; i++) {
        let s = 0;
        for (let b = 0; b < batch; b++) s += noise.sample(stream);
        out[i] += (s0 * s) / (batch - 1); // the planted bug: B − 1
      }
      this.calls += batch;
      return out;
    },
  };
}

describe("gating: each planted bug is caught", () => {
  test("1. sign(0) = +1 breaks the sign-step law", () => {
    const broken = chainOptimizer<{ gamma: number }>("signSgd[sign(0)=+1]", (p) => [signPositiveZero, transforms.scaleBy(p.gamma)]);
    expect(signStepLaw(broken, (gamma) => ({ gamma })).failed).toBe(true);
  });

  test("2. a batch mean divided by B − 1 breaks the batch-mean law", () => {
    expect(batchMeanLaw(brokenBatchOracle).failed).toBe(true);
  });

  test("3. momentum with β and 1 − β swapped breaks 'M-SignSGD with β = 0 is SignSGD'", () => {
    const broken = chainOptimizer<{ gamma: number; beta: number }>("mSignSgd[swapped]", (p) => [swappedMomentum(p.beta), transforms.sign(), transforms.scaleBy(p.gamma)]);
    expect(sameTrajectoryLaw(broken, (gamma) => ({ gamma, beta: 0 }), signSgd, (gamma) => ({ gamma })).failed).toBe(true);
  });

  test("4. error memory not updated breaks the virtual-iterate law and karimireddy19/ef-signsgd-converges", () => {
    const broken = chainOptimizer<{ gamma: number }>("efSignSgd[no memory]", (p) => [transforms.scaleBy(p.gamma), forgetfulErrorFeedback(compressors.scaledSign())]);
    const memory = (s: object) => ((s as ChainState).states[1] as { e: Vector }).e;
    expect(virtualIterateLaw(broken, memory).failed).toBe(true);
    expect(auditClaim(efConvergesClaim(broken), { seed: 1, budget: "quick" })).toHaveVerdict("violated");
  });

  test("5. a step that allocates fails the contract's allocation check", () => {
    const allocating: Transform<null> = { name: "allocating", init: () => null, update(u) { const copy = Float64Array.from(u); u.set(copy); } };
    const broken = chainOptimizer<{ gamma: number }>("signSgd[allocating]", (p) => [allocating, transforms.sign(), transforms.scaleBy(p.gamma)]);
    expect(allocationCheck(broken, { gamma: 1e-3 }, 8).ok).toBe(false);
    expect(allocationCheck(signSgd, { gamma: 1e-3 }, 8).ok).toBe(true);
  });
});
