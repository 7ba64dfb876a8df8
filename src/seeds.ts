/**
 * The package's root seeds, read once from package.json (`config.auditSeed`, `config.experimentSeed`) —
 * the one place they are written. `npm run audit` passes the audit seed as `$npm_package_config_auditSeed`,
 * claim tests (TEST_SEED) and the coverage and tightness checks default to it, so the committed reports,
 * the tests and CI speak of the same seed; the experiment command defaults to the experiment seed.
 */
import { readFileSync } from "node:fs";

const CONFIG: { auditSeed: number; experimentSeed: number } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).config;

/** Root seed of the committed audit (`npm run audit`) and the default of claim tests. */
export const AUDIT_SEED: number = CONFIG.auditSeed;
/** Default root seed of `signcheck experiment`. */
export const EXPERIMENT_SEED: number = CONFIG.experimentSeed;
