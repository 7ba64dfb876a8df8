/**
 * MajorityVote-SignSGD with M workers (bernstein18, Alg. 3; bernstein19, Alg. 1):
 *   x^{k+1} = x^k − γ_k·sign(Σ_{m=1}^M sign(g_m^k)),  g_m^k independent stochastic gradients,
 * computed on packed sign words (packedSigns.ts); sign(0) = 0, a tied vote gives 0. Adversaries: the
 * first A = ⌊αM⌋ workers send, instead of sign(g_m),
 *   "invert": −sign(g_m)              (blind; bernstein19's class: "invert … their gradient estimate")
 *   "random": ±1 with probability ½   (blind; "randomise"), drawn as U < ½ ? −1 : +1
 *   "wrong":  −sign(∇f(x^k))           (omniscient, always wrong; outside bernstein19's class, docs/seed-errata.md, background: majority vote)
 * Uplink: each worker's sign message (d bits, 2d with zeros); downlink: the vote (same encoding).
 * Worker m draws from the step's oracle (i.i.d. workers), or from `workers[m]` when given.
 */
import { InputError } from "../core/errors.ts";
import type { Stream } from "../core/stream.ts";
import { requireFiniteVector, requireInRange, requireInteger, requirePositive } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";
import type { GradientOracle } from "../oracles/gradientOracle.ts";
import { signMessageBits } from "./communication.ts";
import { counterBits, majorityPacked, packSigns, unpackSigns, wordsFor } from "./packedSigns.ts";
import { toSchedule, type Schedule, type ScheduleLike } from "./schedule.ts";
import type { Optimizer, OptimizerState } from "./types.ts";

/** How adversarial workers vote: `invert`, `random` or `wrong`. */
export type AdversaryModel = "invert" | "random" | "wrong";
/** The adversary models. */
export const ADVERSARY_MODELS: readonly AdversaryModel[] = ["invert", "random", "wrong"];

/** Parameters of the majority vote: stepsize, number of workers M, adversaries. */
export interface MajorityVoteParams {
  readonly gamma: ScheduleLike;
  readonly M: number;
  readonly adversary?: { readonly model: AdversaryModel; readonly alpha: number };
  /** Optional per-worker oracles (length M); by default every worker samples the step's oracle. */
  readonly workers?: readonly GradientOracle[];
}

/** State of the majority vote. */
export interface MajorityVoteState extends OptimizerState {
  /** The vote sign(Σ_m sign g_m) of the last step, unpacked. */
  readonly g: Vector;
  readonly gamma: Schedule;
  readonly M: number;
  /** Number of adversarial workers A = ⌊αM⌋ and their model. */
  readonly adversaries: number;
  readonly model: AdversaryModel;
  readonly workerOracles?: readonly GradientOracle[];
  readonly gm: Vector;
  readonly trueGrad: Vector;
  /** Uniforms for the random adversaries' signs, drawn in one fill (a per-coordinate call would box doubles). */
  readonly coins: Vector;
  readonly pos: Uint32Array;
  readonly neg: Uint32Array;
  readonly counters: Uint32Array;
  readonly votePos: Uint32Array;
  readonly voteNeg: Uint32Array;
  bitsUp: number;
  bitsDown: number;
  readonly workers: number;
}

/** SignSGD with majority vote over M workers, some of which may be adversaries. */
export const majorityVote: Optimizer<MajorityVoteParams, MajorityVoteState> = {
  name: "majorityVote",
  init(x0: Vector, params: MajorityVoteParams, stream: Stream): MajorityVoteState {
    requireInteger("x0.length", x0.length, 1);
    requireFiniteVector("x0", x0);
    const gamma = toSchedule("gamma", params.gamma, requirePositive);
    const M = requireInteger("M", params.M, 1);
    const alpha = requireInRange("alpha", params.adversary?.alpha ?? 0, 0, 1);
    const model = params.adversary?.model ?? "invert";
    if (!ADVERSARY_MODELS.includes(model)) throw new InputError("adversary.model", model, ADVERSARY_MODELS.join(", "));
    if (params.workers && params.workers.length !== M) throw new InputError("workers.length", params.workers.length, `M = ${M}`);
    const d = x0.length;
    const W = wordsFor(d);
    return {
      x: Float64Array.from(x0),
      k: 1,
      stream,
      g: new Float64Array(d),
      gamma,
      M,
      adversaries: Math.floor(alpha * M),
      model,
      workerOracles: params.workers,
      gm: new Float64Array(d),
      trueGrad: new Float64Array(d),
      coins: new Float64Array(d),
      pos: new Uint32Array(M * W),
      neg: new Uint32Array(M * W),
      counters: new Uint32Array(2 * counterBits(M) * W),
      votePos: new Uint32Array(W),
      voteNeg: new Uint32Array(W),
      bitsUp: 0,
      bitsDown: 0,
      workers: M,
    };
  },
  step(state: MajorityVoteState, oracle: GradientOracle, grad?: Vector): void {
    const { x, g, gm, trueGrad, coins, M, adversaries, model, pos, neg, stream } = state;
    const d = x.length;
    const W = (d + 31) >>> 5;
    const wrongSigns = adversaries > 0 && model === "wrong";
    if (wrongSigns && !grad) oracle.fn.gradient(x, trueGrad);
    const truth = wrongSigns && grad ? grad : trueGrad;
    for (let m = 0; m < M; m++) {
      const o = state.workerOracles ? state.workerOracles[m] : oracle;
      // A worker's own oracle may hold another function: ∇f(x) is passed only to oracles of the step's f.
      // Stryker disable next-line ConditionalExpression: without the hint an oracle of f evaluates ∇f(x) itself, to the same sample
      o.sample(x, stream, gm, o.fn === oracle.fn ? grad : undefined);
      if (m < adversaries) {
        if (model === "random") stream.fillUniform(coins);
        // Stryker disable next-line EqualityOperator: a typed array ignores the write at index d
        for (let i = 0; i < d; i++) {
          // Stryker disable next-line EqualityOperator: a uniform draw equals ½ with probability 2⁻⁵³
          gm[i] = model === "invert" ? -gm[i] : model === "random" ? (coins[i] < 0.5 ? -1 : 1) : -truth[i];
        }
      }
      state.bitsUp += signMessageBits(d, packSigns(gm, pos, neg, m * W));
    }
    majorityPacked(pos, neg, M, W, state.counters, state.votePos, state.voteNeg);
    unpackSigns(state.votePos, state.voteNeg, g);
    const gamma = state.gamma(state.k);
    if (!(gamma > 0 && gamma < Infinity)) throw new InputError(`gamma(${state.k})`, gamma, "a finite number > 0");
    let zero = false;
    // Stryker disable next-line EqualityOperator: a typed array ignores the write at index d
    for (let i = 0; i < d; i++) {
      x[i] -= gamma * g[i];
      if (g[i] === 0) zero = true;
    }
    state.bitsDown += signMessageBits(d, zero);
    state.k++;
  },
};
