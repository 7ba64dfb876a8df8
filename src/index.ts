/**
 * The public entry of signcheck (`import … from "signcheck"`): what a claims module, a user's own vitest
 * suite or a program auditing claims needs, in sections. Every name here is part of the package's promise
 * and documented where it is declared (TSDoc); the section comments say what each section is for.
 * Implementation pieces that the repository's own tests reach (CLI helpers, engine pieces, chart builders,
 * special functions behind the statistics, the test registry of optimizers) live in `signcheck/internal`
 * (src/internal.ts), a superset of this entry that promises nothing. The contract suites for an optimizer
 * or a noise law of one's own are `signcheck/laws`; the vitest gate is `signcheck/vitest`.
 */
// Node's types (NodeJS.WriteStream, Buffer) appear in exported signatures: a TypeScript consumer gets them from here.
/// <reference types="node" preserve="true" />

// ── Claims and kinds ─────────────────────────────────────────────────────────────────────────────────
// Define a claim (`defineClaim`, one of the kinds: inequality, probability, high-probability, expectation,
// scaling, tuning), audit it (`auditClaim`, `auditClaims`, `auditSeeds`), read its verdict and evidence
// (`evidenceOf`, `describeResult`), cite a source (`REFERENCES`), weaken a bound for a tightness check
// (`scaleBound`). The claim, evidence and budget types are in claims/types.ts.
export * from "./claims/types.ts";
export { defineClaim } from "./claims/defineClaim.ts";
export { budgetFor } from "./claims/budgets.ts";
export { auditClaim, type AuditOptions } from "./claims/auditClaim.ts";
export { auditClaims, type AuditResult, type AuditManyOptions } from "./claims/auditClaims.ts";
export { auditSeeds, type SeedsAuditResult, type SeedsClaimSummary, type SeedsAuditOptions } from "./claims/auditSeeds.ts";
export { evidenceOf } from "./claims/evidenceOf.ts";
export { describeResult } from "./report/describeResult.ts";
/** The one-line reading of a result (what the CLI prints beside the verdict). */
export { headline } from "./report/headline.ts";
export { toPlain } from "./claims/plain.ts";
export { scaleBound } from "./claims/scaleBound.ts";
export { DEFAULT_ALPHA, VERDICT_SHARE } from "./claims/engine/decideStatistical.ts";
export { REFERENCES, isReferenceKey, type Reference, type ReferenceKey } from "./references.ts";
export { VERSION } from "./version.ts";

// ── Errors, tolerances, vectors, streams ─────────────────────────────────────────────────────────────
// The typed errors every bad input raises; the named tolerances a claim compares with (`TOL`, `close`,
// `leq`, `EPS`: a claim contains no literal tolerance); the parameter checks an optimizer or law of one's
// own uses to raise the same typed errors; vector arithmetic and sign conventions; the seeded streams
// every random draw comes from (`Stream`, `streamFor`).
export * from "./core/errors.ts";
export * from "./core/validate.ts";
export { EPS, TOL, close, leq, EVALUATION_ULPS, BATCH_SEARCH_RTOL, type Tolerance } from "./core/tolerance.ts";
export * from "./core/vector.ts";
export * from "./core/sign.ts";
export { Stream, streamFor, type StreamKey } from "./core/stream.ts";

// ── Parameter arbitraries and fast-check ─────────────────────────────────────────────────────────────
// `arb` (dimensions, stepsizes, starting points, log-uniform magnitudes), `param` (a claim's declared
// parameters: log, linear, integer, categorical), random smooth functions and noise laws drawn over
// their whole declared ranges, and fast-check itself, so a claims module needs no dependency of its own.
export * as arb from "./claims/parameterArbitraries.ts";
export * as param from "./claims/parameters.ts";
export { default as fc } from "fast-check";
export { smoothFunctionArbitrary, type SmoothFunctionArbitraryOptions } from "./functions/smoothFunctionArbitrary.ts";
export { noiseLaw, noiseVector, noiseFamilies, type NoiseClass, type NoiseVector, type NoiseWithKappa } from "./noise/noiseArbitrary.ts";

// ── Functions ────────────────────────────────────────────────────────────────────────────────────────
// Test functions with exact gradients and their (L0,L1)-smoothness constants, combinators, functions
// written as formulas (`fromExpression`), a function from a JSON spec, and the smoothness auditor
// (`auditSmoothness`, `smoothnessSides`: both sides of each form of Assumption 1 at a pair of points).
export * from "./functions/types.ts";
export { coshSum } from "./functions/coshSum.ts";
export { expAffine } from "./functions/expAffine.ts";
export { logisticSample } from "./functions/logisticSample.ts";
export { powerNorm } from "./functions/powerNorm.ts";
export { doubleWell } from "./functions/doubleWell.ts";
export { softmaxCrossEntropy } from "./functions/softmaxCrossEntropy.ts";
export { logSumExp } from "./functions/logSumExp.ts";
export { logCoshSum } from "./functions/logCoshSum.ts";
export { polynomial1d } from "./functions/polynomial1d.ts";
export { symmetricEigenvalues, symmetricNorm, hessianNormFromProducts } from "./functions/symmetricEigen.ts";
export { scaled, affineMap, separableSum, plusBoundedGradient } from "./functions/combinators.ts";
export { functionFromSpec, specDim, type FunctionSpec } from "./functions/functionFromSpec.ts";
export { fromExpression, ALLOWED_FUNCTIONS, EXPRESSION_LIMITS, type ExpressionOptions } from "./functions/fromExpression.ts";
export {
  smoothnessSides,
  sidesViolate,
  sidesRatio,
  phi1,
  phi2,
  SMOOTHNESS_FORMS,
  type SmoothnessForm,
  type SmoothnessConstants,
  type Sides,
} from "./functions/smoothnessSides.ts";
export {
  auditSmoothness,
  minimalL0LowerBound,
  trajectorySmoothness,
  type SmoothnessAudit,
  type SmoothnessAuditOptions,
  type FormAudit,
} from "./functions/auditSmoothness.ts";

