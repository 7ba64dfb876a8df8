/**
 * seed/proof41-s12 (+ -l1-term, -l0-term, -corrected) — step S12 of the seed's §4.1 proof: with
 * γ_k ≤ 1/(48·L1·d·ℓ·√d), ℓ = log(1/δ), the seed bounds the chain's last line as
 *   (L0 + L1G)·e^{a}·√dγ_k + G ≤ 2·L0·√dγ_k + G/(48dℓ) + G,   a = L1√dγ_k, G = ‖∇f(x^{k−1})‖₂,
 * which needs a·e^{a} ≤ 1/(48dℓ) (the L1 term) and e^{a} ≤ 2 (the L0 term). The cap gives a ≤ 1/(48dℓ)
 * only: the L1 term is false at the cap by the factor e^{a} > 1 for every d and δ, and the L0 term is
 * false when ℓ < 1/(48·d·ln 2), i.e. δ near 1 (docs/seed-errata.md, E2). A derivation step over the
 * reals: L0, L1 > 0, G ≥ 0, d ≤ 1000, any δ, and γ_k = θ·γ_max with θ ∈ (0, 1] (θ = 1, the cap itself,
 * a quarter of the time), γ_max and every side in outward-rounded interval arithmetic — so a reported
 * violation is one of the exact reals. The "-corrected" claim keeps the factor: the left side is
 * at most e^{1/(48dℓ)}·(L0√dγ_k + G/(48dℓ)) + G, with equality at the cap.
 */
import fc from "fast-check";
import {
  arb,
  certifiedSides,
  defineClaim,
  INTERVAL,
  iv,
  param,
  signSgdStepCapIn,
  TOL,
  type InequalityClaim,
  type Parameter,
  type RealInterval,
} from "signcheck";
import { deltaParameter, DERIVATION, dimensionLog, logParameter, nonNegative, proofSource } from "./proof41.ts";

export interface CapStepInstance {
  readonly L0: number;
  readonly L1: number;
  readonly G: number;
  readonly d: number;
  readonly delta: number;
  /** γ_k = θ·γ_max, θ ∈ (0, 1]. */
  readonly theta: number;
}

function instances(which: "both" | "l1" | "l0"): fc.Arbitrary<CapStepInstance> {
  return fc.record({
    L0: which === "l1" ? fc.constant(0) : arb.logUniform(1e-3, 1e3),
    L1: arb.logUniform(1e-3, 1e3),
    G: which === "l0" ? fc.constant(0) : nonNegative(1e-6, 1e6),
    d: dimensionLog(1000),
    // δ ≤ 0.999: nearer to 1 the factor e^{L1√dγ} at the cap (a = 1/(48dℓ)) leaves the float range.
    delta: arb.delta({ max: 0.999 }),
    theta: arb.stepsize({ lo: 1e-6, hi: 1, cap: 1 }),
  });
}

function parameters(which: "both" | "l1" | "l0"): Parameter<CapStepInstance>[] {
  return [
    ...(which === "l1"
      ? []
      : [
          logParameter<CapStepInstance>(
            "L0",
            [1e-3, 1e3],
            (i) => i.L0,
            (i, L0) => ({ ...i, L0 }),
          ),
        ]),
    logParameter(
      "L1",
      [1e-3, 1e3],
      (i) => i.L1,
      (i, L1) => ({ ...i, L1 }),
    ),
    ...(which === "l0"
      ? []
      : [
          logParameter<CapStepInstance>(
            "G = ‖∇f(x^{k−1})‖₂",
            [1e-6, 1e6],
            (i) => i.G,
            (i, G) => ({ ...i, G }),
            [param.at("G = 0", 0)],
          ),
        ]),
    param.integer("d", [1, 1000], (i) => i.d, { boundaries: [param.at("d = 1", 1)] }),
    deltaParameter([1e-6, 0.999]),
    logParameter(
      "θ = γ_k/γ_max",
      [1e-6, 1],
      (i) => i.theta,
      (i, theta) => ({ ...i, theta }),
      [param.at("γ at the cap", 1)],
    ),
  ];
}

interface Parts {
  readonly ell: RealInterval;
  readonly gamma: RealInterval;
  readonly sqrtD: RealInterval;
  readonly lhs: RealInterval;
}

/** ℓ, γ_k, √d and the left side (L0 + L1G)e^{L1√dγ}√dγ + G, in intervals. */
export function capStepParts({ L0, L1, G, d, delta, theta }: CapStepInstance): Parts {
  const ell = iv(delta).log().neg();
  const gamma = iv(theta).mul(signSgdStepCapIn(INTERVAL, iv(L1), iv(d), ell));
  const sqrtD = iv(d).sqrt();
  const step = sqrtD.mul(gamma);
  const lhs = iv(L0)
    .add(iv(L1).mul(iv(G)))
    .mul(iv(L1).mul(step).exp())
    .mul(step)
    .add(iv(G));
  return { ell, gamma, sqrtD, lhs };
}

/** G/(48·d·ℓ). */
const gTerm = (G: number, d: number, ell: RealInterval) => iv(G).div(iv(48).mul(iv(d)).mul(ell));

