/**
 * The internal entry (`signcheck/internal`): everything of the public entry `signcheck` plus the pieces
 * the repository's own tests reach — CLI helpers, claim-engine pieces, encodings and hashes, the special
 * functions and quadrature behind the statistics, the named tolerances of the library's own checks, chart
 * builders, experiment building blocks, the test registry of optimizers. NOT part of the package's
 * promise: any name here may change or go in any release. It is a superset of `signcheck`, so a test
 * switches entry by changing its import path only.
 */
/// <reference types="node" preserve="true" />
export * from "./index.ts";

// ── core: named tolerances of the library's own checks, hashes, stream keys, special functions ────────
export {
  TOL_QUADRATURE,
  SHRINK_MARGIN_UNITS,
  SHRINK_DECISIVE_FRACTION,
  COVERAGE_RANGE_RTOL,
  LOOSE_FACTOR,
  RANK_RTOL,
  SIGMA_MIN_RTOL,
  FINITE_DIFFERENCE,
  SAMPLED_SUPREMUM,
  CONTINUITY_PROBE,
  BRANCH_CONTINUITY,
  STABLE_TAIL_ASYMPTOTE,
  BETA_INC_RTOL,
  TRIMMED_POWER_ATOL,
  BETA_INC_TAIL,
  INTERVAL_END_TAIL,
  WILSON_ROUNDOFF,
  CENTRED_TAIL,
  ORIGIN_SLOPE,
  RECOVERED_PARAMETER,
  GAP_RESOLUTION_RTOL,
  SECANT_STEP_RTOL,
  AFFINE_STATISTIC,
} from "./core/tolerance.ts";
export * from "./core/hash.ts";
export { streamSeedText } from "./core/stream.ts";
export { stirlingError } from "./core/special/logGamma.ts";
export { betaIncSolve, betaIncTails, logBetaPowers, type BetaTail, type BetaTails, type RootSide } from "./core/special/incompleteBeta.ts";
export { integrate, integratePieces, type IntegrateOptions } from "./core/special/integrate.ts";
export { rangeArbitrary, rangeBins, requireRange, type ParameterRange } from "./core/parameterRange.ts";
export { climb, type ClimbResult } from "./core/climb.ts";
export { fig, figs, ratioFig, plural } from "./core/formatFigure.ts";
export { makeFolder } from "./core/makeFolder.ts";
export { AUDIT_SEED, EXPERIMENT_SEED } from "./seeds.ts";

// ── functions and noise: helpers and the generators' declared ranges (coverage) ───────────────────────
export { softplus, sigmoid, logSumExpValue } from "./functions/softplus.ts";
export { singularValueRange } from "./functions/combinators.ts";
export { SMOOTH_FUNCTION_PARAMETERS, smoothFunctionParameterValues } from "./functions/smoothFunctionArbitrary.ts";
export { noiseLawParameters, noiseParameterValues } from "./noise/noiseArbitrary.ts";
export { tZiggurat, type TZiggurat } from "./noise/tZiggurat.ts";

// ── optimizers: bit accounting and packed signs, the registry the contract tests run over ─────────────
export { requireFloatBits, ceilLog2 } from "./optimizers/communication.ts";
export * from "./optimizers/packedSigns.ts";
export { OPTIMIZERS, type RegistryEntry } from "./optimizers/registry.ts";

// ── statistics and the Monte-Carlo engine ────────────────────────────────────────────────────────────
export { lowerRank, upperRank } from "./stats/quantileInterval.ts";
export { RunningMoments, empiricalBernsteinFromMoments } from "./stats/empiricalBernstein.ts";
export * from "./stats/sequentialRateTest.ts";
export * from "./montecarlo/runTrials.ts";
export * from "./montecarlo/rateRule.ts";

// ── claims engine ────────────────────────────────────────────────────────────────────────────────────
export { requireBudgetLevel } from "./claims/budgets.ts";
export { judge } from "./claims/judge.ts";
export { requireSeed } from "./claims/auditClaim.ts";
export { parseSeeds } from "./claims/auditSeeds.ts";
export { auditCommand, replayCommand, shellQuote, type AuditSpec, type DataFiles, type ReplaySpec } from "./claims/commandLine.ts";
export { requireReplayPath } from "./claims/replayPath.ts";
export { definedIn } from "./claims/definedIn.ts";
export { KINDS, isKindName, type KindName } from "./claims/kinds/index.ts";
export type { KindModule, DecideContext, Decision } from "./claims/engine/context.ts";
export { coverageOf, parameterCoverage, emptyDecades, decadesOf } from "./claims/engine/coverage.ts";
export { maxTests } from "./claims/engine/explore.ts";
export { alphaPerTest } from "./claims/engine/decideStatistical.ts";
export { encodeInstance, decodeInstance } from "./claims/instanceCodec.ts";

// ── data: look-up internals ──────────────────────────────────────────────────────────────────────────
export { validateDataOptions } from "./data/dataAccess.ts";
export { searchDirs, cacheDir, fetchCommand, PACKAGE_ROOT } from "./data/locateDataset.ts";
export { MAX_DATASET_BYTES } from "./data/datasetRegistry.ts";
export { MAX_LIBSVM_INDEX } from "./data/readLibsvm.ts";
export { csrFromDense, csrTimes, csrTransposeTimes, csrRowNorms, csrWeightedGram, csrSelectRows } from "./data/csrMatrix.ts";

