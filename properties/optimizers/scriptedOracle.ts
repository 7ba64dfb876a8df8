/**
 * A gradient oracle that returns a script of vectors in turn (call n gets script[n mod length]) and draws
 * nothing from the stream: with it a test knows every g^k a method sees, so it can replay the method's step by
 * hand (majority votes, compressors, error feedback) and compare iterates, memories and bit counts exactly.
 * `fn` is the function the oracle claims to sample (its gradient is what trajectory statistics compare with);
 * `gradientCalls` counts evaluations of fn.gradient made through the oracle's fn.
 */
import type { GradientOracle, SmoothFunction, Vector } from "signcheck";

export interface ScriptedOracle extends GradientOracle {
  readonly gradientCalls: () => number;
}

export function scriptedOracle(fn: SmoothFunction, script: readonly (readonly number[])[]): ScriptedOracle {
  let n = 0;
  let gradientCalls = 0;
  const counted: SmoothFunction = {
    ...fn,
    value: (x) => fn.value(x),
    gradient(x: Vector, out?: Vector) {
      gradientCalls++;
      return fn.gradient(x, out);
    },
    hessianNorm: (x) => fn.hessianNorm(x),
  };
  return {
    fn: counted,
    dim: fn.dim,
    batch: 1,
    calls: 0,
    sample(_x, _stream, out) {
      out.set(script[n++ % script.length]);
      this.calls++;
      return out;
    },
    gradientCalls: () => gradientCalls,
  };
}
