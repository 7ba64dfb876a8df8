/**
 * Shared pieces of the step-by-step audit of the seed's proof (§4.1, "Proof of (L0,L1) SignSGD General
 * Convergence"): the source of a step, the two ways a step is checked, and the instances of the
 * derivation steps that act on one sign step x⁺ = x − γ·sign(g).
 *
 * A step is checked either
 *   - as a DERIVATION: for all reals satisfying its premises (the line before it, the lemma it cites,
 *     the stepsize condition in force), the conclusion follows — a step false there is a gap in the
 *     proof even when real trajectories have slack (S12, S19, S23); or
 *   - ON TRAJECTORIES: along SignSGD runs, where the statement involves the law of the run (the
 *     martingale property S5, the concentration steps S7 and S15).
 * The registry of steps (proof41Steps.ts) records which, with the claims of each step.
 */
import fc from "fast-check";
import {
  arb,
  functionFromSpec,
  NOISE_LAWS,
  param,
  smoothFunctionArbitrary,
  specDim,
  type FunctionSpec,
  type Parameter,
  type Source,
  type SmoothFunction,
} from "signcheck";

/** The hypothesis line of a step checked as a derivation. */
export const DERIVATION = "checked as a derivation step: for all reals satisfying its premises";
/** The hypothesis line of a step checked on SignSGD trajectories. */
export const ON_TRAJECTORIES = "checked on trajectories: the statement is about the law of SignSGD runs";

export type StepId = `S${number}`;

/** Source of a step of the seed's §4.1 proof, quoting the seed's own text. */
export function proofSource(step: StepId, quote: string, equation?: string): Source {
  return { paper: "seed", item: "proof of §4.1", step, quote, ...(equation ? { equation } : {}) };
}

/** sign(g) with sign(0) = 0, as SignSGD applies it. */
export function signVector(g: ArrayLike<number>): Float64Array {
  return Float64Array.from(g, (v) => (v > 0 ? 1 : v < 0 ? -1 : 0));
}

/**
 * A coordinate of an arbitrary real vector: 0 one time in five (the boundary where sign g_i = 0 and
 * the step leaves that coordinate alone), else ±(log-uniform in [1e-6, 1e3]).
 */
export const realCoordinate: fc.Arbitrary<number> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.tuple(fc.boolean(), arb.logUniform(1e-6, 1e3)).map(([neg, m]) => (neg ? -m : m)) },
);

export const realVector = (d: number): fc.Arbitrary<Float64Array> =>
  fc.array(realCoordinate, { minLength: d, maxLength: d }).map((xs) => Float64Array.from(xs));

/** One sign step x⁺ = x − γ·sign(g) of SignSGD on a random (L0,L1)-smooth function. */
export interface SignStepInstance {
  readonly fn: FunctionSpec;
  readonly x: Float64Array;
  readonly gamma: number;
  /** The stochastic gradient the step acted on: any real vector (the derivation holds for every g). */
  readonly g: Float64Array;
}

/**
 * Random (L0,L1)-smooth functions with proved constants (src/functions, closure rules), x ∈ [−2, 2]^d
 * (coordinates 0 or log-uniform in magnitude), γ log-uniform in [1e-6, 1] (so x⁺ stays in [−3, 3]^d,
 * where the random functions' values are finite), g any real vector.
 */
export const signStepInstances: fc.Arbitrary<SignStepInstance> = smoothFunctionArbitrary().chain((fn) => {
  const d = specDim(fn);
  return fc.record({ fn: fc.constant(fn), x: arb.startingPoint(d, 2), gamma: arb.stepsize({ lo: 1e-6, hi: 1 }), g: realVector(d) });
});

export function stepOf({ fn, x, gamma, g }: SignStepInstance): { f: SmoothFunction; x: Float64Array; next: Float64Array; s: Float64Array } {
  const f = functionFromSpec(fn);
  const s = signVector(g);
  return { f, x, next: Float64Array.from(x, (xi, i) => xi - gamma * s[i]), s };
}

export const stepClassify = ({ fn, g }: SignStepInstance): string => `${fn.family}${g.some((v) => v === 0) ? ", g has a zero coordinate" : ""}`;

/** The hypotheses common to the derivation steps on one sign step. */
export const SIGN_STEP_HYPOTHESES = [
  "f satisfies Assumption 2 (sup form) with its declared (L0, L1): random functions of src/functions (exp, logistic, ‖x‖^p/p, Σcosh, double well, Σ log cosh, softmax CE, polynomials) under the closure rules",
  "x ∈ [−2, 2]^d, γ ∈ [1e-6, 1], x⁺ = x − γ·sign(g) for any g ∈ R^d (coordinates 0 or ±[1e-6, 1e3], sign(0) = 0)",
];

