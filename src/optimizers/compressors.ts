/**
 * Compressors C(u), each a gradient transformation that encodes the worker's message, and error
 * feedback around any of them:
 *   scaledSign:  C(p) = (‖p‖₁/d)·sign(p)  — ‖C(p) − p‖₂² = ‖p‖₂² − ‖p‖₁²/d          (karimireddy19, Alg. 3 / §3)
 *   qsgd(s):     C(v)_i = ‖v‖₂·sign(v_i)·ξ_i/s, ξ_i = ℓ + Bernoulli(|v_i|s/‖v‖₂ − ℓ),
 *                ℓ = ⌊|v_i|s/‖v‖₂⌋ — unbiased, E C(v) = v                           (alistarh17, §3.1)
 *   topK(k):     keep the k entries of largest |v_i| (ties: lower index first)       (stich18, §2)
 *   randomK(k):  keep k entries chosen uniformly without replacement (×d/k when
 *                `unbiased`)                                                          (stich18, §2)
 *   errorFeedback(C): p = u + e, u ← C(p), e ← p − C(p), e⁰ = 0                        (karimireddy19, Alg. 2)
 * With chain(scaleBy(γ), errorFeedback(C)) the virtual iterate x − e follows SGD: x̃^{k+1} = x̃^k − γ_k g^k.
 */
import { InputError } from "../core/errors.ts";
import { requireInteger } from "../core/validate.ts";
import { norm1, norm2, type Vector } from "../core/vector.ts";
import { qsgdBits, requireFloatBits, signMessageBits, sparseBits, type FloatBits } from "./communication.ts";
import { hasZero } from "./transforms.ts";
import type { ChainState } from "./chainOptimizer.ts";
import { noState, type Transform } from "./transform.ts";
import type { OptimizerState } from "./types.ts";

export function scaledSign({ floatBits = 32 }: { floatBits?: FloatBits } = {}): Transform<null> {
  requireFloatBits(floatBits);
  return {
    name: "scaledSign",
    init: noState,
    update(u: Vector): void {
      const c = norm1(u) / u.length;
      // Stryker disable next-line EqualityOperator: a typed array ignores the write at index u.length
      for (let i = 0; i < u.length; i++) {
        const v = u[i];
        u[i] = v > 0 ? c : v < 0 ? -c : 0;
      }
    },
    messageBits: (u: Vector) => floatBits + signMessageBits(u.length, hasZero(u)),
  };
}

export function qsgd(s: number, { floatBits = 32 }: { floatBits?: FloatBits } = {}): Transform<null> {
  requireInteger("s", s, 1);
  requireFloatBits(floatBits);
  return {
    name: `qsgd(${s})`,
    init: noState,
    update(u: Vector, _ts: null, state: OptimizerState): void {
      const n = norm2(u);
      if (n === 0) return;
      for (let i = 0; i < u.length; i++) {
        const r = (Math.abs(u[i]) / n) * s;
        const l = Math.min(Math.floor(r), s);
        // Stryker disable next-line EqualityOperator: a uniform draw equals r − ℓ with probability at most 2⁻⁵³
        const level = state.stream.next() < r - l ? l + 1 : l;
        // u_i = 0 has level 0, so sign(0) = 0 needs no branch.
        u[i] = (Math.sign(u[i]) * n * level) / s;
      }
    },
    messageBits: (u: Vector) => qsgdBits(u.length, s, floatBits),
  };
}

