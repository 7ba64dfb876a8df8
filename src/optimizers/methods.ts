/**
 * The methods of the seed and its peers, each a chain of transformations (chainOptimizer.ts):
 *   sgd:           x ← x − γ_k g                                   (baseline)
 *   mSignSgd:      m ← βm + (1 − β)g, x ← x − γ_k sign(m)          (kornilov25, M-SignSGD; seedfinal)
 *   mSgd:          m ← βm + (1 − β)g, x ← x − γ_k m                (SGD with momentum in the same EMA form; seedfinal's M-SGD baseline)
 *   efSignSgd:     p = γ_k g + e, x ← x − (‖p‖₁/d)sign(p), e ← p − (‖p‖₁/d)sign(p)   (karimireddy19, Alg. 3)
 *   normalizedSgd: x ← x − γ_k g/‖g‖₂                              (hubler24)
 *   clippedSgd:    x ← x − γ_k min(1, λ/‖g‖₂) g                    (zhang20)
 *   l0l1Gd:        x ← x − g/(L0 + L1‖g‖₂)                          (gorbunov24, (L0,L1)-GD)
 *   compressedSgd: x ← x − γ_k C(g), or with error feedback p = γ_k g + e, x ← x − C(p), e ← p − C(p)
 * SignSGD itself is signSgd.ts, its one implementation (a law checks that chain(sign, scaleBy(γ)) built
 * from these transforms equals it bit for bit).
 */
import { requireFloatBits } from "./communication.ts";
import { chainOptimizer, type ChainParams } from "./chainOptimizer.ts";
import { errorFeedback, qsgd, randomK, scaledSign, topK } from "./compressors.ts";
import type { ScheduleLike } from "./schedule.ts";
import type { Transform } from "./transform.ts";
import { clip, l0l1Step, momentum, normalize, scaleBy, sign } from "./transforms.ts";
import { InputError } from "../core/errors.ts";

export interface StepParams extends ChainParams {
  /** Constant stepsize γ > 0 or a schedule k ↦ γ_k. */
  readonly gamma: ScheduleLike;
}

export const sgd = chainOptimizer<StepParams>("sgd", (p) => [scaleBy(p.gamma)]);

export const mSignSgd = chainOptimizer<StepParams & { readonly beta: ScheduleLike }>("mSignSgd", (p) => [momentum(p.beta), sign(), scaleBy(p.gamma)]);

export const mSgd = chainOptimizer<StepParams & { readonly beta: ScheduleLike }>("mSgd", (p) => [momentum(p.beta), scaleBy(p.gamma)]);

export const efSignSgd = chainOptimizer<StepParams>("efSignSgd", (p) => [scaleBy(p.gamma), errorFeedback(scaledSign({ floatBits: p.floatBits }))]);

export const normalizedSgd = chainOptimizer<StepParams>("normalizedSgd", (p) => [normalize(), scaleBy(p.gamma)]);

export const clippedSgd = chainOptimizer<StepParams & { readonly lambda: number }>("clippedSgd", (p) => [clip(p.lambda), scaleBy(p.gamma)]);

export const l0l1Gd = chainOptimizer<ChainParams & { readonly L0: number; readonly L1: number }>("l0l1Gd", (p) => [l0l1Step(p.L0, p.L1)]);

export type CompressorSpec =
  | { readonly kind: "scaledSign" }
  | { readonly kind: "qsgd"; readonly s: number }
  | { readonly kind: "topK"; readonly k: number }
  | { readonly kind: "randomK"; readonly k: number; readonly unbiased?: boolean };

export interface CompressedParams extends StepParams {
  readonly compressor: CompressorSpec;
  readonly errorFeedback?: boolean;
}

function compressorOf(spec: CompressorSpec, params: ChainParams): Transform {
  const floatBits = requireFloatBits(params.floatBits ?? 32);
  switch (spec?.kind) {
    case "scaledSign":
      return scaledSign({ floatBits }) as Transform;
    case "qsgd":
      return qsgd(spec.s, { floatBits }) as Transform;
    case "topK":
      return topK(spec.k, { floatBits }) as Transform;
    case "randomK":
      return randomK(spec.k, { unbiased: spec.unbiased, floatBits }) as Transform;
    default:
      throw new InputError("compressor.kind", (spec as { kind?: unknown })?.kind, "one of scaledSign, qsgd, topK, randomK");
  }
}

export const compressedSgd = chainOptimizer<CompressedParams>("compressedSgd", (p) => {
  const c = compressorOf(p.compressor, p);
  return p.errorFeedback ? [scaleBy(p.gamma), errorFeedback(c)] : [c, scaleBy(p.gamma)];
});
