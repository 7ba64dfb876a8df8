/**
 * bernstein19/gauss-sign-bound-minibatch — Bernstein et al. 2019, Lemma 1 (Gauss's inequality for the
 * sign) applied, as the paper does, to a minibatch gradient: for i.i.d. noise unimodal and symmetric
 * about 0 with standard deviation sd, the mean of B draws is again unimodal and symmetric (a
 * convolution of symmetric unimodal laws is symmetric unimodal, Wintner 1938) with standard deviation
 * sd/√B, so with S_B = |g|√B/sd
 *   P(sign(g̃_B) ≠ sign g) ≤ 2/(9S_B²) if S_B > 2/√3,   ½ − S_B/(2√3) otherwise.
 * Unlike bernstein19/gauss-sign-bound (decided exactly from the law), the event is sampled through the
 * library's gradient oracle with batch B on f = x²/2 at x = g: a wrong batch mean (a sum divided by
 * B − 1, a dropped draw) changes this claim's verdict. S_B ∈ [1.5, 4], where the bound has room over
 * every law of the class (the Gaussian is the tightest: Φ(−1.5) = 0.067 vs 0.099).
 */
import fc from "fast-check";
import {
  arb,
  defineClaim,
  gaussFlipBound,
  gradientOracle,
  leastSquaresOracle,
  noiseFromSpec,
  noiseLaw,
  sigmaKappa,
  type GradientOracle,
  type GradientOracleOptions,
  type NoiseSpec,
  type ProbabilityClaim,
  type Stream,
} from "signcheck";

export interface MinibatchSignInstance {
  readonly g: number;
  readonly scale: number;
  readonly batch: number;
  readonly noise: NoiseSpec;
}

const halfSquare = leastSquaresOracle({ rows: [[1]] }).fn; // f = x²/2, ∇f(x) = x

/** Standard deviation of the batch mean: sd/√B. */
const batchSd = ({ scale, batch, noise }: MinibatchSignInstance) => sigmaKappa(noiseFromSpec(noise), scale, 2) / Math.sqrt(batch);

/** The minibatch-gradient oracle as the claim uses it: `make` is the library's gradientOracle unless a test plants another. */
export function gaussSignBoundMinibatchClaim(make: (o: GradientOracleOptions) => GradientOracle = gradientOracle): ProbabilityClaim<MinibatchSignInstance> {
  return defineClaim<ProbabilityClaim<MinibatchSignInstance>>({
    id: "bernstein19/gauss-sign-bound-minibatch",
    kind: "probability",
    title: "Gauss bound on the sign-flip probability of a minibatch gradient (sampled through the oracle), with S_B = |g|√B/sd",
    source: {
      paper: "bernstein19",
      item: "Lemma 1 (Gauss's inequality), applied to the minibatch gradient",
      quote: "P[sign(g̃_i) ≠ sign(g_i)] ≤ 2/(9S_i²) if S_i > 2/√3, else ½ − S_i/(2√3)",
    },
    hypotheses: [
      "noise i.i.d., unimodal and symmetric about 0, with a density and finite variance",
      "B ∈ 1…8, S_B ∈ [1.5, 4], g of either sign; one oracle sample of f = x²/2 at x = g",
    ],
    tightness: "upper",
    instances: fc
      .record({
        snr: arb.logUniform(1.5, 4),
        negative: fc.boolean(),
        scale: arb.logUniform(1e-2, 1e2),
        batch: fc.integer({ min: 1, max: 8 }),
        noise: noiseLaw({ kappa: 2, symmetric: true, unimodal: true, atoms: false }).map((l) => l.noise),
      })
      .map(({ snr, negative, scale, batch, noise }) => {
        const m = snr * batchSd({ g: 0, scale, batch, noise });
        return { g: negative ? -m : m, scale, batch, noise };
      }),
    bound: (i) => gaussFlipBound(i.g, batchSd(i)),
    event: (i: MinibatchSignInstance, stream: Stream) => {
      const oracle = make({ fn: halfSquare, noise: noiseFromSpec(i.noise), scale: i.scale, batch: i.batch });
      const out = oracle.sample(Float64Array.of(i.g), stream, new Float64Array(1));
      return !(Math.sign(out[0]) === Math.sign(i.g));
    },
    parameters: [
      {
        name: "S_B = |g|√B/sd",
        scale: "log",
        range: [1.5, 4],
        read: (i) => Math.abs(i.g) / batchSd(i),
        write: (i, v) => ({ ...i, g: Math.sign(i.g) * (v as number) * batchSd(i) }),
      },
      { name: "scale", scale: "log", range: [1e-2, 1e2], read: (i) => i.scale },
      { name: "B", scale: "integer", range: [1, 8], read: (i) => i.batch },
    ],
    classify: (i) => `B ${i.batch === 1 ? "= 1" : "≥ 2"}, ${i.noise.law}`,
    budgets: { quick: { trials: 4000 } },
    expected: { verdict: "holds", reason: "the batch mean of unimodal symmetric draws is unimodal symmetric with sd/√B, so Gauss's inequality applies to it" },
  });
}

export const gaussSignBoundMinibatch = gaussSignBoundMinibatchClaim();
