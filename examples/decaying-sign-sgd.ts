// An optimizer of your own: sign descent with stepsize γ/√k, checked by signcheck's contract suites (decaying-sign-sgd.test.ts).
import { requireFiniteVector, requireInteger, requirePositive, signMessageBits, type Optimizer, type OptimizerState, type Vector } from "signcheck";

export interface DecayingSignSgdState extends OptimizerState {
  readonly g: Vector; // the stochastic gradient whose signs the step takes (the laws read it)
  readonly gamma: number;
  bitsUp: number;
  bitsDown: number;
}

export const decayingSignSgd: Optimizer<{ gamma: number }, DecayingSignSgdState> = {
  name: "decayingSignSgd",
  init(x0, params, stream) {
    requireInteger("x0.length", x0.length, 1);
    requireFiniteVector("x0", x0);
    requirePositive("gamma", params.gamma);
    return { x: Float64Array.from(x0), k: 1, stream, g: new Float64Array(x0.length), gamma: params.gamma, bitsUp: 0, bitsDown: 0 };
  },
  step(state, oracle, grad) {
    const { x, g } = state;
    oracle.sample(x, state.stream, g, grad); // the oracle checks the dimension and draws from the state's stream
    const gamma = state.gamma / Math.sqrt(state.k);
    let zeros = 0;
    for (let i = 0; i < x.length; i++) {
      x[i] -= gamma * (+(g[i] > 0) - +(g[i] < 0)); // sign(0) = 0, and no allocation in the loop
      zeros += +(g[i] === 0);
    }
    state.bitsUp += signMessageBits(x.length, zeros > 0);
    state.bitsDown += signMessageBits(x.length, zeros > 0);
    state.k++;
  },
};
