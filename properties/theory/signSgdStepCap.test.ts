/**
 * The stepsize cap of the seed's SignSGD lemma accepts L1 = 0 (an L-smooth function), where the theory
 * needs no cap: the cap is +∞, the limit of 1/(48·L1·d^{3/2}·log(1/δ)) as L1 → 0⁺. What the cap protects
 * — the step bound ‖∇f(x⁺)‖₂ ≤ ‖∇f(x)‖₂ + (L0 + L1‖∇f(x)‖₂)e^{L1√dγ}√dγ after one sign step of size γ —
 * holds at L1 = 0 for every γ on L0-smooth functions (‖x‖²/2 and Σ log cosh, declared (1, 0)).
 */
import { expect, test } from "vitest";
import fc from "fast-check";
import { InputError, TOL, arb, close, leq, logCoshSum, norm2, powerNorm, sign, signSgdStepCap } from "signcheck";

test("L1 = 0 gives the L-smooth cap +∞; L1 > 0 the formula, continuous as L1 → 0⁺; L1 < 0 is refused", () => {
  for (const d of [1, 7, 1000])
    for (const delta of [1e-9, 0.1, 0.9]) {
      expect(signSgdStepCap(0, d, delta)).toBe(Infinity);
      const ell = Math.log(1 / delta);
      for (const L1 of [1e-300, 1e-8, 1, 1e6]) expect(close(signSgdStepCap(L1, d, delta) * L1, 1 / (48 * d ** 1.5 * ell), TOL.exact)).toBe(true);
      expect(signSgdStepCap(1e-300, d, delta)).toBeGreaterThan(signSgdStepCap(1e-8, d, delta));
    }
  expect(() => signSgdStepCap(-1e-3, 2, 0.1)).toThrow(InputError);
  expect(() => signSgdStepCap(-1e-3, 2, 0.1)).toThrow(/L1/);
});

test("at L1 = 0 the step bound the cap protects holds for every stepsize γ (L0-smooth functions)", () => {
  for (const f of [powerNorm(2, 3), logCoshSum(3)]) {
    const { L0, L1 } = f.smoothness;
    expect(L1).toBe(0);
    fc.assert(
      fc.property(arb.startingPoint(3, 5), arb.logUniform(1e-6, 1e6), (x, gamma) => {
        expect(gamma).toBeLessThanOrEqual(signSgdStepCap(L1, 3, 0.1));
        const g = f.gradient(x);
        const y = Float64Array.from(x, (xi, i) => xi - gamma * sign(g[i]));
        const lhs = norm2(f.gradient(y));
        const rhs = norm2(g) + (L0 + L1 * norm2(g)) * Math.exp(L1 * Math.sqrt(3) * gamma) * Math.sqrt(3) * gamma;
        expect(leq(lhs, rhs, TOL.claim), `${f.name}: γ = ${gamma}: ${lhs} > ${rhs}`).toBe(true);
      }),
      { numRuns: 200 },
    );
  }
});