export function topK(k: number, { floatBits = 32 }: { floatBits?: FloatBits } = {}): Transform<Uint8Array> {
  requireInteger("k", k, 1);
  requireFloatBits(floatBits);
  return {
    name: `topK(${k})`,
    init: (d) => {
      requireInteger("k", k, 1, d);
      return new Uint8Array(d);
    },
    // O(k·d) selection: k passes for the largest unchosen |u_i|; allocation-free.
    update(u: Vector, keep: Uint8Array): void {
      keep.fill(0);
      for (let j = 0; j < k; j++) {
        let best = 0; // always replaced: the first unchosen |u_i| ≥ 0 beats bestAbs = −1
        let bestAbs = -1;
        // Stryker disable next-line EqualityOperator: |u[u.length]| is NaN, never the largest
        for (let i = 0; i < u.length; i++) {
          const a = Math.abs(u[i]);
          if (!keep[i] && a > bestAbs) {
            best = i;
            bestAbs = a;
          }
        }
        keep[best] = 1;
      }
      // Stryker disable next-line EqualityOperator: a typed array ignores the write at index u.length
      for (let i = 0; i < u.length; i++) if (!keep[i]) u[i] = 0;
    },
    messageBits: (u: Vector) => sparseBits(u.length, k, floatBits),
  };
}

interface RandomKState {
  readonly perm: Int32Array;
  readonly keep: Uint8Array;
}

export function randomK(k: number, { unbiased = false, floatBits = 32 }: { unbiased?: boolean; floatBits?: FloatBits } = {}): Transform<RandomKState> {
  requireInteger("k", k, 1);
  requireFloatBits(floatBits);
  return {
    name: `randomK(${k}${unbiased ? ", unbiased" : ""})`,
    init: (d) => {
      requireInteger("k", k, 1, d);
      return { perm: Int32Array.from({ length: d }, (_, i) => i), keep: new Uint8Array(d) };
    },
    update(u: Vector, { perm, keep }: RandomKState, state: OptimizerState): void {
      const d = u.length;
      keep.fill(0);
      // Partial Fisher–Yates: the first k entries of perm are a uniform k-subset.
      for (let j = 0; j < k; j++) {
        const r = j + state.stream.int(d - j);
        const t = perm[j];
        perm[j] = perm[r];
        perm[r] = t;
        keep[perm[j]] = 1;
      }
      const c = unbiased ? d / k : 1;
      // Stryker disable next-line EqualityOperator: a typed array ignores the write at index d
      for (let i = 0; i < d; i++) u[i] = keep[i] ? c * u[i] : 0;
    },
    messageBits: (u: Vector) => sparseBits(u.length, k, floatBits),
  };
}

export interface ErrorFeedbackState<TS> {
  /** Marks the state of an error-feedback transformation, so that `errorMemory` finds it in a chain. */
  readonly kind: "error-feedback";
  /** Error memory e^k. */
  readonly e: Vector;
  readonly inner: TS;
}

/**
 * The error memory e^k of an optimizer built with `errorFeedback` (EF-SignSGD, compressed SGD with EF): the
 * vector the next step adds to its update before compressing. Throws InputError for an optimizer state that
 * has no error feedback.
 */
export function errorMemory(state: OptimizerState): Vector {
  const ef = (state as Partial<ChainState>).states?.find((s): s is ErrorFeedbackState<unknown> => (s as { kind?: unknown } | null)?.kind === "error-feedback");
  if (ef === undefined)
    throw new InputError("state", "an optimizer state without error feedback", "the state of an optimizer built with errorFeedback (e.g. efSignSgd)");
  return ef.e;
}

export function errorFeedback<TS>(compressor: Transform<TS>): Transform<ErrorFeedbackState<TS>> {
  return {
    name: `errorFeedback(${compressor.name})`,
    init: (d) => ({ kind: "error-feedback", e: new Float64Array(d), inner: compressor.init(d) }),
    update(u: Vector, { e, inner }: ErrorFeedbackState<TS>, state: OptimizerState): void {
      // Stryker disable next-line EqualityOperator: a typed array ignores the writes at index u.length
      for (let i = 0; i < u.length; i++) {
        u[i] += e[i];
        e[i] = u[i];
      }
      compressor.update(u, inner, state);
      // Stryker disable next-line EqualityOperator: a typed array ignores the write at index u.length
      for (let i = 0; i < u.length; i++) e[i] -= u[i];
    },
    messageBits: compressor.messageBits ? (u: Vector, ts: ErrorFeedbackState<TS>) => compressor.messageBits!(u, ts.inner) : undefined,
  };
}
