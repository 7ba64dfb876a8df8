/**
 * The public entry of signcheck: everything a claims module, a property test or a user's own suite
 * imports. `theorems/` and `properties/` import only from here (or `signcheck/vitest`).
 */
// core
export * from "./core/errors.ts";
export * from "./core/validate.ts";
export * from "./core/tolerance.ts";
export * from "./core/vector.ts";
export * from "./core/sign.ts";
export * from "./core/hash.ts";
export * from "./core/stream.ts";
export { logGamma, gammaFn, logBeta } from "./core/special/logGamma.ts";
export { betaInc, betaIncComplement, betaIncInv } from "./core/special/incompleteBeta.ts";
export { gammaP, gammaQ } from "./core/special/incompleteGamma.ts";
export { erf, erfc, normalCdf, normalSf } from "./core/special/erf.ts";
export { normalQuantile } from "./core/special/normalQuantile.ts";
export { REFERENCES, isReferenceKey, type Reference, type ReferenceKey } from "./references.ts";
export { VERSION } from "./version.ts";
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
export { binomialCdf, binomialSf } from "./stats/binomial.ts";
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
export { budgetFor } from "./claims/budgets.ts";
export { judge } from "./claims/judge.ts";
export { toPlain } from "./claims/plain.ts";
export { auditClaim, replayCommand, type AuditOptions } from "./claims/auditClaim.ts";
export { auditClaims, type AuditResult, type AuditManyOptions } from "./claims/auditClaims.ts";
export { DEFAULT_ALPHA } from "./claims/deciders/decideRate.ts";
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
export { mcSignSgdCosh, type McSignSgdCoshParams } from "./optimizers/mcSignSgdCosh.ts";
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
export { smoothnessSides, sidesViolate, sidesRatio, phi1, phi2, SMOOTHNESS_FORMS, type SmoothnessForm, type SmoothnessConstants, type Sides } from "./functions/smoothnessSides.ts";
export { auditSmoothness, minimalL0LowerBound, trajectorySmoothness, type SmoothnessAudit, type SmoothnessAuditOptions, type FormAudit } from "./functions/auditSmoothness.ts";
export { fromExpression, ALLOWED_FUNCTIONS, type ExpressionOptions } from "./functions/fromExpression.ts";
// data (issue 3: LIBSVM reader, data-set objectives, registry, look-up, fetch)
export { csrFromDense, csrTimes, csrTransposeTimes, csrRowNorms, csrWeightedGram, type CsrMatrix } from "./data/csrMatrix.ts";
export { parseLibsvm, readLibsvm, type LabelledData, type LibsvmOptions } from "./data/readLibsvm.ts";
export { logisticObjective, type LogisticObjective } from "./data/logisticObjective.ts";
export { DATASETS, datasetInfo, type DatasetInfo } from "./data/datasetRegistry.ts";
export { locateDataset, loadDataset, searchDirs, cacheDir, fetchCommand, PACKAGE_ROOT, type Env } from "./data/locateDataset.ts";
export { fetchDataset, type FetchOptions, type FetchResult } from "./data/fetchDataset.ts";
// the command, programmatically: runCli(argv, out?, err?) resolves to the exit status
export { main as runCli } from "./cli/main.ts";
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
export { sharedDir, datasetAvailable } from "./data/locateDataset.ts";
