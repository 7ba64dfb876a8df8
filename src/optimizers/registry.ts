/**
 * The registry of every optimizer of signcheck, with default parameters for dimension d: the one list
 * the shared contract suite (properties/optimizers/contract.test.ts), the reports and the CLI iterate.
 * Minibatch-SignSGD is SignSGD on an oracle with batch B (`batch`). Each entry also lists parameters
 * its `init` must reject with a typed error (parameter named), for the contract's validation check.
 */
import type { Optimizer, OptimizerState } from "./types.ts";
import { signSgd } from "./signSgd.ts";
import { clippedSgd, compressedSgd, efSignSgd, l0l1Gd, mSgd, mSignSgd, normalizedSgd, sgd, type CompressorSpec } from "./methods.ts";
import { majorityVote, type AdversaryModel } from "./majorityVote.ts";

/**
 * An optimizer with default parameters for dimension d and the parameters its init must reject: what the
 * optimizer contract (signcheck/laws optimizerContract) runs on, for the library's methods and a user's own.
 */
export interface RegistryEntry {
  readonly name: string;
  readonly optimizer: Optimizer<any, OptimizerState>;
  readonly params: (d: number) => Record<string, unknown>;
  /** Oracle batch size the method is defined with (minibatch variants). */
  readonly batch?: number;
  /** Parameters init must reject, each with the parameter its InputError names. */
  readonly bad: (d: number) => readonly { readonly params: Record<string, unknown>; readonly parameter: string }[];
}

const gamma = 1e-2;
const badGamma = [
  { params: { gamma: 0 }, parameter: "gamma" },
  { params: { gamma: -1 }, parameter: "gamma" },
  { params: { gamma: NaN }, parameter: "gamma" },
];

/** Compressed SGD with `compressor`; `badCompressors(d)` lists compressors its init must refuse, each with the parameter named. */
function compressed(
  name: string,
  compressor: CompressorSpec,
  errorFeedback: boolean,
  badCompressors: (d: number) => readonly { readonly compressor: CompressorSpec; readonly parameter: string }[],
): RegistryEntry {
  return {
    name: `${name}${errorFeedback ? "+EF" : ""}`,
    optimizer: compressedSgd,
    params: () => ({ gamma, compressor, errorFeedback }),
    bad: (d) => [
      ...badGamma.map((b) => ({ params: { ...b.params, compressor, errorFeedback }, parameter: b.parameter })),
      ...badCompressors(d).map((b) => ({ params: { gamma, compressor: b.compressor, errorFeedback }, parameter: b.parameter })),
    ],
  };
}

function majority(M: number, model?: AdversaryModel, alpha = 0): RegistryEntry {
  return {
    name: model ? `majorityVote(M=${M}, ${model} α=${alpha})` : `majorityVote(M=${M})`,
    optimizer: majorityVote,
    params: () => ({ gamma, M, adversary: model ? { model, alpha } : undefined }),
    bad: () => [
      ...badGamma.map((b) => ({ params: { ...b.params, M }, parameter: b.parameter })),
      { params: { gamma, M: 0 }, parameter: "M" },
      { params: { gamma, M: 2.5 }, parameter: "M" },
      { params: { gamma, M, adversary: { alpha: -0.1 } }, parameter: "alpha" },
      { params: { gamma, M, adversary: { alpha: 1.5 } }, parameter: "alpha" },
      // Stryker disable next-line StringLiteral: any name outside the list of models is the bad case, "" as well
      { params: { gamma, M, adversary: { model: "bribed", alpha: 0.1 } }, parameter: "adversary.model" },
    ],
  };
}

export const OPTIMIZERS: readonly RegistryEntry[] = [
  { name: "signSgd", optimizer: signSgd, params: () => ({ gamma }), bad: () => badGamma },
  { name: "minibatchSignSgd(B=4)", optimizer: signSgd, params: () => ({ gamma }), batch: 4, bad: () => badGamma },
  {
    name: "mSignSgd",
    optimizer: mSignSgd,
    params: () => ({ gamma, beta: 0.9 }),
    bad: () => [
      ...badGamma.map((b) => ({ params: { ...b.params, beta: 0.5 }, parameter: b.parameter })),
      { params: { gamma, beta: 1 }, parameter: "beta" },
      { params: { gamma, beta: -0.1 }, parameter: "beta" },
    ],
  },
  {
    name: "mSgd",
    optimizer: mSgd,
    params: () => ({ gamma, beta: 0.9 }),
    bad: () => [
      ...badGamma.map((b) => ({ params: { ...b.params, beta: 0.5 }, parameter: b.parameter })),
      { params: { gamma, beta: 1 }, parameter: "beta" },
      { params: { gamma, beta: -0.1 }, parameter: "beta" },
    ],
  },
  majority(1),
  majority(5),
  majority(7, "invert", 0.3),
  majority(7, "random", 0.3),
  majority(7, "wrong", 0.3),
  { name: "efSignSgd", optimizer: efSignSgd, params: () => ({ gamma }), bad: () => badGamma },
  { name: "sgd", optimizer: sgd, params: () => ({ gamma }), bad: () => [...badGamma, { params: { gamma, floatBits: 16 }, parameter: "floatBits" }] },
  { name: "normalizedSgd", optimizer: normalizedSgd, params: () => ({ gamma }), bad: () => badGamma },
  {
    name: "clippedSgd",
    optimizer: clippedSgd,
    params: () => ({ gamma, lambda: 1 }),
    bad: () => [
      ...badGamma.map((b) => ({ params: { ...b.params, lambda: 1 }, parameter: b.parameter })),
      { params: { gamma, lambda: 0 }, parameter: "lambda" },
    ],
  },
  {
    name: "l0l1Gd",
    optimizer: l0l1Gd,
    params: () => ({ L0: 1, L1: 1 }),
    bad: () => [
      { params: { L0: 0, L1: 1 }, parameter: "L0" },
      { params: { L0: 1, L1: -1 }, parameter: "L1" },
    ],
  },
  ...[false, true].flatMap((ef) => [
    compressed("scaledSignSgd", { kind: "scaledSign" }, ef, () => []),
    compressed("qsgd(s=4)", { kind: "qsgd", s: 4 }, ef, () => [{ compressor: { kind: "qsgd", s: 0 }, parameter: "s" }]),
    compressed("topK(k=2)", { kind: "topK", k: 2 }, ef, (d) => [{ compressor: { kind: "topK", k: d + 1 }, parameter: "k" }]),
    compressed("randomK(k=2)", { kind: "randomK", k: 2 }, ef, (d) => [{ compressor: { kind: "randomK", k: d + 1 }, parameter: "k" }]),
  ]),
];
