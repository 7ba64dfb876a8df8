/**
 * Independent references for the binomial and beta tails, in exact or high-precision integer
 * arithmetic (BigInt), for the property tests of src/stats and src/core/special:
 *   - every double p is a dyadic rational m/2^e, so P(K ≤ k) = Σ_{j≤k} C(n,j) m^j (2^e − m)^{n−j} / 2^{en}
 *     is an exact rational, converted to the nearest-below double at the end (error ≤ 1 ulp): the
 *     exact reference at moderate n (≤ a few hundred: numbers of ~n·60 bits);
 *   - at large n (10⁶) the same sum in a floating format with a 192-bit BigInt mantissa: each
 *     operation rounds by ≤ 2^−191 relative, and the ≤ 3·10⁵ operations of one tail keep the result
 *     within 1e-50 relative — far below the tolerances tested (BETA_INC_RTOL = 1e-12).
 */

/** p = m / 2^e exactly (p a double in (0, 1)). */
export function dyadic(p: number): { m: bigint; e: bigint } {
  if (!(p > 0 && p < 1)) throw new Error(`dyadic: p = ${p} not in (0, 1)`);
  let m = p;
  let e = 0n;
  while (!Number.isInteger(m)) {
    m *= 2; // exact: doubling a double is exact until it is an integer (≤ 1074 steps)
    e += 1n;
  }
  return { m: BigInt(m), e };
}

const bitLength = (v: bigint): number => (v === 0n ? 0 : v.toString(2).length);

/** num/den (both > 0) as a double, correct to 1 ulp (including subnormal results). */
export function ratio(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  // q = ⌊num·2^sh / den⌋ has ≥ 64 significant bits; the double is q·2^−sh.
  const sh = 64 - (bitLength(num) - bitLength(den));
  const q = sh >= 0 ? (num << BigInt(sh)) / den : num / (den << BigInt(-sh));
  let v = Number(q);
  // Scale by 2^−sh in steps that stay normal until the last one.
  let s = sh;
  while (s > 1000) {
    v *= 2 ** -1000;
    s -= 1000;
  }
  while (s < -1000) {
    v *= 2 ** 1000;
    s += 1000;
  }
  return v * 2 ** -s;
}

/** Exact P(K ≤ k), P(K ≥ k) and P(K = k) for K ~ Binomial(n, p), as doubles (1 ulp). */
export function exactBinomial(k: number, n: number, p: number): { cdf: number; sf: number; pmf: number } {
  const { m, e } = dyadic(p);
  const q = (1n << e) - m;
  const den = 1n << (e * BigInt(n));
  let cdf = 0n;
  let sf = 0n;
  let pmf = 0n;
  let c = 1n; // C(n, j)
  const mPow: bigint[] = [1n];
  for (let j = 1; j <= n; j++) mPow.push(mPow[j - 1] * m);
  let qPow = q ** BigInt(n);
  for (let j = 0; j <= n; j++) {
    const term = c * mPow[j] * qPow;
    if (j <= k) cdf += term;
    if (j >= k) sf += term;
    if (j === k) pmf = term;
    c = (c * BigInt(n - j)) / BigInt(j + 1);
    if (j < n) qPow /= q; // exact: qPow = q^{n−j}
  }
  return { cdf: ratio(cdf, den), sf: ratio(sf, den), pmf: ratio(pmf, den) };
}

/** A positive number mant·2^exp with a MANT_BITS-bit mantissa (rounded toward zero after each operation). */
interface Big {
  mant: bigint;
  exp: number;
}
const MANT_BITS = 192;

function norm(v: Big): Big {
  const b = bitLength(v.mant);
  if (b > MANT_BITS) return { mant: v.mant >> BigInt(b - MANT_BITS), exp: v.exp + (b - MANT_BITS) };
  if (b < MANT_BITS && b > 0) return { mant: v.mant << BigInt(MANT_BITS - b), exp: v.exp - (MANT_BITS - b) };
  return v;
}
const big = (n: bigint): Big => norm({ mant: n, exp: 0 });
const mul = (a: Big, b: Big): Big => norm({ mant: a.mant * b.mant, exp: a.exp + b.exp });
/** a·num/den for small positive integers num, den. */
const scale = (a: Big, num: bigint, den: bigint): Big => norm({ mant: ((a.mant * num) << BigInt(MANT_BITS)) / den, exp: a.exp - MANT_BITS });
function add(a: Big, b: Big): Big {
  if (a.mant === 0n) return b;
  if (b.mant === 0n) return a;
  const [hi, lo] = a.exp >= b.exp ? [a, b] : [b, a];
  const d = hi.exp - lo.exp;
  if (d > 2 * MANT_BITS) return hi;
  return norm({ mant: (hi.mant << BigInt(d)) + lo.mant, exp: lo.exp });
}
function pow(a: Big, k: number): Big {
  let r = big(1n);
  let base = a;
  for (let i = k; i > 0; i >>= 1) {
    if (i & 1) r = mul(r, base);
    base = mul(base, base);
  }
  return r;
}
function toNumber(v: Big): number {
  if (v.mant === 0n) return 0;
  return v.exp >= 0 ? Number(v.mant) * 2 ** v.exp : ratio(v.mant, 1n << BigInt(-v.exp));
}

/**
 * P(K ≤ k) for K ~ Binomial(n, p) at large n, in 192-bit arithmetic: pmf(k) = C(n, k) p^k q^{n−k}
 * from exact integer ratios, then pmf(j − 1) = pmf(j)·j·q/((n − j + 1)·p) summed downward until a term
 * is below 2^−200 of the sum (the terms decrease geometrically below the mode; k must lie below it).
 */
export function bigBinomialCdf(k: number, n: number, p: number): number {
  const { m, e } = dyadic(p);
  const qn = (1n << e) - m; // q = qn / 2^e
  // C(n, k) as a product of n − k ratios (k + i)/i.
  let term = big(1n);
  const r = Math.min(k, n - k);
  for (let i = 1; i <= r; i++) term = scale(term, BigInt(n - r + i), BigInt(i));
  term = mul(term, mul(pow(big(m), k), pow(big(qn), n - k)));
  term = { mant: term.mant, exp: term.exp - Number(e) * n };
  let sum = term;
  for (let j = k; j >= 1; j--) {
    term = scale(term, BigInt(j) * qn, BigInt(n - j + 1) * m);
    sum = add(sum, term);
    if (term.exp + bitLength(term.mant) < sum.exp + bitLength(sum.mant) - 200) break;
  }
  return toNumber(sum);
}