// ── Noise laws ───────────────────────────────────────────────────────────────────────────────────────
// The library of noise laws (exact tails, moments, samplers), a law from a JSON spec, the σ⃗/κ moment
// constants, sign-flip probabilities and their bounds, and the moments of batch means and sums.
export * from "./noise/types.ts";
export { gaussian } from "./noise/gaussian.ts";
export { studentT } from "./noise/studentT.ts";
export { laplace } from "./noise/laplace.ts";
export { symmetricLomax } from "./noise/symmetricLomax.ts";
export { symmetricPareto } from "./noise/symmetricPareto.ts";
export { symmetricStable } from "./noise/symmetricStable.ts";
export { contaminated } from "./noise/contaminated.ts";
export { centredLomax } from "./noise/centredLomax.ts";
export { twoPoint, lattice } from "./noise/discreteLaw.ts";
export { completeLaw } from "./noise/completeLaw.ts";
export { noiseFromSpec, NOISE_LAWS, type NoiseSpec } from "./noise/noiseFromSpec.ts";
export { sigmaKappa, sigmaVector } from "./noise/sigmaKappa.ts";
export {
  flipProbability,
  signOutcomes,
  seedFlipBound,
  symmetricMarkovFlipBound,
  gaussFlipBound,
  halfMinusFlipProbability,
  halfMinusGaussFlipBound,
} from "./noise/signFlip.ts";
export { batchAbsMoment, EXACT_BATCH_LAWS } from "./noise/batchMoment.ts";
export { normMoment, atomsNormMoment, type Atoms } from "./noise/normMoment.ts";
export { gaussianNormMoment } from "./noise/gaussianNormMoment.ts";
export { independentBatchMoment, summandsNormMoment, type BatchGroup } from "./noise/independentBatch.ts";

// ── Optimizers, oracles and theory ───────────────────────────────────────────────────────────────────
// The methods (SignSGD, M-SignSGD, EF-SignSGD, majority vote, SGD and relatives), chains of transforms
// and compressors to build new ones, stepsize schedules, the trajectory runner, the stochastic gradient
// oracles, and the closed-form bounds of the theory the claims check.
export * from "./optimizers/types.ts";
export { signSgd, type SignSgdParams, type SignSgdState } from "./optimizers/signSgd.ts";
export * from "./optimizers/methods.ts";
export * from "./optimizers/majorityVote.ts";
export { chainOptimizer, type ChainParams, type ChainState } from "./optimizers/chainOptimizer.ts";
export type { Transform } from "./optimizers/transform.ts";
export * as transforms from "./optimizers/transforms.ts";
export * as compressors from "./optimizers/compressors.ts";
export * from "./optimizers/schedule.ts";
export type { RegistryEntry } from "./optimizers/registry.ts";
export { runTrajectory, type TrajectoryStats, type TrajectoryOptions, type TrajectoryRecord } from "./optimizers/runTrajectory.ts";
export * from "./oracles/gradientOracle.ts";
export { workerOracles, totalCalls } from "./oracles/workerOracles.ts";
export { leastSquaresOracle, type LeastSquaresOptions } from "./oracles/leastSquaresOracle.ts";
export { subgradientOracle, type AbsSumOptions, type TieRule } from "./oracles/subgradientOracle.ts";
export { signMessageBits, denseBits, qsgdBits, sparseBits, type FloatBits } from "./optimizers/communication.ts";
export { signSgdHpBound, signSgdStepCap, type SignSgdHpParams } from "./theory/signSgdHpBound.ts";

