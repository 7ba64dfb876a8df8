/**
 * Zero-mean laws on finitely many atoms, the laws of the seed's steps that fail only when
 * P(g_i + X = 0) > 0 (docs/seed-errata.md, background: noise laws and issue 4): the skewed two-point law
 *   X = 1 − q w.p. q, X = −q w.p. 1 − q   (zero mean: q(1−q) = (1−q)q; the skewed two-point law of docs/seed-errata.md, background: noise laws),
 * and symmetric lattice laws on {−K, …, K} with P(|X| = k) = probs[k] (an atom at 0 when probs[0] > 0).
 * E|X|^κ = Σ p_j |x_j|^κ; tails and atoms are finite sums. Every moment is finite. Neither family is
 * declared unimodal (Gauss's inequality needs a density; it fails for lattice laws, see
 * bernstein19/gauss-sign-bound).
 */
import { InputError } from "../core/errors.ts";
import type { Stream } from "../core/stream.ts";
import { requireInRange, requirePositive } from "../core/validate.ts";
import { TOL, close } from "../core/tolerance.ts";
import { completeLaw } from "./completeLaw.ts";
import type { FullNoiseLaw, SignOutcomes } from "./types.ts";

/** A law with atoms `values` (ascending) of probabilities `probs`. */
function discrete(name: string, spec: Record<string, unknown>, values: number[], probs: number[], symmetric: boolean): FullNoiseLaw {
  const n = values.length;
  const cum: number[] = [];
  let c = 0;
  for (const p of probs) cum.push((c += p));
  const tailAbove = (t: number): number => {
    let s = 0;
    // Stryker disable next-line EqualityOperator: values[n] is undefined, and undefined > t is false
    for (let j = 0; j < n; j++) {
      if (values[j] > t) s += probs[j];
    }
    return s;
  };
  const tailBelow = (t: number): number => {
    let s = 0;
    // Stryker disable next-line EqualityOperator: values[n] is undefined, and undefined < t is false
    for (let j = 0; j < n; j++) {
      if (values[j] < t) s += probs[j];
    }
    return s;
  };
  // ½ − P(X > t): for a symmetric law ½P(|X| ≤ t) (t ≥ 0) or −½P(|X| < −t) (t < 0), a sum of atoms
  // without cancellation; otherwise ½ − P(X > t), exact to EPS absolute (finitely many atoms).
  const halfMinusSf = symmetric
    ? (t: number): number => {
        let s = 0;
        // Stryker disable next-line EqualityOperator: values[n] is undefined, |undefined| is NaN, and NaN ≤ t, NaN < −t are false
        for (let j = 0; j < n; j++) {
          if (t >= 0 ? Math.abs(values[j]) <= t : Math.abs(values[j]) < -t) s += probs[j];
        }
        return t >= 0 ? 0.5 * s : -0.5 * s;
      }
    : (t: number): number => 0.5 - tailAbove(t);
  return completeLaw({
    name,
    spec,
    symmetric,
    unimodal: false,
    maxMomentOrder: Infinity,
    sample(stream: Stream): number {
      const u = stream.next() * c;
      // Stryker disable next-line ArithmeticOperator,EqualityOperator: u = U·c < c = cum[n − 1] (U ≤ 1 − 2⁻⁵³) and cum[n] is undefined, so a scan to n − 1 or n returns values[n − 1] as the scan to n − 2 does
      for (let j = 0; j < n - 1; j++) {
        if (u < cum[j]) return values[j];
      }
      return values[n - 1];
    },
    absMoment(kappa: number): number {
      requirePositive("kappa", kappa);
      let s = 0;
      for (let j = 0; j < n; j++) s += probs[j] * Math.abs(values[j]) ** kappa; // an atom at 0 adds p·0^κ = 0 (κ > 0)
      return s;
    },
    sf: tailAbove,
    lowerTail: (t: number) => tailBelow(-t),
    halfMinusSf,
    halfMinusLowerTail: symmetric ? halfMinusSf : (t: number) => 0.5 - tailBelow(-t),
    hasAtoms: true,
    // sign(g + scale·x) at each atom, in floating point: the same event a sampled draw produces.
    signOutcomes(g: number, scale: number): SignOutcomes {
      const sg = Math.sign(g);
      let wrong = 0;
      let zero = 0;
      let right = 0;
      for (let j = 0; j < n; j++) {
        const s = Math.sign(g + scale * values[j]);
        if (s === 0) zero += probs[j];
        else if (s === sg) right += probs[j];
        else wrong += probs[j];
      }
      return { wrong, zero, right, margin: 0.5 - wrong - zero };
    },
    atom(x: number): number {
      // Stryker disable next-line EqualityOperator: values[n] is undefined, never === a number x
      for (let j = 0; j < n; j++) if (values[j] === x) return probs[j];
      return 0;
    },
  });
}

/** The skewed two-point law {1 − q w.p. q, −q w.p. 1 − q}, q ∈ (0, 1). */
export function twoPoint(q: number): FullNoiseLaw {
  requireInRange("q", q, 0, 1, { loOpen: true, hiOpen: true });
  return discrete("twoPoint", { law: "twoPoint", q }, [-q, 1 - q], [1 - q, q], q === 0.5);
}

/** The symmetric lattice law on {−K, …, K}: P(X = 0) = probs[0], P(X = ±k) = probs[k]/2. */
export function lattice(probs: readonly number[]): FullNoiseLaw {
  if (!Array.isArray(probs) || probs.length < 2) throw new InputError("probs", probs, "an array of ≥ 2 probabilities P(|X| = k), k = 0..K");
  probs.forEach((p, k) => requireInRange(`probs[${k}]`, p, 0, 1));
  const total = probs.reduce((a, b) => a + b, 0);
  if (!close(total, 1, TOL.sum)) throw new InputError("probs", probs, "probabilities summing to 1");
  if (!(probs[0] < 1)) throw new InputError("probs[0]", probs[0], "a number in [0, 1) (X ≡ 0 is not noise)");
  const K = probs.length - 1;
  // Every point of {−K, …, K}, atoms of probability 0 included: they add 0 to every sum, and the sampler never
  // returns one (it stops at the first j with U·c < cum[j], where cum grows; U·c < c = cum[n − 1]).
  const values: number[] = [];
  const ps: number[] = [];
  for (let k = -K; k <= K; k++) {
    values.push(k);
    ps.push(k === 0 ? probs[0] : probs[Math.abs(k)] / 2);
  }
  return discrete("lattice", { law: "lattice", probs: [...probs] }, values, ps, true);
}
