/**
 * The skewed zero-mean two-point law of the demonstrations (bernstein18, Remark 3; review §6 C6.3):
 * X = a with probability p, X = −b with probability 1 − p, a = (1 − p)·b/p so that E X = 0. For
 * p < ½ the median is −b: sign(g + X) = −1 with probability 1 − p > ½ whenever |g| < b, so sign
 * methods drift to the wrong point g ≈ b. E|X|^κ = p·a^κ + (1 − p)·b^κ; P(X > t) = 1 (t < −b),
 * p (−b ≤ t < a), 0 (t ≥ a). Kept private to the oracles (a noise law for the lead to unify with src/noise).
 */
import type { Stream } from "../core/stream.ts";
import { requireInRange, requirePositive } from "../core/validate.ts";
import type { NoiseLaw } from "../noise/types.ts";

export function twoPointNoise(p: number, b: number): NoiseLaw {
  requireInRange("p", p, 0, 1, { loOpen: true, hiOpen: true });
  requirePositive("b", b);
  const a = ((1 - p) * b) / p;
  return {
    name: "twoPoint",
    spec: { law: "twoPoint", p, b },
    symmetric: false,
    unimodal: false,
    maxMomentOrder: Infinity,
    sample: (stream: Stream) => (stream.next() < p ? a : -b),
    absMoment: (kappa: number) => {
      requirePositive("kappa", kappa);
      return p * a ** kappa + (1 - p) * b ** kappa;
    },
    sf: (t: number) => (t < -b ? 1 : t < a ? p : 0),
    // P(X < −t) = (1 − p)·[−b < −t] + p·[a < −t].
    lowerTail: (t: number) => (-b < -t ? 1 - p : 0) + (a < -t ? p : 0),
  };
}
