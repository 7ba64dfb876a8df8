/**
 * The contract suites entry (`signcheck/laws`; an entry above every layer, like vitest.ts): run the
 * library's own optimizer and noise-law contracts on an optimizer or a noise law of one's own, inside
 * one's own vitest file. `optimizerContract(entry)` and `noiseLawContract(law)` register describe/test
 * blocks; the law checkers (`signStepLaw`, `rescalingLaw`, `sameTrajectoryLaw`, `virtualIterateLaw`,
 * `batchMeanLaw`) return fast-check's run details (`failed`, counterexample, seed) for the caller to
 * assert on; the allocation checks return their measurements. The repository's own contract tests call
 * these same functions on every built-in optimizer and law.
 */
/// <reference types="node" preserve="true" />
export { optimizerContract, type OptimizerContractOptions } from "./laws/optimizerContract.ts";
export { noiseLawContract, type NoiseLawContractOptions } from "./laws/noiseLawContract.ts";
export { signStepLaw, sameTrajectoryLaw, rescalingLaw, virtualIterateLaw, batchMeanLaw, type AnyOptimizer } from "./laws/optimizerLaws.ts";
export { allocationCheck, trajectoryAllocationCheck, UNDER_MUTATION } from "./laws/allocationCheck.ts";
export type { RegistryEntry } from "./optimizers/registry.ts";
