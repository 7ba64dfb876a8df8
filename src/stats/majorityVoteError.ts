/**
 * Exact error probability of a majority vote of M independent signs (Bernstein et al. 2018, Thm 2;
 * docs/seed-errata.md, background: majority vote): each worker's sign is wrong w.p. `wrong`, zero w.p. `zero` (noise with an atom at −g),
 * right otherwise; the vote sign(Σ_m s_m) errs iff #right ≤ #wrong (a tie gives sign 0 ≠ sign g).
 * Conditioning on the number Z ~ Bin(M, zero) of zero signs, the N = M − Z others are wrong
 * independently w.p. r = wrong/(wrong + right):
 *   P(error) = Σ_z P(Z = z)·P(Bin(N, r) ≥ ⌈N/2⌉).
 */
import { requireInRange, requireInteger } from "../core/validate.ts";
import { InputError } from "../core/errors.ts";
import { binomialPmf, binomialSf } from "./binomial.ts";

/** The exact probability that a majority vote of M voters is wrong, given each voter's wrong and zero probabilities. */
export function majorityVoteError(M: number, wrong: number, zero = 0): number {
  requireInteger("M", M, 1);
  requireInRange("wrong", wrong, 0, 1);
  requireInRange("zero", zero, 0, 1);
  if (wrong + zero > 1 + 1e-15) throw new InputError("wrong + zero", wrong + zero, "a probability ≤ 1");
  const right = Math.max(0, 1 - wrong - zero);
  const nonzero = wrong + right;
  if (nonzero === 0) return 1; // every sign is 0: the vote is 0, an error
  const r = Math.min(1, wrong / nonzero);
  // Without zero votes only z = 0 has mass (P(Z = 0) = 1 exactly); with N = 0 the vote is 0, an error: P(Bin(0, r) ≥ 0) = 1.
  let s = 0;
  for (let z = 0; z <= M; z++) {
    const N = M - z;
    s += binomialPmf(z, M, zero) * binomialSf(Math.ceil(N / 2), N, r);
  }
  return Math.min(1, s);
}