function asWritten(i: CapStepInstance) {
  const { ell, gamma, sqrtD, lhs } = capStepParts(i);
  return certifiedSides(
    lhs,
    iv(2 * i.L0)
      .mul(sqrtD)
      .mul(gamma)
      .add(gTerm(i.G, i.d, ell))
      .add(iv(i.G)),
  );
}

const source = proofSource(
  "S12",
  String.raw`\|\nabla f(x^{k})\|_{1}/\sqrt{d} \leq 2L_{0}\sqrt{d}\gamma_{k} + \frac{\|\nabla f(x^{k-1})\|_{2}}{48d\log\frac{1}{\delta}} + \|\nabla f(x^{k-1})\|_{2}`,
  "after the stepsize condition",
);

const hypotheses = [
  DERIVATION,
  "γ_k = θ·γ_max, γ_max = 1/(48·L1·d·log(1/δ)·√d), θ ∈ [1e-6, 1] (θ = 1 a quarter of the time)",
  "δ ∈ [1e-6, 0.999] (log-uniform toward both ends; beyond 0.999 e^{L1√dγ} at the cap exceeds the float range), d ∈ [1, 1000]",
];

function claim(id: string, title: string, which: "both" | "l1" | "l0", extra: string, reason: string) {
  return defineClaim<InequalityClaim<CapStepInstance>>({
    id,
    kind: "inequality",
    title,
    source,
    hypotheses: [...hypotheses, extra],
    tightness: "upper",
    instances: instances(which),
    check: asWritten,
    tolerance: TOL.exact,
    parameters: parameters(which),
    degenerate: (i) => (i.L0 === 0 && i.G === 0 ? "L0 = G = 0: both sides 0" : undefined),
    classify: (i) => `${i.theta === 1 ? "γ at the cap" : "γ below the cap"}, δ ${i.delta > Math.exp(-1) ? "> 1/e" : "≤ 1/e"}`,
    expected: { verdict: "violated", reason },
  });
}

export const proof41S12 = claim(
  "seed/proof41-s12",
  "S12: under γ_k ≤ 1/(48L1dℓ√d), (L0 + L1G)e^{L1√dγ}√dγ + G ≤ 2L0√dγ + G/(48dℓ) + G",
  "both",
  "L0, L1 ∈ [1e-3, 1e3], G ∈ {0} ∪ [1e-6, 1e6]",
  "the cap bounds a = L1√dγ_k by 1/(48dℓ) but the L1 term needs a·e^{a} ≤ 1/(48dℓ): false at the cap by e^{a}; the L0 term needs e^{a} ≤ 2, false for δ near 1",
);

export const proof41S12L1Term = claim(
  "seed/proof41-s12-l1-term",
  "S12, the L1 term alone (L0 = 0): L1·G·e^{L1√dγ}·√dγ ≤ G/(48dℓ)",
  "l1",
  "L0 = 0, L1 ∈ [1e-3, 1e3], G ∈ {0} ∪ [1e-6, 1e6]",
  "at γ_k = γ_max the left side is e^{a}·G/(48dℓ) with a = 1/(48dℓ) > 0: the dropped factor e^{a}",
);

export const proof41S12L0Term = claim(
  "seed/proof41-s12-l0-term",
  "S12, the L0 term alone (G = 0): L0·e^{L1√dγ}·√dγ ≤ 2·L0·√dγ",
  "l0",
  "L0, L1 ∈ [1e-3, 1e3], G = 0",
  "e^{L1√dγ_k} ≤ 2 needs L1√dγ_k ≤ ln 2, but at the cap L1√dγ_k = 1/(48dℓ), which exceeds ln 2 when δ > e^{−1/(48·d·ln 2)}",
);

export const proof41S12Corrected = defineClaim<InequalityClaim<CapStepInstance>>({
  id: "seed/proof41-s12-corrected",
  kind: "inequality",
  title: "S12 with the factor kept: (L0 + L1G)e^{L1√dγ}√dγ + G ≤ e^{1/(48dℓ)}(L0√dγ + G/(48dℓ)) + G",
  source,
  hypotheses: [...hypotheses, "L0, L1 ∈ [1e-3, 1e3], G ∈ {0} ∪ [1e-6, 1e6]"],
  tightness: "tight",
  instances: instances("both"),
  check: (i) => {
    const { ell, gamma, sqrtD, lhs } = capStepParts(i);
    const amax = iv(1).div(iv(48).mul(iv(i.d)).mul(ell));
    return certifiedSides(
      lhs,
      amax
        .exp()
        .mul(
          iv(i.L0)
            .mul(sqrtD)
            .mul(gamma)
            .add(gTerm(i.G, i.d, ell)),
        )
        .add(iv(i.G)),
    );
  },
  tolerance: TOL.exact,
  parameters: parameters("both"),
  classify: (i) => (i.theta === 1 ? "γ at the cap" : "γ below the cap"),
  expected: { verdict: "holds", reason: "a = L1√dγ_k ≤ 1/(48dℓ) under the cap, so e^{a} ≤ e^{1/(48dℓ)} and L1√dγ_k·G ≤ G/(48dℓ); equality at the cap" },
});
