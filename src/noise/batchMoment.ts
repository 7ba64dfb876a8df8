/**
 * E|X̄_B|^κ for X̄_B the mean of B i.i.d. copies of a noise law, exactly, for the laws where it has a
 * finite form — the left side of the batching lemma in its three forms (kornilov25 / hubler24 / seed;
 * review §3.1 T4):
 *   Gaussian:      X̄_B ~ N(0, 1/B)                  ⇒ B^{−κ/2}·E|X|^κ;
 *   SαS(α):        X̄_B ~ SαS with scale B^{1/α−1}    ⇒ B^{κ(1/α−1)}·E|X|^κ;
 *   two-point(q):  B·X̄_B = K − Bq, K ~ Bin(B, q)     ⇒ Σ_k C(B,k) q^k (1−q)^{B−k} |k − Bq|^κ / B^κ;
 *   lattice:       the B-fold convolution of its atoms (exact sums on {−BK, …, BK}).
 * Other laws throw UndefinedQuantityError (no finite form: estimate by sampling instead).
 */
import { UndefinedQuantityError } from "../core/errors.ts";
import { logGamma } from "../core/special/logGamma.ts";
import { requireInteger, requirePositive } from "../core/validate.ts";
import type { NoiseSpec } from "./noiseFromSpec.ts";
import { noiseFromSpec } from "./noiseFromSpec.ts";

/** Laws for which `batchAbsMoment` is exact. */
export const EXACT_BATCH_LAWS = ["gaussian", "symmetricStable", "twoPoint", "lattice"] as const;

export function batchAbsMoment(spec: NoiseSpec, kappa: number, B: number): number {
  requirePositive("kappa", kappa);
  requireInteger("B", B, 1);
  const law = noiseFromSpec(spec);
  const m1 = () => law.absMoment(kappa); // validates κ < maxMomentOrder
  switch (spec.law) {
    case "gaussian":
      return B ** (-kappa / 2) * m1();
    case "symmetricStable":
      return B ** (kappa * (1 / spec.alpha - 1)) * m1();
    case "twoPoint": {
      const q = spec.q;
      const lq = Math.log(q);
      const l1q = Math.log1p(-q);
      const lgB = logGamma(B + 1);
      let s = 0;
      for (let k = 0; k <= B; k++) {
        const dev = Math.abs(k - B * q);
        if (dev === 0) continue;
        s += Math.exp(lgB - logGamma(k + 1) - logGamma(B - k + 1) + k * lq + (B - k) * l1q + kappa * Math.log(dev / B));
      }
      return s;
    }
    case "lattice": {
      const K = spec.probs.length - 1;
      const one = new Float64Array(2 * K + 1);
      for (let k = -K; k <= K; k++) one[k + K] = k === 0 ? spec.probs[0] : spec.probs[Math.abs(k)] / 2;
      let dist = Float64Array.from(one);
      for (let b = 2; b <= B; b++) {
        const next = new Float64Array(dist.length + 2 * K);
        for (let i = 0; i < dist.length; i++) {
          const di = dist[i];
          if (di === 0) continue;
          for (let j = 0; j < one.length; j++) next[i + j] += di * one[j];
        }
        dist = next;
      }
      const half = (dist.length - 1) / 2; // index of the sum 0
      let s = 0;
      for (let i = 0; i < dist.length; i++) if (i !== half) s += dist[i] * (Math.abs(i - half) / B) ** kappa;
      return s;
    }
    default:
      throw new UndefinedQuantityError("spec.law", spec.law, `one of ${EXACT_BATCH_LAWS.join(", ")} (E|mean of B|^κ has no finite form for ${spec.law})`);
  }
}
