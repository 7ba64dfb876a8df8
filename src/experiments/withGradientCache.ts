/**
 * A function whose gradient remembers its last point: when ∇f is asked again at the same x (bit for
 * bit), the stored gradient is copied instead of recomputed. Experiments evaluate ∇f(x^k) to record
 * ‖∇f(x^k)‖ and then the oracle evaluates it again at the same x^k for the stochastic gradient, and M
 * majority-vote workers each evaluate it at the same x^k; on a data-set objective each evaluation is a
 * pass over the data, so the cache makes a recorded, M-worker step cost one pass. Values, Hessians
 * and every other member are the wrapped function's own (delegated through the prototype, so lazy
 * members such as f* stay lazy).
 */
import type { Vector } from "../core/vector.ts";
import type { SmoothFunction } from "../functions/types.ts";

export interface CachedFunction extends SmoothFunction {
  /** Gradient evaluations actually computed (cache misses). */
  readonly evaluations: number;
}

export function withGradientCache(fn: SmoothFunction): CachedFunction {
  const d = fn.dim;
  const lastX = new Float64Array(d);
  const lastG = new Float64Array(d);
  let valid = false;
  let evaluations = 0;
  const cached = Object.create(fn) as CachedFunction;
  Object.defineProperties(cached, {
    evaluations: { get: () => evaluations },
    gradient: {
      value(x: Vector, out: Vector = new Float64Array(d)): Vector {
        let same = valid && x.length === d;
        for (let i = 0; same && i < d; i++) same = Object.is(x[i], lastX[i]);
        if (!same) {
          valid = false; // a throwing evaluation must not leave a half-written gradient behind
          fn.gradient(x, lastG);
          lastX.set(x);
          valid = true;
          evaluations++;
        }
        out.set(lastG);
        return out;
      },
    },
  });
  return cached;
}
