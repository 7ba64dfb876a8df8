/**
 * The public entry of signcheck: everything a claims module, a property test or a user's own suite
 * imports. `theorems/` and `properties/` import only from here (or `signcheck/vitest`).
 */
// Node's types (NodeJS.WriteStream, Buffer) appear in exported signatures: a TypeScript consumer gets them from here.
/// <reference types="node" preserve="true" />
// core
export * from "./core/errors.ts";
export * from "./core/validate.ts";
export * from "./core/tolerance.ts";
export * from "./core/vector.ts";
export * from "./core/sign.ts";
export * from "./core/hash.ts";
export * from "./core/stream.ts";
export { logGamma, gammaFn, logBeta, stirlingError } from "./core/special/logGamma.ts";
export {
  betaInc, betaIncComplement, betaIncInv, betaIncInvComplement, betaIncSolve, betaIncTails, logBetaPowers, type BetaTail, type BetaTails, type RootSide,
} from "./core/special/incompleteBeta.ts";
export { gammaP, gammaQ } from "./core/special/incompleteGamma.ts";
export { erf, erfc, normalCdf, normalSf } from "./core/special/erf.ts";
export { normalQuantile } from "./core/special/normalQuantile.ts";
export { REFERENCES, isReferenceKey, type Reference, type ReferenceKey } from "./references.ts";
export { VERSION } from "./version.ts";
export { AUDIT_SEED, EXPERIMENT_SEED } from "./seeds.ts";
// functions, noise, oracles, optimizers, theory
export * from "./functions/types.ts";
export * from "./noise/types.ts";
export { gaussian } from "./noise/gaussian.ts";
export { studentT } from "./noise/studentT.ts";
export { sigmaKappa } from "./noise/sigmaKappa.ts";
export * from "./oracles/gradientOracle.ts";
export * from "./optimizers/types.ts";
export { signSgd, type SignSgdParams, type SignSgdState } from "./optimizers/signSgd.ts";
export { runTrajectory, type TrajectoryStats } from "./optimizers/runTrajectory.ts";
export { signSgdHpBound, signSgdStepCap, type SignSgdHpParams } from "./theory/signSgdHpBound.ts";
// stats, monte carlo
export { binomialCdf, binomialPmf, binomialSf } from "./stats/binomial.ts";
export { clopperPearson, clopperPearsonLower, clopperPearsonUpper, type Interval } from "./stats/clopperPearson.ts";
export { wilson } from "./stats/wilson.ts";
export { zeroFailureTrials } from "./stats/zeroFailureTrials.ts";
export { quantileInterval, quantileUpperBound, empiricalQuantile, lowerRank, upperRank } from "./stats/quantileInterval.ts";
export * from "./stats/sequentialRateTest.ts";
export * from "./montecarlo/runTrials.ts";
export * from "./montecarlo/rateRule.ts";
// claims
export * from "./claims/types.ts";
export { defineClaim } from "./claims/defineClaim.ts";
export { budgetFor, requireBudgetLevel } from "./claims/budgets.ts";
export { judge } from "./claims/judge.ts";
export { toPlain } from "./claims/plain.ts";
export { auditClaim, requireSeed, type AuditOptions } from "./claims/auditClaim.ts";
export { auditCommand, replayCommand, shellQuote, type AuditSpec, type DataFiles, type ReplaySpec } from "./claims/commandLine.ts";
export { auditClaims, type AuditResult, type AuditManyOptions } from "./claims/auditClaims.ts";
export { DEFAULT_ALPHA, VERDICT_SHARE } from "./claims/engine/decideStatistical.ts";
export * as arb from "./claims/parameterArbitraries.ts";
export { noiseFromSpec, type NoiseSpec } from "./noise/noiseFromSpec.ts";
export { type NoiseWithKappa } from "./noise/noiseArbitrary.ts";
// optimizers, oracles and communication (issue 5)
export { workerOracles, totalCalls } from "./oracles/workerOracles.ts";
export { leastSquaresOracle, type LeastSquaresOptions } from "./oracles/leastSquaresOracle.ts";
export { subgradientOracle, type AbsSumOptions, type TieRule } from "./oracles/subgradientOracle.ts";
export * from "./optimizers/communication.ts";
export * from "./optimizers/packedSigns.ts";
export * from "./optimizers/schedule.ts";
export type { Transform } from "./optimizers/transform.ts";
export * as transforms from "./optimizers/transforms.ts";
export * as compressors from "./optimizers/compressors.ts";
export { chainOptimizer, type ChainParams, type ChainState } from "./optimizers/chainOptimizer.ts";
export * from "./optimizers/methods.ts";
export * from "./optimizers/majorityVote.ts";
export type { TrajectoryOptions, TrajectoryRecord } from "./optimizers/runTrajectory.ts";
export { OPTIMIZERS, type RegistryEntry } from "./optimizers/registry.ts";
// fast-check, re-exported so a claims module needs no dependency of its own to build arbitraries.
export { default as fc } from "fast-check";
// noise library (issue 4)
export { laplace } from "./noise/laplace.ts";
export { symmetricLomax } from "./noise/symmetricLomax.ts";
export { symmetricPareto } from "./noise/symmetricPareto.ts";
export { symmetricStable } from "./noise/symmetricStable.ts";
export { contaminated } from "./noise/contaminated.ts";
export { centredLomax } from "./noise/centredLomax.ts";
export { twoPoint, lattice } from "./noise/discreteLaw.ts";
export { completeLaw } from "./noise/completeLaw.ts";
export { sigmaVector } from "./noise/sigmaKappa.ts";
export { NOISE_LAWS } from "./noise/noiseFromSpec.ts";
export { noiseLaw, noiseVector, noiseFamilies, type NoiseClass, type NoiseVector } from "./noise/noiseArbitrary.ts";
export { flipProbability, signOutcomes, seedFlipBound, symmetricMarkovFlipBound, gaussFlipBound } from "./noise/signFlip.ts";
// centred flip probabilities and bounds, exact as g → 0 (issue 8, item 8)
export { halfMinusFlipProbability, halfMinusGaussFlipBound } from "./noise/signFlip.ts";
export { batchAbsMoment, EXACT_BATCH_LAWS } from "./noise/batchMoment.ts";
export { majorityVoteError } from "./stats/majorityVoteError.ts";
export { integrate, integratePieces, type IntegrateOptions } from "./core/special/integrate.ts";
export { normMoment } from "./noise/normMoment.ts";
export { ksTest, chiSquareTest, kolmogorovSf, type GofResult } from "./stats/goodnessOfFit.ts";
export { tZiggurat, type TZiggurat } from "./noise/tZiggurat.ts";
// functions (issue 3: problem library, smoothness auditing, random functions)
export { coshSum } from "./functions/coshSum.ts";
export { expAffine } from "./functions/expAffine.ts";
export { logisticSample } from "./functions/logisticSample.ts";
export { powerNorm } from "./functions/powerNorm.ts";
export { doubleWell } from "./functions/doubleWell.ts";
export { softmaxCrossEntropy } from "./functions/softmaxCrossEntropy.ts";
export { logSumExp } from "./functions/logSumExp.ts";
export { logCoshSum } from "./functions/logCoshSum.ts";
export { polynomial1d } from "./functions/polynomial1d.ts";
export { softplus, sigmoid, logSumExpValue } from "./functions/softplus.ts";
export { symmetricEigenvalues, symmetricNorm, hessianNormFromProducts } from "./functions/symmetricEigen.ts";
export { scaled, affineMap, separableSum, plusBoundedGradient, singularValueRange } from "./functions/combinators.ts";
export { functionFromSpec, specDim, type FunctionSpec } from "./functions/functionFromSpec.ts";
export { smoothFunctionArbitrary, type SmoothFunctionArbitraryOptions } from "./functions/smoothFunctionArbitrary.ts";
// declared parameter ranges of the generators, for coverage (issue 8, item 3)
export { rangeArbitrary, rangeBins, requireRange, type ParameterRange } from "./core/parameterRange.ts";
export { SMOOTH_FUNCTION_PARAMETERS, smoothFunctionParameterValues } from "./functions/smoothFunctionArbitrary.ts";
export { noiseLawParameters, noiseParameterValues } from "./noise/noiseArbitrary.ts";
export { smoothnessSides, sidesViolate, sidesRatio, phi1, phi2, SMOOTHNESS_FORMS, type SmoothnessForm, type SmoothnessConstants, type Sides } from "./functions/smoothnessSides.ts";
export { auditSmoothness, minimalL0LowerBound, trajectorySmoothness, type SmoothnessAudit, type SmoothnessAuditOptions, type FormAudit } from "./functions/auditSmoothness.ts";
export { fromExpression, ALLOWED_FUNCTIONS, EXPRESSION_LIMITS, type ExpressionOptions } from "./functions/fromExpression.ts";
// data (issue 3: LIBSVM reader, data-set objectives, registry, look-up, fetch)
export { csrFromDense, csrTimes, csrTransposeTimes, csrRowNorms, csrWeightedGram, type CsrMatrix } from "./data/csrMatrix.ts";
export { parseLibsvm, readLibsvm, MAX_LIBSVM_INDEX, type LabelledData, type LibsvmFile, type LibsvmOptions, type ReadLibsvmOptions } from "./data/readLibsvm.ts";
export { logisticObjective, type LogisticObjective } from "./data/logisticObjective.ts";
export { DATASETS, datasetInfo, MAX_DATASET_BYTES, type DatasetInfo } from "./data/datasetRegistry.ts";
export { locateDataset, loadDataset, searchDirs, cacheDir, fetchCommand, PACKAGE_ROOT, type Env, type Dataset, type DatasetUse, type LoadOptions } from "./data/locateDataset.ts";
// issue 13: data sets travel as arguments (a DataAccess per audited claim), verified on every read
export { dataAccess, validateDataOptions, type DataAccess, type DataOptions } from "./data/dataAccess.ts";
export { requireReplayPath } from "./claims/replayPath.ts";
export { fetchDataset, type FetchOptions, type FetchResult } from "./data/fetchDataset.ts";
// the command, programmatically: runCli(argv, out?, err?, options?) resolves to the exit status
export { main as runCli, type MainOptions } from "./cli/main.ts";
export { makeFolder } from "./core/makeFolder.ts";
// CLI internals the CLI's property tests reach (issue 12; for signcheck/internal when the entry is split)
export { globMatch } from "./cli/globMatch.ts";
export { suggest, didYouMean } from "./cli/suggest.ts";
export { printable, printableDeep } from "./cli/printable.ts";
export { createProgress, progressShown, type Progress, type ProgressOptions } from "./cli/progress.ts";
export { moduleLoadError } from "./cli/moduleLoadError.ts";
export { definedIn } from "./claims/definedIn.ts";
// noise library: batches of independent, non-identical summands (issue 4 follow-up)
export { independentBatchMoment, summandsNormMoment, type BatchGroup } from "./noise/independentBatch.ts";
export { atomsNormMoment, type Atoms } from "./noise/normMoment.ts";
export { gaussianNormMoment } from "./noise/gaussianNormMoment.ts";
// seed audit (issue 9, part 1): exact and interval arithmetic, the seed's and the completion's
// formulas in any arithmetic, the seed's text for the quote check
export { RealInterval, iv, nextUp, nextDown, certifiedSides } from "./core/realInterval.ts";
export { Rational, rationalSum, exactNorm1, exactNorm2Squared, exactDot } from "./core/rational.ts";
export { FLOAT, INTERVAL, type Arithmetic } from "./core/arithmetic.ts";
export { signSgdStepCapIn, signSgdHpBoundTerms, validateSignSgdHpParams, type SignSgdHpTerms } from "./theory/signSgdHpBound.ts";
export { signSgdHpChainBound, signSgdHpChainBoundIn, type SignSgdHpChainParams } from "./theory/signSgdHpChainBound.ts";
export { signSgdHpCorrectedBound, signSgdHpCorrectedBoundIn, CORRECTED_BOUND_DELTA_MAX } from "./theory/signSgdHpCorrectedBound.ts";
export { seedMinibatchTuning, seedMinibatchTuningIn, seedRegimeThresholdIn, seedBatchSizeIn, type SeedRegime, type SeedTuning, type SeedTuningParams } from "./theory/seedMinibatchTuning.ts";
export { completionStepCap, completionStepCapIn } from "./theory/completionStepCap.ts";
export { SOURCE_TEXTS, sourceTextCandidates, locateSourceText, readSourceText, normaliseWhitespace, quoteOccurs, type SourceTextKey } from "./data/sourceText.ts";
export { sharedDir } from "./data/locateDataset.ts";
// report appendices (issue 9): pages a claims module adds to the audit's report, rendered from its results
export { validateAppendix, validateAppendices, renderAppendices, appendixSection, markdownTable, markdownCell, type ReportAppendix, type AppendixContext, type RenderedAppendix } from "./report/appendix.ts";

