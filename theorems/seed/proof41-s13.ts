/**
 * seed/proof41-s13 — step S13 of the seed's §4.1 proof, unrolling the per-step bound of S12 back to x¹:
 *   premises (j = 2 … k):  u_j ≤ 2·L0·√d·γ_{j−1} + c·u_{j−1} + u_{j−1},   u_j = ‖∇f(x^j)‖₂, c = 1/(48dℓ);
 *   conclusion:           u_k ≤ 2·L0·√d·Σ_{τ=1}^{k−1}γ_τ + c·Σ_{τ=1}^{k−1}u_τ + u_1.
 * Each premise carries the stepsize of the step that moved x^{j−1} to x^j (γ_{j−1}); the printed line
 * writes γ_k there (the subscript slip of S11), and with that reading the unrolled sum would be
 * Σ_{j=2}^{k}γ_j — the two slips cancel, and for constant stepsizes nothing changes. A derivation over
 * the reals, at the worst case the premises allow (every premise with equality), in intervals: the
 * conclusion is then an identity, so the claim is tight.
 */
import fc from "fast-check";
import { arb, certifiedSides, defineClaim, iv, param, TOL, type InequalityClaim, type RealInterval } from "signcheck";
import { clamp, deltaParameter, DERIVATION, dimensionLog, logParameter, nonNegative, proofSource } from "./proof41.ts";

export interface UnrollInstance {
  readonly L0: number;
  readonly d: number;
  readonly delta: number;
  readonly u1: number;
  /** γ_1 … γ_{k−1}. */
  readonly gammas: number[];
}

const instances: fc.Arbitrary<UnrollInstance> = fc
  .record({
    L0: nonNegative(1e-3, 1e3),
    d: dimensionLog(1000),
    delta: arb.delta(),
    u1: nonNegative(1e-6, 1e6),
    k: fc.integer({ min: 2, max: 60 }),
    constant: fc.boolean(),
    gamma: arb.logUniform(1e-8, 1e-2),
  })
  .chain(({ k, constant, gamma, ...r }) =>
    (constant ? fc.constant(new Array<number>(k - 1).fill(gamma)) : fc.array(arb.logUniform(1e-8, 1e-2), { minLength: k - 1, maxLength: k - 1 })).map(
      (gammas) => ({ ...r, gammas }),
    ),
  );

export const proof41S13 = defineClaim<InequalityClaim<UnrollInstance>>({
  id: "seed/proof41-s13",
  kind: "inequality",
  title: "S13: unrolling the per-step bound to x¹",
  source: proofSource(
    "S13",
    String.raw`\leq 2L_{0}\sqrt{d}\sum_{\tau=1}^{k-1}\gamma_{\tau} + \sum_{\tau=1}^{k-1}\frac{\|\nabla f(x^{\tau})\|_{2}}{48d\log\frac{1}{\delta}} + \|\nabla f(x^{1})\|_{2}`,
    "after the stepsize condition, second line",
  ),
  hypotheses: [
    DERIVATION,
    "premises u_j ≤ 2L0√dγ_{j−1} + u_{j−1}/(48dℓ) + u_{j−1} for j = 2 … k, taken with equality (the worst case)",
    "k ∈ [2, 60], stepsizes constant or arbitrary in [1e-8, 1e-2], L0 ∈ {0} ∪ [1e-3, 1e3], u_1 ∈ {0} ∪ [1e-6, 1e6], d ∈ [1, 1000], any δ",
  ],
  tightness: "tight",
  instances,
  check: ({ L0, d, delta, u1, gammas }) => {
    const c = iv(1).div(iv(48).mul(iv(d)).mul(iv(delta).log().neg()));
    const drift = (g: number) =>
      iv(2 * L0)
        .mul(iv(d).sqrt())
        .mul(iv(g));
    const u: RealInterval[] = [iv(u1)];
    for (const g of gammas)
      u.push(
        drift(g)
          .add(c.mul(u[u.length - 1]))
          .add(u[u.length - 1]),
      );
    let rhs = iv(u1);
    for (let j = 0; j < gammas.length; j++) rhs = rhs.add(drift(gammas[j])).add(c.mul(u[j]));
    return certifiedSides(u[u.length - 1], rhs);
  },
  tolerance: TOL.exact,
  parameters: [
    logParameter(
      "L0",
      [1e-3, 1e3],
      (i) => i.L0,
      (i, L0) => ({ ...i, L0 }),
      [param.at("L0 = 0", 0)],
    ),
    param.integer("d", [1, 1000], (i) => i.d, { boundaries: [param.at("d = 1", 1)] }),
    deltaParameter([1e-6, 1 - 1e-6]),
    logParameter(
      "u₁ = ‖∇f(x¹)‖₂",
      [1e-6, 1e6],
      (i) => i.u1,
      (i, u1) => ({ ...i, u1 }),
      [param.at("u₁ = 0", 0)],
    ),
    param.log("γ_τ", [1e-8, 1e-2], (i) => Float64Array.from(i.gammas), {
      write: (i, g) => ({ ...i, gammas: (g as number[]).map((v) => clamp(v, 1e-8, 1e-2)) }),
    }),
    param.integer("k", [2, 60], (i) => i.gammas.length + 1),
  ],
  degenerate: (i) => (i.L0 === 0 && i.u1 === 0 ? "L0 = u₁ = 0: both sides 0" : undefined),
  classify: ({ gammas }) => (gammas.every((g) => g === gammas[0]) ? "constant stepsizes" : "varying stepsizes"),
  expected: { verdict: "holds", reason: "summing the premises telescopes to the conclusion exactly" },
});