/** A non-negative constant: 0 one time in five (the boundary), else log-uniform in [lo, hi]. */
export const nonNegative = (lo: number, hi: number): fc.Arbitrary<number> =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: arb.logUniform(lo, hi) });

/** A dimension d log-uniform in [1, max] (integers; d = 1 and d = max are drawn). */
export const dimensionLog = (max: number): fc.Arbitrary<number> =>
  fc.oneof({ weight: 4, arbitrary: arb.iterations({ min: 1, max }) }, { weight: 1, arbitrary: fc.constant(max) });

/** The function families the random (L0,L1)-smooth functions are drawn from (leaves and closure rules). */
export const FUNCTION_FAMILIES = [
  "coshSum",
  "powerNorm",
  "exp",
  "logistic",
  "doubleWell",
  "logCoshSum",
  "softmaxCE",
  "polynomial1d",
  "scaled",
  "affine",
  "sum",
  "plusBoundedGradient",
];

/** v clamped into [lo, hi]. */
export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** Coordinates with their magnitudes clamped into [lo, hi] (0 stays 0, signs kept): what a search may write back. */
export const clampMagnitudes = (v: number[] | number, lo: number, hi: number): Float64Array =>
  Float64Array.from(typeof v === "number" ? [v] : v, (t) => (t === 0 ? 0 : Math.sign(t) * clamp(Math.abs(t), lo, hi)));

/** A vector parameter of sign × log-uniform coordinates with 0 as a boundary value, movable by the search. */
export function coordinatesParameter<I>(
  name: string,
  range: readonly [number, number],
  read: (i: I) => Float64Array,
  write: (i: I, v: Float64Array) => I,
  zero = "0",
): Parameter<I> {
  return param.log(name, range, read, {
    write: (i, v) => write(i, clampMagnitudes(v, range[0], range[1])),
    boundaries: [param.at(`${zero} (a zero coordinate)`, 0)],
  });
}

/** A scalar log-uniform parameter movable by the search (clamped into its range). */
export function logParameter<I>(
  name: string,
  range: readonly [number, number],
  read: (i: I) => number,
  write: (i: I, v: number) => I,
  boundaries: ReturnType<typeof param.at>[] = [],
): Parameter<I> {
  return param.log(name, range, read, { write: (i, v) => write(i, v === 0 ? 0 : clamp(v as number, range[0], range[1])), boundaries });
}

/** The parameters of one sign step: x, γ and g (movable), the dimension and the function's family. */
export const signStepParameters: Parameter<SignStepInstance>[] = [
  coordinatesParameter(
    "|x_i|",
    [2e-6, 2],
    (i) => i.x,
    (i, x) => ({ ...i, x }),
  ),
  logParameter(
    "γ",
    [1e-6, 1],
    (i) => i.gamma,
    (i, gamma) => ({ ...i, gamma }),
    [param.at("γ = 1", 1)],
  ),
  coordinatesParameter(
    "|g_i|",
    [1e-6, 1e3],
    (i) => i.g,
    (i, g) => ({ ...i, g }),
    "g_i = 0 (sign 0)",
  ),
  param.integer("d", [1, 6], (i) => i.x.length),
  param.categorical("family", FUNCTION_FAMILIES, (i) => i.fn.family),
];

/** A sign step with g = 0 does not move: both sides of a step inequality are 0 (counted apart from the slack). */
export const signStepNoStep = (i: SignStepInstance): string | undefined => (i.g.every((v) => v === 0) ? "g = 0: no step (x^{k+1} = x^k)" : undefined);

/** δ ∈ [lo, hi] ⊂ (0, 1) as a log parameter, movable (clamped into its range). */
export function deltaParameter<I extends { readonly delta: number }>(range: readonly [number, number]): Parameter<I> {
  return logParameter<I>(
    "δ",
    range,
    (i) => i.delta,
    (i, delta) => ({ ...i, delta }),
    [param.at("δ > 1/e (log(1/δ) < 1)", (v) => (v as number) > Math.exp(-1))],
  );
}

/** An integer drawn log-uniformly (T, B, …), movable: the search moves log10 of it and the write rounds. */
export function integerLogParameter<I>(name: string, range: readonly [number, number], read: (i: I) => number, write: (i: I, v: number) => I): Parameter<I> {
  return param.log(name, range, read, { write: (i, v) => write(i, Math.round(clamp(v as number, range[0], range[1]))) });
}

/** The noise law's family (categorical) and κ (linear on (1, 2]; not movable alone: the law's tail parameter bounds it). */
export function noiseParameters<I>(
  read: (i: I) => { readonly noise: { readonly law: string }; readonly kappa: number },
  laws: readonly string[] = NOISE_LAWS,
): Parameter<I>[] {
  return [param.categorical("law", laws, (i) => read(i).noise.law), param.linear("κ", [1, 2], (i) => read(i).kappa, { boundaries: [param.at("κ = 2", 2)] })];
}