// claims engine, second part (issue 8): kinds as units, coverage, search, multi-seed audits
export { KINDS, isKindName, type KindName } from "./claims/kinds/index.ts";
export type { KindModule, DecideContext, Decision } from "./claims/engine/context.ts";
export { coverageOf, parameterCoverage, emptyDecades, decadesOf } from "./claims/engine/coverage.ts";
export { maxTests } from "./claims/engine/explore.ts";
export { alphaPerTest } from "./claims/engine/decideStatistical.ts";
export { encodeInstance, decodeInstance } from "./claims/instanceCodec.ts";
export { scaleBound } from "./claims/scaleBound.ts";
export { climb, type ClimbResult } from "./core/climb.ts";
export { formatNumber } from "./core/formatNumber.ts";
export { empiricalBernsteinLower, empiricalBernsteinUpper, sampleMoments } from "./stats/empiricalBernstein.ts";
export { logLogSlope } from "./stats/logLogSlope.ts";
export { quantileLowerBound } from "./stats/quantileInterval.ts";
export { describeResult } from "./report/describeResult.ts";
export { evidenceOf } from "./claims/evidenceOf.ts";
export * as param from "./claims/parameters.ts";
export { auditSeeds, parseSeeds, type SeedsAuditResult, type SeedsClaimSummary, type SeedsAuditOptions } from "./claims/auditSeeds.ts";

