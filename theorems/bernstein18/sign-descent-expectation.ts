/**
 * bernstein18/sign-descent-expectation and bernstein18/sign-descent-expectation-eighth — the step of
 * Bernstein et al. 2018's proof of Theorem 1 that bounds, in expectation, how much a sign step loses
 * against the true gradient g when its signs come from g + ξ:
 *   E[‖g‖₁ − ⟨g, sign(g + ξ)⟩] = Σ_i 2|g_i|·P(sign(g_i + ξ_i) ≠ sign g_i) ≤ 2‖σ⃗‖₁,
 * with σ_i = (E|ξ_i|^κ)^{1/κ}, any κ ≥ 1: P(sign flip) ≤ P(|ξ_i| ≥ |g_i|) ≤ (σ_i/|g_i|)^κ ≤ σ_i/|g_i| when
 * σ_i < |g_i| (Markov), and σ_i/|g_i| ≥ 1 otherwise. A sign(0) = 0 draw loses |g_i|, within the same event.
 * The statistic X = ‖g‖₁ − ⟨g, sign(g + ξ)⟩ lies in [0, 2‖g‖₁] pathwise, so the claim declares that
 * range and can be certified (empirical Bernstein), whatever the noise's tails.
 * The false twin divides the constant by 16 — E[X] ≤ ‖σ⃗‖₁/8 — for Gaussian noise (σ = sd) and
 * |g|/σ ∈ [0.5, 1.2], where E[X]/σ = 2tΦ(−t) ≥ min(2·0.5·Φ(−0.5), 2·1.2·Φ(−1.2)) = 0.276 > 0.125:
 * false on every instance. It declares only the lower end 0 (no upper end), so it is refuted through
 * truncated means — the estimator that needs no tail assumption.
 */
import fc from "fast-check";
import {
  arb,
  defineClaim,
  gaussian,
  NOISE_LAWS,
  noiseFromSpec,
  noiseLaw,
  sigmaKappa,
  sign,
  type ExpectationClaim,
  type NoiseSpec,
  type Parameter,
  type Stream,
} from "signcheck";

export interface SignDescentInstance {
  /** |g_i|/σ_i per coordinate, with its sign. */
  readonly ratios: number[];
  readonly noise: NoiseSpec;
  readonly kappa: number;
  readonly scale: number;
}

function gradient(i: SignDescentInstance): Float64Array {
  const s = sigmaKappa(noiseFromSpec(i.noise), i.scale, i.kappa);
  return Float64Array.from(i.ratios, (t) => t * s);
}

function statistic(i: SignDescentInstance, stream: Stream): number {
  const law = noiseFromSpec(i.noise);
  const g = gradient(i);
  let loss = 0;
  for (const gi of g) loss += Math.abs(gi) - gi * sign(gi + i.scale * law.sample(stream));
  // Each term is 0, |g_i| or 2|g_i| exactly; clamp the sum's round-off into the declared range.
  return Math.max(0, loss);
}

const sigma1 = (i: SignDescentInstance) => i.ratios.length * sigmaKappa(noiseFromSpec(i.noise), i.scale, i.kappa);
const norm1 = (i: SignDescentInstance) => gradient(i).reduce((a, v) => a + Math.abs(v), 0);

const ratioRange = (lo: number, hi: number): Parameter<SignDescentInstance> => ({
  name: "|g_i|/σ_i",
  scale: "log",
  range: [lo, hi],
  read: (i) => i.ratios,
  write: (i, v) => ({ ...i, ratios: (v as number[]).map((t, k) => Math.sign(i.ratios[k]) * Math.abs(t)) }),
});

const source = {
  paper: "bernstein18",
  item: "Theorem 1, proof",
  step: "sign mismatch in expectation",
  quote: "E[g_i·sign(g̃_i)] ≥ |g_i| − 2σ_i (via P[sign(g̃_i) ≠ sign(g_i)] ≤ σ_i/|g_i|)",
} as const;

