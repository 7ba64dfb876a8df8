/**
 * seed/proof41-s11 and seed/proof41-s11-constant — step S11 of the seed's §4.1 proof, the last link of
 * the gradient-growth chain: ‖x^k − x^{k−1}‖₂ ≤ √d·γ_k inside (L0 + L1G)·exp(L1‖x^k − x^{k−1}‖)·‖x^k − x^{k−1}‖,
 *   (L0 + L1G)·e^{L1 t}·t ≤ (L0 + L1G)·e^{L1√dγ_k}·√dγ_k,   t = ‖x^k − x^{k−1}‖₂ = γ_{k−1}·√(#{i: g^{k−1}_i ≠ 0}),
 * G = ‖∇f(x^{k−1})‖₂. The step that moved x^{k−1} to x^k has stepsize γ_{k−1}; the seed writes γ_k.
 * The proof runs with stepsizes {γ_k} until "Plug in constant stepsizes", so as written the link is a
 * derivation over any two consecutive stepsizes, false when γ_k < γ_{k−1}; with γ_k ≡ γ (the
 * "-constant" claim) it holds. Decided in interval arithmetic over the reals L0, L1, G ≥ 0.
 */
import fc from "fast-check";
import { arb, certifiedSides, defineClaim, iv, param, TOL, type InequalityClaim, type Parameter, type RealInterval } from "signcheck";
import { DERIVATION, dimensionLog, logParameter, nonNegative, proofSource } from "./proof41.ts";

export interface StepLengthInstance {
  readonly L0: number;
  readonly L1: number;
  readonly G: number;
  readonly d: number;
  /** Coordinates the step moved (g^{k−1}_i ≠ 0): 0 … d. */
  readonly moved: number;
  readonly gammaPrev: number;
  readonly gamma: number;
}

function instances(constant: boolean): fc.Arbitrary<StepLengthInstance> {
  return dimensionLog(1000).chain((d) =>
    fc
      .record({
        L0: nonNegative(1e-3, 1e3),
        L1: nonNegative(1e-3, 1e3),
        G: nonNegative(1e-6, 1e6),
        d: fc.constant(d),
        moved: fc.oneof(fc.constant(d), fc.integer({ min: 0, max: d })),
        gammaPrev: arb.stepsize({ lo: 1e-8, hi: 1e-2 }),
        ratio: constant ? fc.constant(1) : fc.oneof(fc.constant(1), arb.logUniform(0.1, 10)),
      })
      .map(({ ratio, ...r }) => ({ ...r, L0: r.L0 === 0 && r.L1 === 0 ? 1 : r.L0, gamma: r.gammaPrev * ratio })),
  );
}

/** L0 and L1 may not both be 0 (no function would be described): a write that zeroes both restores L0. */
const notBothZero = (i: StepLengthInstance): StepLengthInstance => (i.L0 === 0 && i.L1 === 0 ? { ...i, L0: 1 } : i);

function parameters(constant: boolean): Parameter<StepLengthInstance>[] {
  return [
    logParameter(
      "L0",
      [1e-3, 1e3],
      (i) => i.L0,
      (i, L0) => notBothZero({ ...i, L0 }),
      [param.at("L0 = 0", 0)],
    ),
    logParameter(
      "L1",
      [1e-3, 1e3],
      (i) => i.L1,
      (i, L1) => notBothZero({ ...i, L1 }),
      [param.at("L1 = 0", 0)],
    ),
    logParameter(
      "G = ‖∇f(x^{k−1})‖₂",
      [1e-6, 1e6],
      (i) => i.G,
      (i, G) => ({ ...i, G }),
      [param.at("G = 0", 0)],
    ),
    logParameter(
      "γ_{k−1}",
      [1e-8, 1e-2],
      (i) => i.gammaPrev,
      (i, g) => ({ ...i, gammaPrev: g, gamma: (i.gamma / i.gammaPrev) * g }),
    ),
    ...(constant
      ? []
      : [
          logParameter<StepLengthInstance>(
            "γ_k/γ_{k−1}",
            [0.1, 10],
            (i) => i.gamma / i.gammaPrev,
            (i, r) => ({ ...i, gamma: i.gammaPrev * r }),
            [param.at("constant stepsize", 1)],
          ),
        ]),
    param.integer("d", [1, 1000], (i) => i.d, { boundaries: [param.at("d = 1", 1)] }),
    param.linear("moved/d", [0, 1], (i) => i.moved / i.d, { boundaries: [param.at("every coordinate moved", 1), param.at("no coordinate moved", 0)] }),
  ];
}

