/**
 * Loader's deviance term bd0(x, M) = x log(x/M) + M − x ≥ 0, the exponent of a binomial or beta
 * density at its saddle point, computed from the exact difference D = x − M: by the series
 * 2x·Σ_{j≥0} v^{2j+1}/(2j+1) − D with v = D/(x + M) when |D| < 0.1(x + M), where the closed form
 * cancels, else by the closed form (Loader 2000, "Fast and accurate computation of binomial
 * probabilities", §2–3; the form used by R's dbinom). Used with the Stirling error δ of logGamma.ts
 * for x^a(1−x)^b/B(a, b) in incompleteBeta.ts.
 */

/**
 * bd0(x, M) = x log(x/M) + M − x for x > 0, M = x − D > 0, with the difference D passed exactly (the
 * caller forms it without cancellation): the result's relative error is a few EPS wherever D is exact.
 */
export function deviance(x: number, D: number): number {
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
  // x log(x/M) − D = −x log1p(−D/x) − D: no cancellation when |D| ≥ 0.1(x + M).
  return -x * Math.log1p(-D / x) - D;
}
