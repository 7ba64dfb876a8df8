/**
 * vitest integration (import from "signcheck/vitest"; an entry point above every layer, like
 * index.ts): `claimTest(claim)` registers one test that audits the claim at a budget and fails when
 * the verdict does not match the claim's expectation; the matchers `toHaveVerdict(v)` and
 * `toMatchExpectation()` print the whole evidence and the replay commands on failure. This is how a
 * user gates their own algorithm in their own suite. A bad budget name or seed — in `claimTest` or in
 * SIGNCHECK_TEST_SEED — is a typed InputError, not a silent default.
 */
/// <reference types="node" preserve="true" />
import { relative } from "node:path";
import { expect, test } from "vitest";
import { auditClaim, requireSeed } from "./claims/auditClaim.ts";
import { definedIn } from "./claims/definedIn.ts";
import { requireBudgetLevel } from "./claims/budgets.ts";
import type { BudgetLevel, Claim, ClaimResult, Outcome } from "./claims/types.ts";
import { InputError } from "./core/errors.ts";
import { describeResult } from "./report/describeResult.ts";
import { AUDIT_SEED } from "./seeds.ts";

/** Parses SIGNCHECK_TEST_SEED: unset gives the default; anything but a non-negative integer is an InputError. */
export function testSeedFrom(value: string | undefined, fallback = AUDIT_SEED): number {
  if (value === undefined || value === "") return fallback;
  if (!/^\d+$/.test(value.trim())) throw new InputError("SIGNCHECK_TEST_SEED", value, "a non-negative integer");
  return requireSeed("SIGNCHECK_TEST_SEED", Number(value.trim()));
}

/** Root seed of claim tests: the audit seed, so CI is deterministic; SIGNCHECK_TEST_SEED overrides it. */
export const TEST_SEED = testSeedFrom(process.env.SIGNCHECK_TEST_SEED);

interface VerdictMatchers<R = unknown> {
  toHaveVerdict(verdict: Outcome): R;
  toMatchExpectation(): R;
}

declare module "vitest" {
  interface Assertion<T = any> extends VerdictMatchers<T> {}
  interface AsymmetricMatchersContaining extends VerdictMatchers {}
}

function isResult(x: unknown): x is ClaimResult {
  return typeof x === "object" && x !== null && "verdict" in x && "evidence" in x;
}

expect.extend({
  toHaveVerdict(received: unknown, verdict: Outcome) {
    if (!isResult(received)) return { pass: false, message: () => "expected a ClaimResult (from auditClaim)" };
    return {
      pass: received.verdict === verdict,
      message: () => `expected ${received.id} to be ${this.isNot ? "not " : ""}${verdict}, got ${received.verdict}\n${describeResult(received)}`,
    };
  },
  toMatchExpectation(received: unknown) {
    if (!isResult(received)) return { pass: false, message: () => "expected a ClaimResult (from auditClaim)" };
    return { pass: received.match.ok, message: () => `verdict does not match the expectation\n${describeResult(received)}` };
  },
});

export interface ClaimTestOptions {
  readonly budget?: BudgetLevel;
  readonly seed?: number;
  /** Per-test timeout in ms (default 120 s: a claim test is a small Monte-Carlo run). */
  readonly timeout?: number;
  /**
   * The module the printed replay command names (default: the file that called `defineClaim` for this claim,
   * relative to the folder vitest runs in). Give it when the claim is made by a helper in another file.
   */
  readonly module?: string;
}

/** Registers `<id> matches its expectation at the <budget> budget`. */
export function claimTest(claim: Claim, { budget = "quick", seed = TEST_SEED, timeout = 120_000, module }: ClaimTestOptions = {}): void {
  requireBudgetLevel("budget", budget);
  requireSeed("seed", seed);
  const file = module ?? definedIn(claim);
  const modules = file === undefined ? [] : [module ?? relative(process.cwd(), file)];
  test(`${claim.id} matches its expectation at the ${budget} budget`, { timeout }, () => {
    const result = auditClaim(claim, { seed, budget, modules });
    expect(result).toMatchExpectation();
  });
}

export { auditClaim, describeResult };