/** (L0 + L1·G)·e^{L1·t}·t in intervals. */
function growth(L0: number, L1: number, G: number, t: RealInterval): RealInterval {
  return iv(L0)
    .add(iv(L1).mul(iv(G)))
    .mul(iv(L1).mul(t).exp())
    .mul(t);
}

function check({ L0, L1, G, d, moved, gammaPrev, gamma }: StepLengthInstance) {
  return certifiedSides(growth(L0, L1, G, iv(moved).sqrt().mul(iv(gammaPrev))), growth(L0, L1, G, iv(d).sqrt().mul(iv(gamma))));
}

const source = proofSource(
  "S11",
  String.raw`&\leq (L_{0} + L_{1}\|\nabla f(x^{k-1})\|_{2}) \exp(L_{1}\sqrt{d}\gamma_{k})\sqrt{d}\gamma_{k} + \|\nabla f(x^{k-1})\|_{2}.`,
  "gradient-growth chain, fourth link",
);

const hypotheses = [
  DERIVATION,
  "x^k = x^{k−1} − γ_{k−1}·sign(g^{k−1}), moving 0 … d coordinates; d ∈ [1, 1000]",
  "L0, L1 ∈ {0} ∪ [1e-3, 1e3] (not both 0), G = ‖∇f(x^{k−1})‖₂ ∈ {0} ∪ [1e-6, 1e6], γ_{k−1} ∈ [1e-8, 1e-2]",
];

export const proof41S11 = defineClaim<InequalityClaim<StepLengthInstance>>({
  id: "seed/proof41-s11",
  kind: "inequality",
  title: "S11 as written (stepsizes {γ_k}): ‖x^k − x^{k−1}‖₂ ≤ √d·γ_k",
  source,
  hypotheses: [...hypotheses, "any positive stepsizes: γ_k/γ_{k−1} ∈ {1} ∪ [0.1, 10]"],
  tightness: "upper",
  instances: instances(false),
  check,
  tolerance: TOL.exact,
  parameters: parameters(false),
  classify: (i) => (i.gamma === i.gammaPrev ? "constant stepsize" : i.gamma < i.gammaPrev ? "decreasing" : "increasing"),
  expected: {
    verdict: "violated",
    reason: "the step from x^{k−1} has length up to √d·γ_{k−1}, which exceeds √d·γ_k when the stepsizes decrease (a subscript slip, harmless for constant γ)",
  },
});

export const proof41S11Constant = defineClaim<InequalityClaim<StepLengthInstance>>({
  id: "seed/proof41-s11-constant",
  kind: "inequality",
  title: "S11 with constant stepsizes γ_k ≡ γ",
  source,
  hypotheses: [...hypotheses, "γ_k = γ_{k−1}"],
  tightness: "upper",
  instances: instances(true),
  check,
  tolerance: TOL.exact,
  parameters: parameters(true),
  degenerate: (i) => (i.moved === 0 && i.G === 0 ? "no coordinate moved and G = 0: both sides 0" : undefined),
  expected: { verdict: "holds", reason: "‖x^k − x^{k−1}‖₂ ≤ √d·γ and t ↦ (L0 + L1G)e^{L1t}t is increasing; equality when every coordinate moved" },
});