// plots and experiments (issue 11): the headless SVG renderer and chart builders (src/report), statistics
// for repeats (src/stats), the experiment runner and its building blocks (src/experiments)
export { renderSvg, assertSelfContained, type VegaLiteSpec, type RenderSvgOptions } from "./report/renderSvg.ts";
export { textWidth, isBold } from "./report/textWidth.ts";
export { PALETTE, FONT, THEME, type Axis, type ScaleType, type ChartFrame } from "./report/chartTheme.ts";
export { lineChart, type LineChartOptions, type LineSeries, type BandPoint, type ReferenceRule } from "./report/lineChart.ts";
export { scatterChart, logLogFitChart, type ScatterChartOptions, type PointGroup, type MarkedPoint, type LogLogFitOptions, type PowerLawFit } from "./report/scatterChart.ts";
export { intervalChart, type IntervalChartOptions, type IntervalRow } from "./report/intervalChart.ts";
export { writeAtomic } from "./report/writeAtomic.ts";
export { meanInterval, pairedDifferenceInterval, studentTQuantile, type MeanInterval } from "./stats/meanInterval.ts";
export { linearFit, type LinearFit } from "./stats/linearFit.ts";
export { csrSelectRows } from "./data/csrMatrix.ts";
export { EXPERIMENTS, experimentByName } from "./experiments/registry.ts";
export { runExperiment, type RunExperimentOptions, type RunExperimentResult } from "./experiments/runExperiment.ts";
export type { Experiment, ExperimentContext, ExperimentReport, Figure, RawFile, ReportSection } from "./experiments/types.ts";
export { traceRun, recordGrid, type Trace, type TraceOptions } from "./experiments/traceRun.ts";
export { withGradientCache, type CachedFunction } from "./experiments/withGradientCache.ts";
export { endValue, meanCurve, summarise, median, END_SHARE, type Summary } from "./experiments/aggregate.ts";
export { compareArms, type Arm, type Comparison } from "./experiments/arms.ts";
export { tuneStepsize, powerGrid, runOnce, Units, type Method, type Problem, type Tuning } from "./experiments/runs.ts";
export { splitRows, mushroomsProblem, type MushroomsProblem } from "./experiments/mushroomsProblem.ts";
export { density } from "./experiments/bernsteinSparseNoise.ts";
