/**
 * seedfinal/msignsgd-expectation — the authors' Theorem "(L0, L1) Complexity for M-SignSGD in
 * expectation" (seedfinal), with its own tuning and a stepsize that is not zero. M-SignSGD:
 * m^k = βm^{k−1} + (1 − β)g^k (m⁰ = 0), x^{k+1} = x^k − γ·sign(m^k). The theorem's first case prescribes
 *   1 − β = min{1, (cΔ₁L1√d/(T‖σ⃗‖_κ))^{κ/(2κ−1)}},   γ = (1 − β)/(8cL1d),   c ≥ 1,
 * and its proof arrives, before T is chosen, at
 *   (1/T)Σ_{k=1}^T E‖∇f(x^k)‖₁ ≤ 16c(Δ₁L1 + E‖ε¹‖₂)d/(T(1 − β)) + 8√d(1 − β)^{(κ−1)/κ}‖σ⃗‖_κ + 4L0/(L1c),
 * ε¹ = m¹ − ∇f(x¹); T then only enters through O(·), so the claim is this display at every T drawn. With
 * m⁰ = 0, ε¹ = −β∇f(x¹) + (1 − β)θ¹ and E‖ε¹‖₂ ≤ β‖∇f(x¹)‖₂ + (1 − β)‖σ⃗‖_κ, which the bound uses in
 * its place (a violation of this bound is one of the printed display; holding is up to that
 * replacement). The proof rests on the Sign Update Step Lemma, printed with a curvature factor that is
 * false (docs/seed-errata.md, E12; seedfinal/sign-update-step-lemma); its first display uses the right
 * factor L0 + L1‖∇f(x^k)‖, and its final bound is what is checked here, by Monte Carlo on M-SignSGD runs
 * from x¹ ≠ x* (Δ₁ > 0, so γ > 0), over random (L0, L1)-smooth functions with L1 > 0 and every noise law
 * of Assumption 3. The statistic's pathwise range comes from the (L0, L1) growth of the gradient along a
 * path whose steps have length ≤ γ√d: ‖∇f(x^k)‖₂ ≤ (‖∇f(x¹)‖₂ + L0/L1)e^{L1γ√d(k−1)} − L0/L1.
 */
import fc from "fast-check";
import {
  arb,
  defineClaim,
  functionFromSpec,
  gradientOracle,
  mSignSgd,
  noiseFromSpec,
  noiseLaw,
  norm2,
  param,
  runTrajectory,
  sigmaKappa,
  smoothFunctionArbitrary,
  specDim,
  type ExpectationClaim,
  type FunctionSpec,
  type NoiseSpec,
  type Stream,
} from "signcheck";
import { coordinatesParameter, FUNCTION_FAMILIES, integerLogParameter, logParameter, noiseParameters } from "../seed/proof41.ts";

export interface MomentumInstance {
  readonly fn: FunctionSpec;
  readonly x1: Float64Array;
  readonly T: number;
  /** The theorem's slack constant c ≥ 1. */
  readonly c: number;
  readonly noise: NoiseSpec;
  readonly kappa: number;
  readonly scales: number[];
}

/** ‖σ⃗‖_κ = (Σσ_i^κ)^{1/κ}, σ_i = scale_i·(E|X|^κ)^{1/κ}. */
function sigmaKappaNorm(i: MomentumInstance): number {
  const law = noiseFromSpec(i.noise);
  return i.scales.reduce((a, s) => a + sigmaKappa(law, s, i.kappa) ** i.kappa, 0) ** (1 / i.kappa);
}

/** The theorem's first-case tuning: 1 − β and γ. */
export function tuning(i: MomentumInstance): { oneMinusBeta: number; gamma: number; Delta1: number } {
  const f = functionFromSpec(i.fn);
  const d = f.dim;
  const { L1 } = f.smoothness;
  const Delta1 = f.value(i.x1) - f.fStar;
  const s = sigmaKappaNorm(i);
  const oneMinusBeta = s === 0 ? 1 : Math.min(1, ((i.c * Delta1 * L1 * Math.sqrt(d)) / (i.T * s)) ** (i.kappa / (2 * i.kappa - 1)));
  return { oneMinusBeta, gamma: oneMinusBeta / (8 * i.c * L1 * d), Delta1 };
}

function bound(i: MomentumInstance): number {
  const f = functionFromSpec(i.fn);
  const d = f.dim;
  const { L0, L1 } = f.smoothness;
  const { oneMinusBeta: a, Delta1 } = tuning(i);
  const s = sigmaKappaNorm(i);
  const eps1 = (1 - a) * norm2(f.gradient(i.x1)) + a * s;
  return (16 * i.c * (Delta1 * L1 + eps1) * d) / (i.T * a) + 8 * Math.sqrt(d) * a ** ((i.kappa - 1) / i.kappa) * s + (4 * L0) / (L1 * i.c);
}

function range(i: MomentumInstance): { lo: number; hi: number } {
  const f = functionFromSpec(i.fn);
  const d = f.dim;
  const { L0, L1 } = f.smoothness;
  const { gamma } = tuning(i);
  const G = norm2(f.gradient(i.x1));
  const r = L1 * gamma * Math.sqrt(d);
  // (1/T)Σ_{k=1}^T √d·[(G + L0/L1)e^{r(k−1)} − L0/L1], summed in closed form.
  const geometric = r === 0 ? i.T : Math.expm1(r * i.T) / Math.expm1(r);
  return { lo: 0, hi: (Math.sqrt(d) * ((G + L0 / L1) * geometric - (L0 / L1) * i.T)) / i.T };
}

