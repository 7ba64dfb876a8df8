/**
 * Loader's deviance term bd0(x, M) = x log(x/M) + M − x ≥ 0, the exponent of a binomial or beta
 * density at its saddle point, computed from the exact difference D = x − M: by the series
 * 2x·Σ_{j≥0} v^{2j+1}/(2j+1) − D with v = D/(x + M) when |D| < 0.1(x + M), where the closed form
 * cancels, else by the closed form (Loader 2000, "Fast and accurate computation of binomial
 * probabilities", §2–3; the form used by R's dbinom) with M itself, not x − D, in the logarithm (M may
 * be far below x, where x − D cancels: x = 23, M = 0.051 lost 1e-12). Used with the Stirling error δ of logGamma.ts
 * for x^a(1−x)^b/B(a, b) in incompleteBeta.ts.
 */

/**
 * bd0(x, M) = x log(x/M) + M − x for x > 0, M > 0, given both M and the difference D = x − M, each to
 * full relative precision (the caller forms D without cancellation): the result's relative error is a
 * few EPS.
 */
export function deviance(x: number, D: number, M: number): number {
  const sum = 2 * x - D; // x + M
  if (Math.abs(D) < 0.1 * sum) {
    // log(x/M) = 2 atanh v, v = D/(x + M): x log(x/M) + M − x = D·v + 2x Σ_{j≥1} v^{2j+1}/(2j+1), |v| < 0.05,
    // so the leading D·v ≥ 0 dominates and the tail adds no cancellation.
    const v = D / sum;
    let s = D * v;
    let ej = 2 * x * v;
    const v2 = v * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v2;
      const next = s + ej / (2 * j + 1);
      if (next === s) return s;
      s = next;
    }
    return s;
  }
  // |D| ≥ 0.1(x + M) puts x/M outside (0.82, 1.22): bd0 is then ≥ 1/100 of its larger term (≤ 2 digits cancel).
  return x * Math.log(x / M) - D;
}