// The seed's high-probability bound, its proof chain, the corrected bound and the tunings, in any arithmetic
// (floats, certified intervals, exact rationals: `FLOAT`, `INTERVAL`, `Rational`), for derivation-step claims.
export { RealInterval, iv, nextUp, nextDown, certifiedSides } from "./core/realInterval.ts";
export { Rational, rationalSum, exactNorm1, exactNorm2Squared, exactDot } from "./core/rational.ts";
export { FLOAT, INTERVAL, type Arithmetic } from "./core/arithmetic.ts";
export { signSgdStepCapIn, signSgdHpBoundTerms, validateSignSgdHpParams, type SignSgdHpTerms } from "./theory/signSgdHpBound.ts";
export { signSgdHpChainBound, signSgdHpChainBoundIn, type SignSgdHpChainParams } from "./theory/signSgdHpChainBound.ts";
export { signSgdHpCorrectedBound, signSgdHpCorrectedBoundIn, CORRECTED_BOUND_DELTA_MAX } from "./theory/signSgdHpCorrectedBound.ts";
export {
  seedMinibatchTuning,
  seedMinibatchTuningIn,
  seedRegimeThresholdIn,
  seedBatchSizeIn,
  type SeedRegime,
  type SeedTuning,
  type SeedTuningParams,
} from "./theory/seedMinibatchTuning.ts";
export { completionStepCap, completionStepCapIn } from "./theory/completionStepCap.ts";
export {
  correctedMinibatchTuning,
  correctedMinibatchTuningIn,
  correctedRegimeThresholdIn,
  type CorrectedTuningParams,
} from "./theory/correctedMinibatchTuning.ts";

// ── Statistics ───────────────────────────────────────────────────────────────────────────────────────
// Exact binomial tails and intervals, quantile intervals, empirical-Bernstein bounds, mean and slope
// intervals, goodness-of-fit tests, the majority vote's error, and the normal, gamma and beta functions a
// claim's bound is written with.
export { binomialCdf, binomialPmf, binomialSf } from "./stats/binomial.ts";
export { clopperPearson, clopperPearsonLower, clopperPearsonUpper, type Interval } from "./stats/clopperPearson.ts";
export { wilson } from "./stats/wilson.ts";
export { zeroFailureTrials } from "./stats/zeroFailureTrials.ts";
export { quantileInterval, quantileUpperBound, quantileLowerBound, empiricalQuantile } from "./stats/quantileInterval.ts";
export { empiricalBernsteinLower, empiricalBernsteinUpper, sampleMoments } from "./stats/empiricalBernstein.ts";
export { meanInterval, pairedDifferenceInterval, studentTQuantile, type MeanInterval } from "./stats/meanInterval.ts";
export { linearFit, type LinearFit } from "./stats/linearFit.ts";
export { logLogSlope } from "./stats/logLogSlope.ts";
export { ksTest, chiSquareTest, kolmogorovSf, type GofResult } from "./stats/goodnessOfFit.ts";
export { majorityVoteError } from "./stats/majorityVoteError.ts";
export { erf, erfc, normalCdf, normalSf } from "./core/special/erf.ts";
export { normalQuantile } from "./core/special/normalQuantile.ts";
export { logGamma, gammaFn, logBeta } from "./core/special/logGamma.ts";
export { gammaP, gammaQ } from "./core/special/incompleteGamma.ts";
export { betaInc, betaIncComplement, betaIncInv, betaIncInvComplement } from "./core/special/incompleteBeta.ts";

// ── Data ─────────────────────────────────────────────────────────────────────────────────────────────
// The data sets a claim may use: the registry, the per-audit access a claim receives as its last argument
// (`DataAccess`, built from `DataOptions`), LIBSVM files and the logistic objective on them, and fetching
// a data set into the cache.
export { DATASETS, datasetInfo, type DatasetInfo } from "./data/datasetRegistry.ts";
export { dataAccess, type DataAccess, type DataOptions } from "./data/dataAccess.ts";
export { locateDataset, loadDataset, type Env, type Dataset, type DatasetUse, type LoadOptions } from "./data/locateDataset.ts";
export { fetchDataset, type FetchOptions, type FetchResult } from "./data/fetchDataset.ts";
export { parseLibsvm, readLibsvm, type LabelledData, type LibsvmFile, type LibsvmOptions, type ReadLibsvmOptions } from "./data/readLibsvm.ts";
export { logisticObjective, type LogisticObjective } from "./data/logisticObjective.ts";
export type { CsrMatrix } from "./data/csrMatrix.ts";

// ── Reports ──────────────────────────────────────────────────────────────────────────────────────────
// The report of an audit as a list of files (audit.json, audit.md, index.html, the claims' SVG figures; for
// several seeds the seeds' report), written by the caller where it likes; `withoutTimeFields` compares two
// reports' JSON but for the fields that differ between identical runs; appendices extend the report.
export { auditReportFiles, seedsReportFiles, type ReportFile, type AuditReportOptions } from "./report/auditReportFiles.ts";
// A claims module may export `appendices` (ReportAppendix[]): pages rendered from the audit's results (tables
// that join several claims), written beside audit.md; markdownTable/markdownCell build their tables.
export { markdownTable, markdownCell, type ReportAppendix, type AppendixContext } from "./report/appendix.ts";
export { withoutTimeFields } from "./report/withoutTimeFields.ts";

// ── Experiments ──────────────────────────────────────────────────────────────────────────────────────
// The experiments of `signcheck experiment`, run programmatically (their building blocks are internal).
export { EXPERIMENTS, experimentByName } from "./experiments/registry.ts";
export { runExperiment, type RunExperimentOptions, type RunExperimentResult } from "./experiments/runExperiment.ts";
export type { Experiment, ExperimentContext, ExperimentReport, Figure, RawFile, ReportSection } from "./experiments/types.ts";