function statistic(i: MomentumInstance, stream: Stream): number {
  const fn = functionFromSpec(i.fn);
  const { oneMinusBeta, gamma } = tuning(i);
  const oracle = gradientOracle({ fn, noise: noiseFromSpec(i.noise), scale: Float64Array.from(i.scales) });
  const state = mSignSgd.init(i.x1, { gamma, beta: 1 - oneMinusBeta }, stream);
  return runTrajectory(mSignSgd, state, oracle, i.T).meanGradNorm1;
}

const functionsWithL1 = smoothFunctionArbitrary({ maxDim: 4 }).filter((fn) => functionFromSpec(fn).smoothness.L1 > 0);

const instances: fc.Arbitrary<MomentumInstance> = functionsWithL1.chain((fn) => {
  const d = specDim(fn);
  return fc
    .record({
      fn: fc.constant(fn),
      // x¹ = 0 is the minimiser of several families (Δ₁ = 0, γ = 0): moved to ½e₁, which minimises none of them.
      x1: arb.startingPoint(d, 2).map((x) => (x.every((v) => v === 0) ? Float64Array.from(x, (_, k) => (k === 0 ? 0.5 : 0)) : x)),
      T: arb.iterations({ min: 10, max: 100 }),
      c: fc.oneof(fc.constant(1), arb.logUniform(1, 4)),
      law: noiseLaw({ spread: 6 }),
      scales: fc.array(arb.logUniform(1e-2, 3), { minLength: d, maxLength: d }),
    })
    .map(({ law, ...r }) => ({ ...r, noise: law.noise, kappa: law.kappa }));
});

export const mSignSgdExpectation = defineClaim<ExpectationClaim<MomentumInstance>>({
  id: "seedfinal/msignsgd-expectation",
  kind: "expectation",
  title: "M-SignSGD with the theorem's β and γ (first case): (1/T)ΣE‖∇f(x^k)‖₁ ≤ 16c(Δ₁L1 + E‖ε¹‖₂)d/(T(1 − β)) + 8√d(1 − β)^{(κ−1)/κ}‖σ⃗‖_κ + 4L0/(L1c)",
  source: {
    paper: "seedfinal",
    item: "Theorem ((L0, L1) Complexity for M-SignSGD in expectation), first case, and its proof's display before T is chosen",
    quote: String.raw`\frac{1}{T} \sum_{k=1}^T\EE\|\nabla f(x^k)\|_1 &\leq& \frac{16c\Delta_1 L_1 d}{T(1 - \beta)} + \frac{4 \sqrt{d}  \EE \|\epsilon^1\|_2}{T(1 - \beta)} + 8 \sqrt{d}(1-\beta)^\frac{\kappa - 1}{\kappa}\|\Vec{\sigma}\|_\kappa + \frac{4L_0}{L_1c}`,
  },
  hypotheses: [
    "A1, A2 (sup form) with the function's declared (L0, L1), L1 > 0: random functions of src/functions, d ≤ 4; x¹ ∈ [−2, 2]^d, x¹ ≠ 0 (Δ₁ = f(x¹) − f* > 0, so γ > 0)",
    "A3, κ ∈ (1, 2]: g_i = ∇f_i + scale_i·X_i, X_i i.i.d. from every law of src/noise (symmetric or skewed), scale_i ∈ [1e-2, 3], σ_i = scale_i·(E|X|^κ)^{1/κ}",
    "M-SignSGD, m⁰ = 0, with the theorem's 1 − β = min{1, (cΔ₁L1√d/(T‖σ⃗‖_κ))^{κ/(2κ−1)}} and γ = (1 − β)/(8cL1d) > 0; c ∈ {1} ∪ [1, 4]; T ∈ [10, 100]",
    "E‖ε¹‖₂ replaced by its bound β‖∇f(x¹)‖₂ + (1 − β)‖σ⃗‖_κ (m⁰ = 0)",
  ],
  tightness: "upper",
  instances,
  statistic,
  bound,
  range,
  divergedCountsAsFailure: true,
  parameters: [
    coordinatesParameter<MomentumInstance>(
      "|x¹_i|",
      [2e-6, 2],
      (i) => i.x1,
      (i, x1) => ({ ...i, x1 }),
    ),
    integerLogParameter<MomentumInstance>(
      "T",
      [10, 100],
      (i) => i.T,
      (i, T) => ({ ...i, T }),
    ),
    logParameter<MomentumInstance>(
      "c",
      [1, 4],
      (i) => i.c,
      (i, c) => ({ ...i, c }),
      [param.at("c = 1", 1)],
    ),
    param.log("scale_i", [1e-2, 3], (i) => Float64Array.from(i.scales), {
      write: (i, v) => ({ ...i, scales: (v as number[]).map((t) => Math.min(3, Math.max(1e-2, t))) }),
    }),
    param.integer("d", [1, 4], (i) => i.x1.length),
    param.categorical(
      "family",
      FUNCTION_FAMILIES.filter((f) => f !== "logCoshSum"),
      (i) => i.fn.family,
    ),
    ...noiseParameters<MomentumInstance>((i) => i),
  ],
  classify: (i) => `${i.noise.law}, ${tuning(i).oneMinusBeta === 1 ? "β = 0" : "β > 0"}`,
  budgets: { quick: { instances: 6, trials: 2000 }, standard: { instances: 24, trials: 8000 } },
  expected: {
    verdict: "holds",
    reason:
      "not refuted: the momentum averages ≈ 1/(1 − β) gradients, and the display's terms (its constant term 4L0/(L1c) included) leave room on every function and law drawn",
  },
});
