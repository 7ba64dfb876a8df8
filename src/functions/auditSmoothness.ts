/**
 * The smoothness auditor: given a function and a claimed (L0, L1), search for a violation of the
 * Hessian form, the sup form of Assumption 2 and the inequalities (1), (2) of the seed's Lemma 1 and
 * their sharp forms (see `smoothnessSides`). The search is fast-check over points (a bulk of
 * coordinates in [−radius, radius] and a share of extreme ones in [−extremeRadius, extremeRadius]),
 * preceded by a local maximisation of the violation ratio lhs/rhs from the best sampled points; the
 * best point of that climb is fed to fast-check as an example, so a violation found either way comes
 * back shrunk. A result reports the worst ratio met and, when lhs > rhs beyond round-off
 * (TOL.claim), the shrunk counterexample. Sampling can only reject a pair; validity needs a proof
 * (docs/seed-errata.md, background: function families). Also: a sampled lower bound on the least L0 for a given L1, and the empirical
 * (gradient norm, local smoothness) relation along a trajectory (Zhang et al. 2020, Fig. 1).
 */
import fc from "fast-check";
import { climb } from "../core/climb.ts";
import { InputError } from "../core/errors.ts";
import { Stream } from "../core/stream.ts";
import { TOL, type Tolerance } from "../core/tolerance.ts";
import { requireInteger, requireNonNegative, requirePositive } from "../core/validate.ts";
import { dist2, norm2, type Vector } from "../core/vector.ts";
import { SMOOTHNESS_FORMS, sidesRatio, sidesViolate, smoothnessSides, type SmoothnessConstants, type SmoothnessForm } from "./smoothnessSides.ts";
import type { SmoothFunction } from "./types.ts";

/** Options of `auditSmoothness`: seed, number of pairs, radius. */
export interface SmoothnessAuditOptions {
  readonly forms?: readonly SmoothnessForm[];
  readonly seed?: number;
  /** Random points (or pairs) per form (default 300). */
  readonly numRuns?: number;
  /** Bulk coordinates are drawn from [−radius, radius] (default 4). */
  readonly radius?: number;
  /** One coordinate in five is drawn from [−extremeRadius, extremeRadius] (default 40). */
  readonly extremeRadius?: number;
  /** Best sampled points the local maximisation starts from, and its steps (defaults 4 and 80). */
  readonly climbStarts?: number;
  readonly climbSteps?: number;
  /** Evaluations fast-check may spend shrinking a violation (default 300; the last failing draw is kept). */
  readonly maxShrinks?: number;
  readonly tolerance?: Tolerance;
}

/** A point (hessian form) or a pair y = x + 10^s·v (other forms), as fast-check draws it. */
type Draw = [number[], number[], number];

/** What `auditSmoothness` found for one form. */
export interface FormAudit {
  readonly form: SmoothnessForm;
  readonly worstRatio: number;
  readonly worst: { x: number[]; y?: number[]; lhs: number; rhs: number };
  readonly evaluated: number;
  /** Draws skipped because a value overflowed (non-finite sides); they decide nothing. */
  readonly nonFinite: number;
  readonly violated: boolean;
  readonly counterexample?: { x: number[]; y?: number[]; lhs: number; rhs: number; ratio: number; fcSeed: number; path?: string };
}

/** The result of `auditSmoothness`: per form, the worst pair found and whether it violates. */
export interface SmoothnessAudit {
  readonly function: string;
  readonly L0: number;
  readonly L1: number;
  readonly violated: boolean;
  readonly forms: readonly FormAudit[];
}

function toPoints(form: SmoothnessForm, [x, v, s]: Draw): { x: Vector; y?: Vector } {
  const xv = Float64Array.from(x);
  if (form === "hessian") return { x: xv };
  const step = 10 ** s;
  return { x: xv, y: Float64Array.from(x, (xi, i) => xi + step * v[i]) };
}