export const signDescentExpectation = defineClaim<ExpectationClaim<SignDescentInstance>>({
  id: "bernstein18/sign-descent-expectation",
  kind: "expectation",
  title: "A sign step loses at most 2‖σ⃗‖₁ against the true gradient, in expectation",
  source,
  hypotheses: [
    "ξ_i i.i.d. (any law of the library's catalogue) with E|ξ_i|^κ < ∞, κ ∈ (1, 2]; σ_i = scale·(E|X|^κ)^{1/κ}",
    "g_i = ±t_i·σ_i, t_i ∈ [1e-2, 30], d ≤ 6",
  ],
  tightness: "upper",
  instances: arb.dimension({ min: 1, max: 6 }).chain((d) =>
    fc
      .record({
        ratios: fc.array(
          fc.tuple(fc.boolean(), arb.logUniform(1e-2, 30)).map(([neg, t]) => (neg ? -t : t)),
          { minLength: d, maxLength: d },
        ),
        law: noiseLaw({ spread: 6 }),
        scale: arb.logUniform(1e-2, 1e2),
      })
      .map(({ ratios, law, scale }) => ({ ratios, noise: law.noise, kappa: law.kappa, scale })),
  ),
  statistic,
  bound: (i) => 2 * sigma1(i),
  range: (i) => ({ lo: 0, hi: 2 * norm1(i) }),
  parameters: [
    ratioRange(1e-2, 30),
    { name: "κ", scale: "linear", range: [1, 2], read: (i) => i.kappa, boundaries: [{ label: "κ = 2", test: (k) => k === 2 }] },
    { name: "scale", scale: "log", range: [1e-2, 1e2], read: (i) => i.scale },
    { name: "d", scale: "integer", range: [1, 6], read: (i) => i.ratios.length },
    {
      name: "law",
      scale: "categorical",
      values: [...NOISE_LAWS],
      read: (i) => i.noise.law,
    },
  ],
  classify: (i) => i.noise.law,
  expected: {
    verdict: "holds",
    reason: "each coordinate loses 2|g_i| with probability ≤ min(1, σ_i/|g_i|) (Markov), and the statistic is bounded, so the mean is certified",
  },
});

export const signDescentExpectationEighth = defineClaim<ExpectationClaim<SignDescentInstance>>({
  id: "bernstein18/sign-descent-expectation-eighth",
  kind: "expectation",
  title: "The same step with the constant 2 replaced by 1/8 (false on Gaussian noise near |g| ≈ σ)",
  source,
  hypotheses: ["ξ_i ~ N(0, scale²), σ_i = scale (κ = 2)", "g_i = ±t_i·σ_i, t_i ∈ [0.5, 1.2], d ≤ 4", "declared range: statistic ≥ 0 only (no upper end)"],
  tightness: "upper",
  instances: arb.dimension({ min: 1, max: 4 }).chain((d) =>
    fc
      .record({
        ratios: fc.array(
          fc.tuple(fc.boolean(), arb.logUniform(0.5, 1.2)).map(([neg, t]) => (neg ? -t : t)),
          { minLength: d, maxLength: d },
        ),
        scale: arb.logUniform(1e-2, 1e2),
      })
      .map(({ ratios, scale }) => ({ ratios, noise: gaussian().spec as NoiseSpec, kappa: 2, scale })),
  ),
  statistic,
  bound: (i) => sigma1(i) / 8,
  range: () => ({ lo: 0 }),
  parameters: [
    ratioRange(0.5, 1.2),
    { name: "scale", scale: "log", range: [1e-2, 1e2], read: (i) => i.scale },
    { name: "d", scale: "integer", range: [1, 4], read: (i) => i.ratios.length },
  ],
  expected: {
    verdict: "violated",
    reason: "E[X]/‖σ⃗‖₁ = mean of 2t_iΦ(−t_i) ≥ 0.276 > 1/8 for t_i ∈ [0.5, 1.2]; a truncated mean certifies it without a tail assumption",
  },
});