// ── CLI: the command programmatically, and the helpers its property tests reach ──────────────────────
// runCli(argv, out?, err?, options?) resolves to the exit status.
export { main as runCli, type MainOptions } from "./cli/main.ts";
export { globMatch } from "./cli/globMatch.ts";
export { suggest, didYouMean } from "./cli/suggest.ts";
export { printable, printableDeep } from "./core/printable.ts";
export { createProgress, progressShown, type Progress, type ProgressOptions } from "./cli/progress.ts";
export { moduleLoadError } from "./cli/moduleLoadError.ts";

// ── report: the headless SVG renderer, chart theme and builders, atomic writes ───────────────────────
export { renderSvg, assertSelfContained, type VegaLiteSpec, type RenderSvgOptions } from "./report/renderSvg.ts";
export { textWidth, isBold } from "./report/textWidth.ts";
export { PALETTE, FONT, THEME, type Axis, type ScaleType, type ChartFrame } from "./report/chartTheme.ts";
export { lineChart, type LineChartOptions, type LineSeries, type BandPoint, type ReferenceRule } from "./report/lineChart.ts";
export {
  scatterChart,
  logLogFitChart,
  type ScatterChartOptions,
  type PointGroup,
  type MarkedPoint,
  type LogLogFitOptions,
  type PowerLawFit,
} from "./report/scatterChart.ts";
export { intervalChart, type IntervalChartOptions, type IntervalRow } from "./report/intervalChart.ts";
export { recoverPendingWrites, writeAtomic, writeFilesAtomic, type FileToWrite } from "./report/writeAtomic.ts";
// the report's pieces: documents, the provenance record, the machine-path scrub, rich text, figures
export type { ExperimentEntry, FigureRef } from "./report/auditDocument.ts";
export { auditJson, seedsAuditJson, publicClaim } from "./report/auditJson.ts";
export { auditMarkdown } from "./report/auditMarkdown.ts";
export { auditHtml, seedsHtml } from "./report/auditHtml.ts";
export { markdownToHtml } from "./report/markdownHtml.ts";
export { readExperiments } from "./report/auditReportFiles.ts";
export {
  provenance,
  gitState,
  datasetRecord,
  datasetRecords,
  CODE_PATHS,
  PROVENANCE_TIME_FIELDS,
  PROVENANCE_ENVIRONMENT_FIELDS,
  type Provenance,
  type GitState,
  type DatasetRecord,
} from "./report/provenance.ts";
export { claimFigures, figureFolder, type ClaimFigure } from "./report/claimFigures.ts";
export { barChart, type Bar, type BarChartOptions } from "./report/barChart.ts";
export { machinePaths, scrubMachinePaths, scrubDeep, type MachinePath } from "./report/machinePaths.ts";
export { markdownText, markdownCode, escapeHtml, type Line, type Span } from "./report/richText.ts";
export { dataPathArgs } from "./claims/commandLine.ts";
export type { QuantileRow } from "./claims/engine/rateTest.ts";

// ── running audits: sequential tests against fixed-sample designs (the profile), assembling audits from results
// (worker threads, journals and shards assemble the same audit), the journal's lossless codec ──────────────
export {
  alternativeFor,
  compareWithFixedSample,
  fixedSampleSize,
  sequentialPower,
  LEAST_COMPARABLE_POWER,
  type FixedSampleComparison,
} from "./stats/fixedSampleSize.ts";
export { profileCollector, FIXED_SAMPLE_ALTERNATIVE, type ClaimProfile, type SequentialSavings } from "./claims/profile.ts";
export { assembleAudit } from "./claims/auditClaims.ts";
export { assembleSeeds } from "./claims/auditSeeds.ts";
export { abandonedResult, timeLimitOf } from "./claims/auditClaim.ts";
export { toTagged, fromTagged } from "./claims/instanceCodec.ts";
export { requireReportable } from "./claims/plain.ts";

// ── experiments: building blocks ─────────────────────────────────────────────────────────────────────
export { traceRun, recordGrid, type Trace, type TraceOptions } from "./experiments/traceRun.ts";
export { withGradientCache, type CachedFunction } from "./experiments/withGradientCache.ts";
export { endValue, meanCurve, summarise, median, END_SHARE, type Summary } from "./experiments/aggregate.ts";
export { compareArms, type Arm, type Comparison } from "./experiments/arms.ts";
export { tuneStepsize, powerGrid, runOnce, Units, type Method, type Problem, type Tuning } from "./experiments/runs.ts";
export { splitRows, mushroomsProblem, type MushroomsProblem } from "./experiments/mushroomsProblem.ts";
export { density } from "./experiments/bernsteinSparseNoise.ts";

// ── the seed's text (quote checks) and report appendices' plumbing ───────────────────────────────────
export {
  SOURCE_TEXTS,
  sourceTextCandidates,
  locateSourceText,
  readSourceText,
  normaliseWhitespace,
  quoteOccurs,
  type SourceTextKey,
} from "./data/sourceText.ts";
export { sharedDir } from "./data/locateDataset.ts";
export { validateAppendix, validateAppendices, renderAppendices, appendixSection, type RenderedAppendix } from "./report/appendix.ts";