/** Checks every form of (L0,L1)-smoothness of a function at many random point pairs and reports the worst ratios. */
export function auditSmoothness(f: SmoothFunction, constants: SmoothnessConstants, options: SmoothnessAuditOptions = {}): SmoothnessAudit {
  const {
    forms = SMOOTHNESS_FORMS,
    seed = 1,
    numRuns = 300,
    radius = 4,
    extremeRadius = 40,
    climbStarts = 4,
    climbSteps = 80,
    maxShrinks = 300,
    tolerance = TOL.claim,
  } = options;
  requireInteger("numRuns", numRuns, 1);
  requirePositive("radius", radius);
  requirePositive("extremeRadius", extremeRadius);
  for (const form of forms) if (!SMOOTHNESS_FORMS.includes(form)) throw new InputError("forms", form, SMOOTHNESS_FORMS.join(", "));
  const d = f.dim;
  const outer = Math.max(radius, extremeRadius);
  const coord = (bound: number) => fc.double({ min: -bound, max: bound, noNaN: true });
  const coordinate = fc.oneof({ weight: 4, arbitrary: coord(radius) }, { weight: 1, arbitrary: coord(extremeRadius) });
  const point = fc.array(coordinate, { minLength: d, maxLength: d });
  const draws: fc.Arbitrary<Draw> = fc.tuple(point, fc.array(coord(radius), { minLength: d, maxLength: d }), fc.double({ min: -4, max: 0, noNaN: true }));

  const results = forms.map((form): FormAudit => {
    let worst: FormAudit["worst"] = { x: [], lhs: 0, rhs: 0 };
    let worstRatio = 0;
    let evaluated = 0;
    let nonFinite = 0;
    const evaluate = (draw: Draw) => {
      const { x, y } = toPoints(form, draw);
      if (!x.every(Number.isFinite) || (y && !y.every(Number.isFinite))) return undefined;
      const sides = smoothnessSides(f, constants, form, x, y);
      evaluated++;
      if (!Number.isFinite(sides.lhs) || !Number.isFinite(sides.rhs) || !Number.isFinite(sides.roundoff)) {
        nonFinite++;
        return undefined;
      }
      const ratio = sidesRatio(sides);
      if (ratio > worstRatio || evaluated === 1) {
        worstRatio = ratio;
        worst = { x: Array.from(x), ...(y && { y: Array.from(y) }), lhs: sides.lhs, rhs: sides.rhs };
      }
      return { sides, ratio };
    };
    // Local maximisation of the ratio from the best sampled draws (seeded; a multiplicative random walk).
    const sample = fc.sample(draws, { seed, numRuns });
    const scored = sample.map((dr) => ({ dr, ratio: evaluate(dr)?.ratio ?? -Infinity })).sort((a, b) => b.ratio - a.ratio);
    const stream = new Stream(`auditSmoothness|${seed}|${form}|${f.name}`);
    let climbed: Draw | undefined;
    let climbedRatio = -Infinity;
    for (const { dr, ratio } of scored.slice(0, climbStarts)) {
      // Proposals stay inside the arbitrary's ranges, so the climbed draw is a valid (shrinkable) example.
      const propose = (cur: Draw, step: number): Draw => [
        cur[0].map((t) => clamp(t + step * (1 + Math.abs(t)) * stream.normal(), outer)),
        cur[1].map((t) => clamp(t + step * (1 + Math.abs(t)) * stream.normal(), radius)),
        Math.max(-4, Math.min(0, cur[2] + step * stream.normal())),
      ];
      const top = climb<Draw>([dr[0].slice(), dr[1].slice(), dr[2]], ratio, propose, (next) => evaluate(next)?.ratio ?? -Infinity, climbSteps);
      if (top.value > climbedRatio) {
        climbed = top.at;
        climbedRatio = top.value;
      }
    }
    let failures = 0;
    let afterFailure = 0;
    const property = fc.property(draws, (dr) => {
      // Shrinking is capped deterministically: past maxShrinks evaluations every candidate "passes",
      // so fast-check stops with the last failing (partly shrunk) draw.
      if (failures > 0 && ++afterFailure > maxShrinks) return true;
      const e = evaluate(dr);
      const bad = e !== undefined && sidesViolate(e.sides, tolerance);
      if (bad) failures++;
      return !bad;
    });
    const examples: [Draw][] = climbed ? [[climbed]] : [];
    // A seed other than the sample's, so the fast-check run draws points the climb has not started from.
    const out = fc.check(property, { seed: seed + 1, numRuns, examples });
    let counterexample: FormAudit["counterexample"];
    if (out.failed && out.counterexample) {
      const { x, y } = toPoints(form, out.counterexample[0]);
      const s = smoothnessSides(f, constants, form, x, y);
      counterexample = {
        x: Array.from(x),
        ...(y && { y: Array.from(y) }),
        lhs: s.lhs,
        rhs: s.rhs,
        ratio: sidesRatio(s),
        fcSeed: seed + 1,
        path: out.counterexamplePath ?? undefined,
      };
    }
    return { form, worstRatio, worst, evaluated, nonFinite, violated: counterexample !== undefined, ...(counterexample && { counterexample }) };
  });
  return { function: f.name, L0: constants.L0, L1: constants.L1, violated: results.some((r) => r.violated), forms: results };
}

