/**
 * Instances of the sign-mismatch steps of the seed's §4.1 proof (S16–S18): a gradient v = ∇f(x^k) ∈ R^d
 * and the noise of g^k = v + ξ, ξ_i = scale_i·X_i with X from any law of src/noise (symmetric or skewed,
 * heavy-tailed, with atoms) and a κ ∈ (1, 2] it satisfies. For laws with atoms, a coordinate sits on
 * an atom one time in three — v_i = −scale_i·x_j for an atom x_j, the boundary where g_i = 0 has
 * positive probability and sign(g_i) = 0 — as seed/eq4-sign-mismatch draws it; otherwise coordinates
 * are 0 or ±(log-uniform in [1e-3, 1e3]). Scales are log-uniform in [1e-3, 1e3].
 */
import fc from "fast-check";
import { arb, noiseFromSpec, noiseLaw, param, type NoiseSpec, type Parameter } from "signcheck";
import { coordinatesParameter, noiseParameters } from "./proof41.ts";

export interface GradientNoiseInstance {
  readonly v: Float64Array;
  readonly noise: NoiseSpec;
  readonly kappa: number;
  readonly scales: number[];
}

/** The atoms of a discrete law (empty for laws with a density). */
export function atomsOf(noise: NoiseSpec): number[] {
  if (noise.law === "twoPoint") return [-noise.q, 1 - noise.q];
  if (noise.law === "lattice") return noise.probs.flatMap((p, k) => (k === 0 || p === 0 ? [] : [k, -k]));
  return [];
}

/** Instances in dimension 1 … maxDim; `nonZero` draws no zero gradient coordinate (premise ∇f_i ≠ 0). */
export function gradientNoise({ maxDim = 8, nonZero = false }: { maxDim?: number; nonZero?: boolean } = {}): fc.Arbitrary<GradientNoiseInstance> {
  return fc.record({ d: arb.dimension({ min: 1, max: maxDim }), law: noiseLaw() }).chain(({ d, law }) =>
    fc
      .array(
        fc.record({
          magnitude: nonZero
            ? arb.logUniform(1e-3, 1e3)
            : fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: arb.logUniform(1e-3, 1e3) }),
          negative: fc.boolean(),
          onAtom: fc.integer({ min: 0, max: 2 }),
          atomIndex: fc.nat(),
          scale: arb.logUniform(1e-3, 1e3),
        }),
        { minLength: d, maxLength: d },
      )
      .map((coords) => {
        const atoms = atomsOf(law.noise);
        const v = coords.map(({ magnitude, negative, onAtom, atomIndex, scale }) => {
          if (onAtom === 0 && atoms.length > 0) return -scale * atoms[atomIndex % atoms.length];
          return negative ? -magnitude : magnitude;
        });
        return { v: Float64Array.from(v), noise: law.noise, kappa: law.kappa, scales: coords.map((c) => c.scale) };
      }),
  );
}

export const gradientNoiseInstances = gradientNoise();

/**
 * The parameters of a gradient and its noise: v (off the atoms in [1e-3, 1e3]; on an atom scale·|x_j|
 * ∈ [1e-6, 3e3]) and the scales movable (a write keeps v off 0 when the
 * premise is ∇f_i ≠ 0; moving v can leave an atom, which stays inside the hypotheses: v is any vector),
 * d, the law and κ. `maxDim` as for `gradientNoise`.
 */
export function gradientNoiseParameters({ maxDim = 8, nonZero = false }: { maxDim?: number; nonZero?: boolean } = {}): Parameter<GradientNoiseInstance>[] {
  return [
    coordinatesParameter<GradientNoiseInstance>(
      "|v_i| (∇f(x^k)_i)",
      [1e-6, 3e3],
      (i) => i.v,
      (i, v) => ({ ...i, v: nonZero ? v.map((x, k) => (x === 0 ? i.v[k] : x)) : v }),
    ),
    param.log("scale_i", [1e-3, 1e3], (i) => Float64Array.from(i.scales), {
      write: (i, s) => ({ ...i, scales: (s as number[]).map((x) => Math.min(1e3, Math.max(1e-3, x))) }),
    }),
    param.integer("d", [1, maxDim], (i) => i.v.length),
    ...noiseParameters<GradientNoiseInstance>((i) => i),
  ];
}

/** Per coordinate: P(sign g_i = −sign v_i) (wrong) and P(g_i = 0) (zero), exact; both 0 where v_i = 0. */
export function outcomesOf({ v, noise, scales }: GradientNoiseInstance): { wrong: number[]; zero: number[] } {
  const law = noiseFromSpec(noise);
  const wrong: number[] = [];
  const zero: number[] = [];
  for (let i = 0; i < v.length; i++) {
    if (v[i] === 0) {
      wrong.push(0);
      zero.push(0);
      continue;
    }
    const o = law.signOutcomes(v[i], scales[i]);
    wrong.push(o.wrong);
    zero.push(o.zero);
  }
  return { wrong, zero };
}

export const noiseClassify = ({ v, noise }: GradientNoiseInstance): string => `${noise.law}${v.some((x) => x === 0) ? ", a zero gradient coordinate" : ""}`;

export const GRADIENT_NOISE_HYPOTHESES = [
  "v = ∇f(x^k) ∈ R^d, d ∈ [1, 8]; g = v + ξ with ξ_i = scale_i·X_i, X_i i.i.d. from any law of src/noise, κ ∈ (1, 2] below its moment order (Assumption 3)",
  "for laws with atoms, a third of the coordinates sit on an atom (v_i = −scale_i·x_j: g_i = 0 with positive probability)",
];
