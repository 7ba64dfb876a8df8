/**
 * bernstein19/gauss-sign-bound and bernstein19/gauss-sign-bound-lattice — Bernstein et al. 2019,
 * Lemma 1 (Gauss's inequality for the sign): for noise unimodal and symmetric about 0 with standard
 * deviation sd, and S = |g|/sd,
 *   P(sign(g + X) ≠ sign g) ≤ 2/(9S²) if S > 2/√3,   ½ − S/(2√3) otherwise.
 * Decided exactly (flipProbability) on unimodal symmetric laws with a density and finite variance
 * (Gaussian, Laplace, Student-t ν > 2, symmetric Lomax α > 2, SαS α = 2, contaminated mixtures):
 * an upper bound. The twin checks the same bound on symmetric lattice laws whose masses decrease in
 * |k| — unimodal as mass functions but without a density, outside Gauss's inequality — where it fails
 * (P(X = 0) = 1 − p, P(X = ±1) = p/2, g on the atom: flip p/2 > 2p/9 = the bound, for p < ¾).
 */
import fc from "fast-check";
import {
  arb,
  param,
  defineClaim,
  flipProbability,
  gaussFlipBound,
  noiseFromSpec,
  noiseLaw,
  sigmaKappa,
  type NoiseSpec,
  type ProbabilityClaim,
} from "signcheck";

export interface GaussSignInstance {
  readonly g: number;
  readonly scale: number;
  readonly noise: NoiseSpec;
}

function instances(law: fc.Arbitrary<NoiseSpec>): fc.Arbitrary<GaussSignInstance> {
  return fc
    .record({ snr: arb.logUniform(1e-2, 1e2), negative: fc.boolean(), scale: arb.logUniform(1e-2, 1e2), noise: law })
    .map(({ snr, negative, scale, noise }) => {
      // |g| = snr·sd, so S = snr exactly up to rounding; for lattice laws, on the first atom half of the time.
      const sd = sigmaKappa(noiseFromSpec(noise), scale, 2);
      const m = noise.law === "lattice" && snr < 1 ? scale : snr * sd;
      return { g: negative ? -m : m, scale, noise };
    });
}

/**
 * A lattice law whose atom masses P(X = k) = w_|k| (normalised) decrease in |k|, from the generated
 * weights sorted: unimodal as a mass function (peaked at 0), so that a violation is not explained by
 * bimodality. w_1 > 0 is kept (else X ≡ 0).
 */
function unimodalLattice(spec: NoiseSpec): NoiseSpec {
  if (spec.law !== "lattice") return spec;
  const w = [...spec.probs].sort((a, b) => b - a);
  if (w[1] === 0) w[1] = w[0];
  const probs = w.map((m, k) => (k === 0 ? m : 2 * m));
  const total = probs.reduce((a, b) => a + b, 0);
  return { law: "lattice", probs: probs.map((p) => p / total) };
}

const sd = ({ scale, noise }: GaussSignInstance) => sigmaKappa(noiseFromSpec(noise), scale, 2);
/** S = |g|/sd, the signal-to-noise ratio of Gauss's bound. */
const snrOf = (i: GaussSignInstance) => Math.abs(i.g) / sd(i);
/**
 * Below S = 0.1 both sides are within 0.03 of ½ (the bound is ½ − S/(2√3), every symmetric law's flip
 * probability tends to ½): their ratio tends to 1 whatever the law, and says nothing about the bound.
 */
const DEGENERATE_SNR = 0.1;

const bound = ({ g, scale, noise }: GaussSignInstance) => gaussFlipBound(g, sigmaKappa(noiseFromSpec(noise), scale, 2));
const exact = ({ g, scale, noise }: GaussSignInstance) => flipProbability(noiseFromSpec(noise), g, scale);
const source = { paper: "bernstein19", item: "Lemma 1 (Gauss's inequality)", quote: "P[sign(g̃_i) ≠ sign(g_i)] ≤ 2/(9S_i²) if S_i > 2/√3, else ½ − S_i/(2√3)" };

export const gaussSignBound = defineClaim<ProbabilityClaim<GaussSignInstance>>({
  id: "bernstein19/gauss-sign-bound",
  kind: "probability",
  title: "Gauss bound on the sign-flip probability for unimodal symmetric noise",
  source,
  hypotheses: ["noise unimodal and symmetric about 0, with a density", "finite variance (κ = 2 moment)", "g ≠ 0"],
  tightness: "upper",
  // Decided exactly (no sampling): instances are cheap, so the search is as wide as an inequality's.
  budgets: { quick: { instances: 300 }, standard: { instances: 3000 }, thorough: { instances: 20000 } },
  instances: instances(noiseLaw({ kappa: 2, symmetric: true, unimodal: true, atoms: false }).map((l) => l.noise)),
  bound,
  exact,
  parameters: [
    param.log("S = |g|/sd", [1e-2, 1e2], snrOf, {
      write: (i, v) => ({ ...i, g: Math.sign(i.g) * (v as number) * sd(i) }),
      boundaries: [param.at("S = 2/√3 (the branch point)", (v) => Math.abs((v as number) - 2 / Math.sqrt(3)) < 1e-3)],
    }),
    param.log("scale", [1e-2, 1e2], (i) => i.scale),
    param.categorical(
      "law",
      ["gaussian", "laplace", "studentT", "symmetricLomax", "symmetricPareto", "symmetricStable", "contaminated", "centredLomax", "twoPoint", "lattice"],
      (i) => i.noise.law,
    ),
  ],
  degenerate: (i) => (snrOf(i) < DEGENERATE_SNR ? `S < ${DEGENERATE_SNR}: both sides within 0.03 of ½` : undefined),
  classify: ({ g, scale, noise }) => `${noise.law}, S ${Math.abs(g) / sigmaKappa(noiseFromSpec(noise), scale, 2) > 2 / Math.sqrt(3) ? "> 2/√3" : "≤ 2/√3"}`,
  expected: { verdict: "holds", reason: "Gauss's inequality for unimodal laws, halved by symmetry; the exact tails stay below on every law" },
});

export const gaussSignBoundLattice = defineClaim<ProbabilityClaim<GaussSignInstance>>({
  id: "bernstein19/gauss-sign-bound-lattice",
  kind: "probability",
  title: "The Gauss sign bound outside its hypotheses: symmetric lattice noise without a density",
  source,
  hypotheses: [
    "noise symmetric on the lattice {−K..K}, masses decreasing in |k| (unimodal mass function, no density: outside Lemma 1)",
    "g on or off the atoms",
  ],
  tightness: "upper",
  // Decided exactly (no sampling): instances are cheap, so the search is as wide as an inequality's.
  budgets: { quick: { instances: 300 }, standard: { instances: 3000 }, thorough: { instances: 20000 } },
  instances: instances(noiseLaw({ kappa: 2, laws: ["lattice"] }).map((l) => unimodalLattice(l.noise))),
  bound,
  exact,
  parameters: [
    param.log("scale", [1e-2, 1e2], (i) => i.scale),
    param.integer("lattice half-width K", [1, 3], (i) => (i.noise.law === "lattice" ? i.noise.probs.length - 1 : undefined)),
  ],
  classify: ({ g, scale }) => (Number.isInteger(Math.abs(g) / scale) ? "g on an atom" : "g off the atoms"),
  expected: {
    verdict: "violated",
    reason: "with g on an atom, sign 0 counts as a flip and lattice laws (no density) put more mass at |X| ≥ |g| than Gauss's inequality allows",
  },
});