function clamp(t: number, bound: number): number {
  return Math.max(-bound, Math.min(bound, t));
}

/**
 * A sampled lower bound on the least valid L0 for a given L1: max over points of
 * ‖∇²f(x)‖ − L1‖∇f(x)‖ (every valid pair (L0, L1) has L0 at least this), with the same point search
 * and local maximisation as the auditor.
 */
export function minimalL0LowerBound(
  f: SmoothFunction,
  L1: number,
  options: Omit<SmoothnessAuditOptions, "forms" | "tolerance"> = {},
): { L0: number; at: number[] } {
  requireNonNegative("L1", L1);
  const { seed = 1, numRuns = 300, radius = 4, climbSteps = 80 } = options;
  const d = f.dim;
  const pts = fc.sample(fc.array(fc.double({ min: -radius, max: radius, noNaN: true }), { minLength: d, maxLength: d }), { seed, numRuns });
  const gap = (x: number[]) => {
    const xv = Float64Array.from(x);
    const v = f.hessianNorm(xv) - L1 * norm2(f.gradient(xv));
    return Number.isFinite(v) ? v : -Infinity;
  };
  let best = pts[0];
  let bestGap = gap(best);
  for (const p of pts) {
    const g = gap(p);
    if (g > bestGap) [best, bestGap] = [p, g];
  }
  const stream = new Stream(`minimalL0LowerBound|${seed}|${f.name}|${L1}`);
  const top = climb(best, bestGap, (cur, step) => cur.map((t) => t + step * (1 + Math.abs(t)) * stream.normal()), gap, climbSteps);
  return { L0: Math.max(0, top.value), at: top.at };
}

/**
 * Along a trajectory x_1, …, x_T: the gradient norm ‖∇f(x_k)‖ and the local smoothness
 * ‖∇f(x_{k+1}) − ∇f(x_k)‖/‖x_{k+1} − x_k‖ (Zhang et al. 2020 plot one against the other), and the
 * least L0 that the observed points allow for a given L1.
 */
export function trajectorySmoothness(
  f: SmoothFunction,
  xs: readonly Vector[],
): { points: { gradNorm: number; localSmoothness: number }[]; L0For(L1: number): number } {
  if (xs.length < 2) throw new InputError("xs", `${xs.length} points`, "a trajectory of at least 2 points");
  const points: { gradNorm: number; localSmoothness: number }[] = [];
  let g = f.gradient(xs[0]);
  for (let k = 0; k + 1 < xs.length; k++) {
    const gNext = f.gradient(xs[k + 1]);
    const step = dist2(xs[k], xs[k + 1]);
    if (step > 0) points.push({ gradNorm: norm2(g), localSmoothness: dist2(g, gNext) / step });
    g = gNext;
  }
  return {
    points,
    L0For(L1: number) {
      requireNonNegative("L1", L1);
      return points.reduce((m, p) => Math.max(m, p.localSmoothness - L1 * p.gradNorm), 0);
    },
  };
}
