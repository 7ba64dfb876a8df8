/**
 * Softmax cross-entropy of one sample as a function of the weights W ∈ ℝ^{K×m} (flattened row by
 * row): ℓ(W) = LSE(Wa) − (Wa)_y (docs/seed-errata.md, background: function families). With p = softmax(Wa): ∇ℓ = (p − e_y)aᵀ and
 * ∇²ℓ = (diag p − ppᵀ) ⊗ aaᵀ, so ‖∇²ℓ‖ = ‖a‖²λ_max(diag p − ppᵀ). Declared (0, 2‖a‖): λ_max ≤
 * tr = Σp_k(1 − p_k) ≤ 2(1 − p_y) ≤ 2‖p − e_y‖ (since Σ_{k≠y}p_k(1 − p_k) ≤ 1 − p_y). inf ℓ = 0, not
 * attained. 1 − p_k is always a sum of the other p's (the review's false ratio 1.618 came from
 * computing it by cancellation).
 */
import { InputError } from "../core/errors.ts";
import { requireFiniteVector, requireInteger } from "../core/validate.ts";
import { norm2, type Vector } from "../core/vector.ts";
import { requirePoint } from "./requirePoint.ts";
import { softmaxCovarianceNorm, softmaxWithComplement } from "./softplus.ts";
import type { SmoothFunction } from "./types.ts";

/** The softmax cross-entropy of one sample a with label y among K classes. */
export function softmaxCrossEntropy(a: ArrayLike<number>, y: number, K: number): SmoothFunction {
  const av = Float64Array.from(a);
  if (av.length < 1) throw new InputError("a", av, "a vector of length ≥ 1");
  requireFiniteVector("a", av);
  requireInteger("K", K, 2);
  requireInteger("y", y, 0, K - 1);
  const m = av.length;
  const d = K * m;
  const na = norm2(av);
  // a = 0 makes f constant (f* = f(0) ≠ 0): not a member of the family with the declared constants.
  if (na === 0) throw new InputError("a", "the zero vector", "a vector with a non-zero entry");
  const z = new Float64Array(K);
  const p = new Float64Array(K);
  const q = new Float64Array(K);
  const logits = (W: Vector) => {
    requirePoint("W", W, d);
    for (let k = 0; k < K; k++) {
      let s = 0;
      for (let j = 0; j < m; j++) s += W[k * m + j] * av[j];
      z[k] = s;
    }
    softmaxWithComplement(z, p, q);
  };
  return {
    name: "softmaxCrossEntropy",
    dim: d,
    spec: { family: "softmaxCE", a: Array.from(av), y, K },
    value(W) {
      logits(W);
      let top = -Infinity;
      for (let k = 0; k < K; k++) top = Math.max(top, z[k]);
      let s = 0;
      for (let k = 0; k < K; k++) if (k !== y) s += Math.exp(z[k] - top);
      // y the arg-max: ℓ = log1p(Σ_{k≠y} e^{z_k − z_y}) keeps tiny losses accurate; otherwise shift by the max.
      return z[y] === top ? Math.log1p(s) : top - z[y] + Math.log(s + Math.exp(z[y] - top));
    },
    gradient(W, out: Vector = new Float64Array(d)) {
      logits(W);
      for (let k = 0; k < K; k++) {
        const c = k === y ? -q[k] : p[k];
        for (let j = 0; j < m; j++) out[k * m + j] = c * av[j];
      }
      return out;
    },
    hessianVector(W, V, out: Vector = new Float64Array(d)) {
      logits(W);
      const u = new Float64Array(K);
      let pu = 0;
      for (let k = 0; k < K; k++) {
        let s = 0;
        for (let j = 0; j < m; j++) s += V[k * m + j] * av[j];
        u[k] = s;
        pu += p[k] * s;
      }
      for (let k = 0; k < K; k++) {
        const t = p[k] * (u[k] - pu);
        for (let j = 0; j < m; j++) out[k * m + j] = t * av[j];
      }
      return out;
    },
    hessianNorm(W) {
      logits(W);
      return na * na * softmaxCovarianceNorm(p, q);
    },
    fStar: 0,
    fStarAttained: false, // inf 0 approached as the margin grows, never reached (a = 0 is refused)
    convex: true,
    smoothness: { L0: 0, L1: 2 * na, proof: "λ_max(diag p − ppᵀ) ≤ tr ≤ 2(1 − p_y) ≤ 2‖p − e_y‖, and ‖∇ℓ‖ = ‖p − e_y‖‖a‖" },
  };
}
