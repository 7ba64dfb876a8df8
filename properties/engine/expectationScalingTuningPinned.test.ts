/**
 * What the expectation, scaling and tuning kinds compute, pinned by hand (issue 14: these tests guard
 * src/claims/kinds/{expectation,scaling,tuning}.ts under mutation). The statistics are deterministic
 * — a constant draw, a fixed alternation, a cost n^p exactly, a run that ignores its stream — so every
 * evidence field is compared with the value its module's header comment says it is, computed here from
 * the formula (the empirical-Bernstein radius, the truncation levels, the looks, the order-statistic
 * ranks, the α shares), and every verdict rule is checked on both sides of its boundary.
 */
import { describe, expect, test } from "vitest";
import "signcheck/vitest";
import {
  ClaimDefinitionError,
  DEFAULT_ALPHA,
  KINDS,
  LOOK_RATIO,
  SHRINK_DECISIVE_FRACTION,
  TOL,
  VERDICT_SHARE,
  auditClaim,
  binomialCdf,
  budgetFor,
  close,
  defineClaim,
  evidenceOf,
  fc,
  lowerRank,
  scaleBound,
  streamFor,
  upperRank,
  type ExpectationClaim,
  type ScalingClaim,
  type Tolerance,
  type TuningClaim,
} from "signcheck/internal";

const source = { paper: "signcheck", item: "engine self-check" } as const;
const SEED = 5;
const ALPHA = DEFAULT_ALPHA; // none of these claims sets its own
const FIGURES = (1 - VERDICT_SHARE) * ALPHA;

type Row = { instances: number; trials: number; minTrials?: number; shrinks?: number };
function budgets(b: Row) {
  const row = { minTrials: b.trials, shrinks: 0, climbStarts: 0, climbSteps: 0, timeLimitSeconds: 60, ...b };
  return { quick: row, standard: row, thorough: row };
}
/** α of one test: the verdict share over instances + shrinks + 2 confirmations (no worst-case search here). */
const perTest = (b: Row) => (VERDICT_SHARE * ALPHA) / (b.instances + (b.shrinks ?? 0) + 2);
/** One tolerance unit of a comparison with b. */
const unit = (b: number, tol: Tolerance = TOL.claim) => tol.atol + tol.rtol * Math.abs(b);

/** |actual − expected| within a handful of float operations' round-off. */
function near(actual: number | undefined, expected: number, tol: Tolerance = TOL.exact) {
  expect(actual).toBeTypeOf("number");
  expect(close(actual!, expected, tol), `${actual} ≉ ${expected}`).toBe(true);
}

// ── expectation ────────────────────────────────────────────────────────────────────────────────────

/** Maurer & Pontil's radius: √(2V·ln(2/a)/n) + 7R·ln(2/a)/(3(n − 1)). */
const radius = (n: number, variance: number, range: number, a: number) =>
  Math.sqrt((2 * variance * Math.log(2 / a)) / n) + (7 * range * Math.log(2 / a)) / (3 * (n - 1));

/** The truncation levels M_j = bound + (bound − lo)·4^j, j = 0…7 (none when bound ≤ lo), those below hi, and hi itself (Infinity). */
function truncations(bound: number, lo: number, hi?: number): number[] {
  const levels = bound > lo ? [0, 1, 2, 3, 4, 5, 6, 7].map((j) => bound + (bound - lo) * 4 ** j) : [];
  return hi === undefined ? levels : [...levels.filter((m) => m < hi), Infinity];
}

/** The best truncated-mean lower bound of a constant draw c (variance 0 at every level) after n draws at α `perSide`. */
function constantLower(c: number, n: number, bound: number, lo: number, hi: number | undefined, perSide: number) {
  const ms = truncations(bound, lo, hi);
  let best = { lower: ms.length === 0 ? lo : -Infinity, truncation: Infinity };
  for (const m of ms) {
    const top = m === Infinity ? hi! : m;
    const lb = Math.max(lo, Math.min(c, top) - radius(n, 0, top - lo, perSide / Math.max(1, ms.length)));
    if (lb > best.lower) best = { lower: lb, truncation: m };
  }
  return best;
}

/** The looks of the sequential mean test: ⌈1.5ⁱ⌉-spaced from max(2, minTrials), then trials. */
function looks(minTrials: number, trials: number): number[] {
  const out: number[] = [];
  for (let n = Math.max(2, minTrials); n < trials; n = Math.max(n + 1, Math.ceil(n * LOOK_RATIO))) out.push(n);
  return [...out, trials];
}

type K = { k: number };
function meanClaim(
  o: Partial<ExpectationClaim<K>> & { value?: number; b: Row; bnd?: number; lo?: number; hi?: number; instances?: ExpectationClaim<K>["instances"] },
) {
  const { value, b, bnd = 1, lo = 0, hi, ...rest } = o;
  return defineClaim<ExpectationClaim<K>>({
    id: "signcheck/pinned-mean",
    kind: "expectation",
    title: "a mean pinned by hand",
    source,
    hypotheses: [],
    instances: fc.constant({ k: 1 }),
    statistic: () => value!,
    bound: () => bnd,
    range: () => (hi === undefined ? { lo } : { lo, hi }),
    budgets: budgets(b),
    ...rest,
  });
}

describe("expectation: the empirical-Bernstein certificate and the truncated-mean refutation", () => {
  test("holds: upper = X̄ + 7R·ln(2/a)/(3(n−1)) on [lo, hi], lower at the least truncation level below hi; fields of the re-estimate", () => {
    const b = { instances: 1, trials: 2000 };
    let draws = 0;
    const r = auditClaim(meanClaim({ statistic: () => (draws++, 0.25), bnd: 0.5, lo: 0, hi: 4, b }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("holds");
    const e = evidenceOf(r, "expectation");
    expect(draws).toBe(4000); // the main test and the re-estimate, 2000 draws each, no more
    const w = e.worst!;
    // The re-estimate: fixed n = min(trials, max(2000, 3·minTrials)) = 2000 at α = figures share / 1 candidate, one look.
    const a = FIGURES / 2;
    expect(w).toMatchObject({ streams: "reestimate", trials: 2000, failures: 0, diverged: 0, decision: "certified", bound: 0.5, mean: 0.25, sd: 0 });
    expect(w.range).toStrictEqual({ lo: 0, hi: 4 });
    near(w.upper, 0.25 + radius(2000, 0, 4, a));
    // Levels 1, 2.5 (8.5 ≥ hi is dropped) and hi: a constant 0.25 is bounded best at M = 1.
    expect(truncations(0.5, 0, 4)).toEqual([1, 2.5, Infinity]);
    near(w.lower, 0.25 - radius(2000, 0, 1, a / 3));
    expect(w.truncation).toBe(1);
    near(w.confidence, 1 - FIGURES / 2);
    expect(w.estimator).toBe("empirical Bernstein on [0, 4]");
    expect(w.slack).toBe(2);
    expect(e).toMatchObject({ certified: 1, refuted: 0, undecided: 0, vacuous: 0, statistical: true, trials: 4000, leastSlack: 2 });
    expect(e.tightness).toMatchObject({ unit: "factor", method: "sampled", instances: 1 });
    near(e.tightness!.value, w.lower / 0.5);
    near(e.tightness!.confidence!, 1 - FIGURES);
    expect(e.profile?.points).toEqual([[0.5, 1]]); // score = mean / bound
    expect(e.notes[0]).toBe(
      `sequential test of the mean: looks from 2000 to 2000 draws (×${LOOK_RATIO}), α/2 per side split over the looks; upper bound: empirical Bernstein on the declared [lo, hi]; lower bound: the best empirical-Bernstein bound of min(X, M) over fixed truncation levels M (valid for any tail)`,
    );
  });

  test("the sample variance enters the radius: draws alternating 0, 1 give mean ½, sd √(n/(4(n−1)))", () => {
    let calls = 0;
    const b = { instances: 1, trials: 200 };
    const r = auditClaim(meanClaim({ statistic: () => calls++ % 2, bnd: 0.9, lo: 0, hi: 1, b }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("holds");
    const w = evidenceOf(r, "expectation").worst!;
    const variance = 200 / 4 / 199;
    near(w.mean, 0.5, TOL.sum);
    near(w.sd, Math.sqrt(variance), TOL.sum);
    near(w.upper, 0.5 + radius(200, variance, 1, FIGURES / 2), TOL.sum);
    near(w.lower, 0.5 - radius(200, variance, 1, FIGURES / 2), TOL.sum); // 2·bound ≥ hi: hi is the only level
    expect(w.truncation).toBe(Infinity);
  });

  test("at the bound: holds when the main test's upper bound equals the bound, inconclusive 2 tolerance units below it", () => {
    const b = { instances: 1, trials: 200 };
    const upper = 0.25 + radius(200, 0, 1, perTest(b) / 2);
    const at = auditClaim(meanClaim({ value: 0.25, bnd: upper, lo: 0, hi: 1, b }), { seed: SEED, budget: "quick" });
    expect(at).toHaveVerdict("holds");
    const below = auditClaim(meanClaim({ value: 0.25, bnd: upper - 2 * unit(upper), lo: 0, hi: 1, b }), { seed: SEED, budget: "quick" });
    expect(below).toHaveVerdict("inconclusive");
    const w = evidenceOf(below, "expectation").worst!;
    expect(w).toMatchObject({ streams: "main", decision: "undecided", trials: 200 });
    near(w.upper, upper);
    expect(w).not.toHaveProperty("estimator");
    // hi is declared: the "never certified" note is only for a claim without one.
    expect(evidenceOf(below, "expectation").notes.join("\n")).not.toMatch(/no pathwise upper end/);
  });

  test("without hi a mean is never certified: inconclusive with the reason, no upper bound", () => {
    const r = auditClaim(meanClaim({ value: 0.25, bnd: 0.5, lo: 0, b: { instances: 1, trials: 200 } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("inconclusive");
    const e = evidenceOf(r, "expectation");
    expect(e.worst!.upper).toBeUndefined();
    expect(e.worst!.range).toStrictEqual({ lo: 0 });
    expect(e.notes).toContain(
      "no pathwise upper end (range.hi) is declared: a mean cannot be certified without an assumption on the tail, so this claim can be refuted but never certified",
    );
  });

  test("violated at one look: the truncated mean at M = 5 (levels 2, 5, 17, …) refutes a constant 3 > bound 1; confirmed on fresh streams", () => {
    const b = { instances: 1, trials: 200 };
    const r = auditClaim(meanClaim({ value: 3, bnd: 1, lo: 0, b }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const e = evidenceOf(r, "expectation");
    const w = e.worst!;
    const perSide = perTest(b) / 2;
    const best = constantLower(3, 200, 1, 0, undefined, perSide);
    expect(best.truncation).toBe(5);
    expect(w).toMatchObject({ streams: "main", decision: "refuted", trials: 200, mean: 3, sd: 0, truncation: 5 });
    near(w.lower, best.lower);
    near(w.lower, 3 - radius(200, 0, 5, perSide / 8));
    near(w.confidence, 1 - perTest(b) / 2);
    near(w.slack!, 1 / 3);
    expect(w.upper).toBeUndefined();
    expect(w.estimator).toBe("truncated at M = 5, empirical Bernstein on [0, M]");
    expect(e.confirmation).toMatchObject({ streams: "confirm", decision: "refuted", trials: 200 });
    expect(e.counterexample?.instance).toEqual({ k: 1 });
    expect(e.notes.join("\n")).not.toMatch(/no pathwise upper end/);
    expect(e.profile?.points).toEqual([[3, 1]]);
  });

  test("violated through the declared hi: [0, 3] keeps level 2 and hi, and hi bounds a constant 3 best", () => {
    const b = { instances: 1, trials: 200 };
    const r = auditClaim(meanClaim({ value: 3, bnd: 1, lo: 0, hi: 3, b }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const w = evidenceOf(r, "expectation").worst!;
    const perSide = perTest(b) / 2;
    expect(truncations(1, 0, 3)).toEqual([2, Infinity]);
    near(w.lower, 3 - radius(200, 0, 3, perSide / 2));
    expect(w.truncation).toBe(Infinity);
    expect(w.upper).toBe(3);
    expect(w.estimator).toBe("empirical Bernstein on [0, 3]");
  });

  test("sequential: the test stops at the first look whose truncated-mean bound exceeds the bound", () => {
    const b = { instances: 1, trials: 400, minTrials: 10 };
    const r = auditClaim(meanClaim({ value: 3, bnd: 1, lo: 0, b }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const w = evidenceOf(r, "expectation").worst!;
    const ns = looks(10, 400);
    const perSide = perTest(b) / 2 / ns.length;
    const stop = ns.find((n) => constantLower(3, n, 1, 0, undefined, perSide).lower > 1)!;
    expect(stop).toBeGreaterThan(10);
    expect(stop).toBeLessThan(400);
    const best = constantLower(3, stop, 1, 0, undefined, perSide);
    expect(w.trials).toBe(stop);
    near(w.lower, best.lower);
    expect(w.truncation).toBe(best.truncation);
    expect(w.estimator).toBe(`truncated at M = ${best.truncation}, empirical Bernstein on [0, M]`);
  });

  test("a sequential run certifies at the first look whose upper bound is below the bound (and the re-estimate takes 3 first looks)", () => {
    const b = { instances: 1, trials: 400, minTrials: 10 };
    const r = auditClaim(meanClaim({ value: 0, bnd: 0.5, lo: 0, hi: 1, b }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("holds");
    const ns = looks(10, 400);
    const stop = ns.find((n) => radius(n, 0, 1, perTest(b) / 2 / ns.length) <= 0.5)!;
    expect(stop).toBeGreaterThan(10);
    const e = evidenceOf(r, "expectation");
    const fixed = Math.min(400, Math.max(stop, 30));
    expect(e.trials).toBe(stop + fixed);
    expect(e.worst!.trials).toBe(fixed);
    near(e.worst!.upper, radius(fixed, 0, 1, FIGURES / 2)); // one look when the trials are fixed
    expect(e.leastSlack).toBe(Infinity); // mean 0 under a positive bound
  });

  test("a level equal to hi is hi itself: [0, 1] with bound ½ has the one truncation hi, at the whole α of its side", () => {
    const r = auditClaim(meanClaim({ value: 0.25, bnd: 0.5, lo: 0, hi: 1, b: { instances: 1, trials: 2000 } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("holds");
    const w = evidenceOf(r, "expectation").worst!;
    expect(truncations(0.5, 0, 1)).toEqual([Infinity]); // M₀ = 1 = hi
    near(w.lower, 0.25 - radius(2000, 0, 1, FIGURES / 2));
    expect(w.truncation).toBe(Infinity);
  });

  test("bound = lo: no truncation level (each would be lo itself), lower = lo", () => {
    const r = auditClaim(meanClaim({ value: 1, bnd: 1, lo: 1, b: { instances: 1, trials: 200 } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("inconclusive");
    const w = evidenceOf(r, "expectation").worst!;
    expect(w).toMatchObject({ lower: 1, truncation: Infinity, decision: "undecided", trials: 200 });
  });

  test("bounds tied at lo: the first level keeps it (two draws of ¼ on [0, 1], bound ¼: levels ½ and hi)", () => {
    const r = auditClaim(meanClaim({ value: 0.25, bnd: 0.25, lo: 0, hi: 1, b: { instances: 1, trials: 2 } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("inconclusive");
    const w = evidenceOf(r, "expectation").worst!;
    expect(truncations(0.25, 0, 1)).toEqual([0.5, Infinity]);
    expect(0.25 - radius(2, 0, 0.5, 1)).toBeLessThan(0); // both bounds clip at lo, whatever α
    expect(w).toMatchObject({ trials: 2, lower: 0, truncation: 0.5, upper: 1 });
  });

  test("a time limit reached between draws is reported in the Monte-Carlo phase", () => {
    let first = true;
    const statistic = () => {
      const end = performance.now() + 200;
      while (first && performance.now() < end);
      first = false;
      return 0.25;
    };
    const r = auditClaim(meanClaim({ statistic, bnd: 0.5, lo: 0, hi: 1, b: { instances: 1, trials: 200 } }), {
      seed: SEED,
      budget: "quick",
      timeLimitSeconds: 0.15,
    });
    expect(r).toHaveVerdict("inconclusive");
    expect(r.evidence.timedOut).toEqual({ limitSeconds: 0.15, phase: "Monte-Carlo trials" });
  });

  test("one trial asked is two drawn (the radius needs n ≥ 2)", () => {
    const r = auditClaim(meanClaim({ value: 0.25, bnd: 1, lo: 0, hi: 1, b: { instances: 1, trials: 1, minTrials: 1 } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("holds");
    const e = evidenceOf(r, "expectation");
    expect(e.worst!.trials).toBe(2);
    expect(e.trials).toBe(4);
    expect(e.worst!.upper).toBe(1); // clipped at hi
  });
});

describe("expectation: the pathwise lower end, the tolerance and the range", () => {
  test("lo above the bound: refuted exactly, with no draw and no confirmation", () => {
    let draws = 0;
    const r = auditClaim(meanClaim({ statistic: () => (draws++, 3), bnd: 1, lo: 2, b: { instances: 1, trials: 50 } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    expect(draws).toBe(0);
    const e = evidenceOf(r, "expectation");
    expect(e.worst).toMatchObject({
      trials: 0,
      decision: "refuted",
      lower: 2,
      truncation: Infinity,
      confidence: 1,
      estimator: "the declared pathwise lower end exceeds the bound",
      slack: 0.5,
    });
    expect(e.worst!.mean).toBeNaN();
    expect(e.worst!.sd).toBeNaN();
    expect(e.confirmation).toBeUndefined();
    expect(e.statistical).toBe(false);
    expect(e.trials).toBe(0);
  });

  test.each([
    ["½ unit above the bound is within the tolerance: sampled, certified", 0.5, "holds", 200],
    ["2 units above the bound is past it: refuted from lo alone", 2, "violated", 0],
  ])("lo = hi = statistic %s", (_label, units, verdict, trials) => {
    const c = 1 + units * unit(1);
    const r = auditClaim(meanClaim({ value: c, bnd: 1, lo: c, hi: c, b: { instances: 1, trials: 200 } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict(verdict as "holds");
    const w = evidenceOf(r, "expectation").worst!;
    expect(w.trials).toBe(trials);
    // lo ≥ bound: no truncation level below the bound either way.
    expect(w).toMatchObject({ lower: c, truncation: Infinity });
  });

  test("the claim's own tolerance replaces TOL.claim", () => {
    const c = 1 + 0.5 * unit(1);
    const exact = { atol: 0, rtol: 0 };
    const r = auditClaim(meanClaim({ value: c, bnd: 1, lo: c, hi: c, tolerance: exact, b: { instances: 1, trials: 200 } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
  });

  test("a draw at either end of the declared range is accepted", () => {
    for (const value of [0, 1]) {
      const r = auditClaim(meanClaim({ value, bnd: 1, lo: 0, hi: 1, b: { instances: 1, trials: 20 } }), { seed: SEED, budget: "quick" });
      expect(r.verdict, `draw ${value}`).not.toBe("error");
    }
  });

  test.each([
    ["below lo", -0.5, 1, /^statistic returned -0.5 on trial 0, outside its declared range \[0, 1\]$/],
    ["above hi", 1.5, 1, /^statistic returned 1.5 on trial 0, outside its declared range \[0, 1\]$/],
    ["below lo, no hi", -0.5, undefined, /^statistic returned -0.5 on trial 0, outside its declared range \[0, ∞\]$/],
  ])("a draw %s is an error naming the instance", (_label, value, hi, message) => {
    const r = auditClaim(meanClaim({ value, bnd: 1, lo: 0, hi, instances: fc.constant({ k: 7 }), b: { instances: 1, trials: 20 } }), {
      seed: SEED,
      budget: "quick",
    });
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toMatch(message);
    expect(r.error?.input).toEqual({ k: 7 });
  });

  test.each([
    ["bound NaN", { bnd: NaN }, /^bound\(instance\) = NaN is not accepted: expected a finite number$/],
    ["bound ∞", { bnd: Infinity }, /^bound\(instance\) = .* is not accepted: expected a finite number$/],
    ["bound a string", { bound: () => "1" as unknown as number }, /^bound\(instance\) = .* is not accepted/],
    ["lo ∞", { lo: -Infinity }, /^range\(instance\).lo = .* is not accepted: expected a finite number \(a pathwise lower end/],
    ["lo a string", { range: () => ({ lo: "0" as unknown as number }) }, /^range\(instance\).lo = /],
    ["no range", { range: () => undefined as unknown as { lo: number } }, /^range\(instance\).lo = /],
    ["hi < lo", { lo: 0, hi: -1 }, /^range\(instance\).hi = -1 is not accepted: expected a finite number ≥ lo = 0, or undefined$/],
    ["hi ∞", { lo: 0, hi: Infinity }, /^range\(instance\).hi = /],
    ["hi a string", { range: () => ({ lo: 0, hi: "1" as unknown as number }) }, /^range\(instance\).hi = /],
  ])("%s is an error naming the instance", (_label, patch, message) => {
    const r = auditClaim(meanClaim({ value: 0, instances: fc.constant({ k: 3 }), b: { instances: 1, trials: 20 }, ...patch }), {
      seed: SEED,
      budget: "quick",
    });
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toMatch(message);
    expect(r.error?.input).toEqual({ k: 3 });
  });

  test("hi = lo is a range (a constant statistic)", () => {
    const r = auditClaim(meanClaim({ value: 0.5, bnd: 1, lo: 0.5, hi: 0.5, b: { instances: 1, trials: 20 } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("holds");
  });
});

describe("expectation: diverged draws", () => {
  test.each([[NaN], [Infinity], [-Infinity]])("a draw of %s is an error unless divergedCountsAsFailure", (value) => {
    const r = auditClaim(meanClaim({ value, instances: fc.constant({ k: 4 }), b: { instances: 1, trials: 20 } }), { seed: SEED, budget: "quick" });
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toBe(
      `statistic returned ${value} on trial 0: a diverged draw is an error unless the claim declares divergedCountsAsFailure: true`,
    );
    expect(r.error?.input).toEqual({ k: 4 });
  });

  test("a draw that is not a number is an error", () => {
    const r = auditClaim(meanClaim({ statistic: () => "2" as unknown as number, b: { instances: 1, trials: 20 } }), { seed: SEED, budget: "quick" });
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toBe("statistic returned 2 (string): not a number");
  });

  test.each([[Infinity], [NaN], [-Infinity]])("declared: %s counts as +∞, truncated at every level (the top level 16385 decides)", (value) => {
    const b = { instances: 1, trials: 200 };
    const r = auditClaim(meanClaim({ value, divergedCountsAsFailure: true, bnd: 1, lo: 0, b }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const w = evidenceOf(r, "expectation").worst!;
    const top = 1 + 4 ** 7;
    expect(w).toMatchObject({ trials: 200, diverged: 200, mean: Infinity, slack: 0, truncation: top, sd: 0 });
    near(w.lower, top - radius(200, 0, top, perTest(b) / 2 / 8));
    expect(w.upper).toBeUndefined();
  });

  test("declared, with hi: a diverged draw is truncated at hi, and no upper bound is given", () => {
    const b = { instances: 1, trials: 200 };
    const r = auditClaim(meanClaim({ value: Infinity, divergedCountsAsFailure: true, bnd: 1, lo: 0, hi: 10, b }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const w = evidenceOf(r, "expectation").worst!;
    expect(w.truncation).toBe(Infinity);
    near(w.lower, 10 - radius(200, 0, 10, perTest(b) / 2 / 3)); // levels 2, 5 and hi
    expect(w.upper).toBeUndefined();
    expect(w.estimator).toBe("empirical Bernstein on [0, 10]");
  });
});

describe("expectation: score, slack and tightness off the positive axis", () => {
  test("bound 0 and a mean below it: no score, no slack, no tightness (and no re-estimate)", () => {
    const r = auditClaim(meanClaim({ value: -0.5, bnd: 0, lo: -1, hi: 0, b: { instances: 1, trials: 2000 } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("holds");
    const e = evidenceOf(r, "expectation");
    expect(e.profile).toMatchObject({ instances: 1, unscored: 1, points: [] });
    expect(e.leastSlack).toBeUndefined();
    expect(e.worst).toBeUndefined();
    expect(e.tightness).toBeUndefined();
  });

  test("bound 0 and a mean above it: score ∞", () => {
    const r = auditClaim(meanClaim({ value: 0.5, bnd: 0, lo: -1, hi: 1, b: { instances: 1, trials: 200 } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    expect(evidenceOf(r, "expectation").profile?.points).toEqual([[Infinity, 1]]);
  });

  test("bound −½ and mean 0: refuted, no slack (0 is not a mean with room)", () => {
    const r = auditClaim(meanClaim({ value: 0, bnd: -0.5, lo: -1, b: { instances: 1, trials: 200 } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const w = evidenceOf(r, "expectation").worst!;
    expect(w.mean).toBe(0);
    expect(w.slack).toBeUndefined();
  });

  test("bound 0 and mean 0: no score", () => {
    const r = auditClaim(meanClaim({ value: 0, bnd: 0, lo: -1, hi: 1, b: { instances: 1, trials: 200 } }), { seed: SEED, budget: "quick" });
    expect(evidenceOf(r, "expectation").profile).toMatchObject({ instances: 1, unscored: 1 });
  });

  test("a negative lower bound gives tightness 0, not a negative factor", () => {
    const r = auditClaim(meanClaim({ value: 0, bnd: 1, lo: -1, hi: 1, b: { instances: 1, trials: 200 } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("holds");
    const e = evidenceOf(r, "expectation");
    expect(e.worst!.lower).toBeLessThan(0);
    expect(e.tightness?.value).toBe(0);
  });
});

/** Two instances: a random draw is B (k = 1), and the first shrink candidate is A (k = 0). */
const AB = fc.integer({ min: 0, max: 1000 }).map((n) => ({ k: n === 0 ? 0 : 1 }));

describe("expectation: shrinking keeps a candidate by its margin", () => {
  type Side = { c: number; bnd: number; lo: number };
  const b = { instances: 1, trials: 2000, shrinks: 3 };
  /** Sampled margin: (lower − bound) / max(|bound|, bound − lo). */
  const margin = ({ c, bnd, lo }: Side) => (constantLower(c, 2000, bnd, lo, undefined, perTest(b) / 2).lower - bnd) / Math.max(Math.abs(bnd), bnd - lo);
  const pair = (a: Side, bb: Side) => {
    const side = (k: number) => (k === 0 ? a : bb);
    return meanClaim({
      instances: AB,
      statistic: ({ k }) => side(k).c,
      bound: ({ k }) => side(k).bnd,
      range: ({ k }) => ({ lo: side(k).lo }),
      b,
    });
  };
  test.each([
    ["B's scale is bound − lo = 10: A (margin ≈ 0.57) keeps half of B's (≈ 0.97)", { c: 1.6, bnd: 1, lo: 0 }, { c: 11, bnd: 1, lo: -9 }, true],
    ["B's scale is bound − lo = 10: A (margin ≈ 0.37) does not", { c: 1.4, bnd: 1, lo: 0 }, { c: 11, bnd: 1, lo: -9 }, false],
    ["B's scale is |bound| = 5 (bound −5 < 0): A keeps half of B's", { c: 1.6, bnd: 1, lo: 0 }, { c: 0, bnd: -5, lo: -6 }, true],
  ])("%s", (_label, a, bb, kept) => {
    expect(margin(a) >= SHRINK_DECISIVE_FRACTION * margin(bb)).toBe(kept);
    const r = auditClaim(pair(a, bb), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const e = evidenceOf(r, "expectation");
    expect(e.worstCounterexample).toMatchObject({ instance: { k: 1 }, origin: "random" });
    expect(e.counterexample?.instance).toEqual({ k: kept ? 0 : 1 });
  });

  test.each([
    ["A 1500 tolerance units past the bound keeps 10³ units of B's", 1500, true],
    ["A 500 units past does not", 500, false],
  ])("exact refutations (lo > bound): %s", (_label, units, kept) => {
    // Bound 4: a unit is atol + 4·rtol (a unit computed with rtol/4 would make A's 500 units about 7700).
    const lo = (k: number) => (k === 0 ? 4 + units * unit(4) : 8);
    const r = auditClaim(meanClaim({ instances: AB, value: 9, bnd: 4, range: ({ k }) => ({ lo: lo(k) }), b }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const e = evidenceOf(r, "expectation");
    expect(e.worstCounterexample?.instance).toEqual({ k: 1 });
    expect(e.counterexample?.instance).toEqual({ k: kept ? 0 : 1 });
  });
});

describe("expectation: the definition, the default budgets and the evidence of a claim never searched", () => {
  test.each([["statistic"], ["bound"], ["range"]])("defineClaim rejects a claim without %s", (field) => {
    expect(() => meanClaim({ value: 0, b: { instances: 1, trials: 20 }, [field]: undefined })).toThrow(
      "an expectation claim needs statistic(instance, stream), bound(instance) and range(instance) → { lo, hi? } (the statistic's pathwise range)",
    );
  });

  test("not applicable: the empty evidence of the expectation kind", () => {
    const r = auditClaim(meanClaim({ value: 0, applicable: () => "no data here", b: { instances: 1, trials: 20 } }), { seed: SEED, budget: "quick" });
    expect(r.verdict).toBe("not-applicable");
    expect(r.evidence).toMatchObject({ kind: "expectation", certified: 0, refuted: 0, undecided: 0, vacuous: 0 });
  });
});

describe("expectation: scaleBound and withData", () => {
  test("scaleBound multiplies the bound by c (data passed through) and moves the tightness by 1/c", () => {
    const data = { sentinel: true } as never;
    const seen: unknown[] = [];
    const claim = meanClaim({ value: 0.25, hi: 1, bound: (_i, d) => (seen.push(d), 4), b: { instances: 1, trials: 2000 } });
    const scaled = KINDS.expectation.scaleBound(claim, 0.5) as ExpectationClaim<K>;
    expect(scaled.bound({ k: 1 }, data)).toBe(2);
    expect(seen).toEqual([data]);
    // 4 and 2 are both ≥ 2·hi: hi is the only truncation level, so the lower bound does not move with the bound.
    const one = evidenceOf(auditClaim(claim, { seed: SEED, budget: "quick" }), "expectation").tightness!.value;
    const half = evidenceOf(auditClaim(scaleBound(claim, 0.5), { seed: SEED, budget: "quick" }), "expectation").tightness!.value;
    near(half, one / 0.5);
  });

  test.each([[0], [-1], [NaN]])("scaleBound rejects c = %s naming the claim", (c) => {
    const claim = meanClaim({ value: 0, b: { instances: 1, trials: 20 } });
    expect(() => KINDS.expectation.scaleBound(claim, c)).toThrow(ClaimDefinitionError);
    expect(() => KINDS.expectation.scaleBound(claim, c)).toThrow(`signcheck/pinned-mean: a bound factor must be > 0, got ${c}`);
  });

  test("withData passes the data to statistic, bound and range", () => {
    const data = { sentinel: true } as never;
    const seen: string[] = [];
    const claim = meanClaim({
      statistic: (_i, _s, d) => (seen.push(`statistic:${d === data}`), 0.5),
      bound: (_i, d) => (seen.push(`bound:${d === data}`), 2),
      range: (_i, d) => (seen.push(`range:${d === data}`), { lo: -3 }),
      b: { instances: 1, trials: 20 },
    });
    const w = KINDS.expectation.withData(claim, data) as ExpectationClaim<K>;
    const stream = streamFor({ seed: 1, claim: "c", instance: "i", trial: 0 });
    expect([w.statistic({ k: 1 }, stream), w.bound({ k: 1 }), w.range({ k: 1 })]).toEqual([0.5, 2, { lo: -3 }]);
    expect(seen).toEqual(["statistic:true", "bound:true", "range:true"]);
  });
});

// ── scaling ────────────────────────────────────────────────────────────────────────────────────────

function scalingClaim(o: Partial<ScalingClaim<K>> & { slope?: number; p?: number; b?: Row }) {
  const { slope = 1, p = 1, b = { instances: 1, trials: 16 }, ...rest } = o;
  return defineClaim<ScalingClaim<K>>({
    id: "signcheck/pinned-scaling",
    kind: "scaling",
    title: "a cost pinned by hand",
    source,
    hypotheses: [],
    instances: fc.constant({ k: 1 }),
    size: "n",
    sizes: () => [10, 100, 1000],
    cost: (_i, n) => n ** slope,
    exponent: () => p,
    budgets: budgets(b),
    ...rest,
  });
}

describe("scaling: slopes, their median and its order-statistic interval", () => {
  test("cost n^1 claimed O(n): holds; every field of the re-estimate", () => {
    const r = auditClaim(scalingClaim({}), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("holds");
    const e = evidenceOf(r, "scaling");
    const w = e.worst!;
    expect(w).toMatchObject({
      streams: "reestimate",
      size: "n",
      sizes: [10, 100, 1000],
      medianCosts: [10, 100, 1000],
      replicates: 16,
      trials: 48,
      failures: 0,
      diverged: 0,
      decision: "certified",
      exponent: 1,
      margin: 0.1,
      lowerOrder: 0.05,
    });
    for (const x of [w.medianSlope, w.lower, w.upper]) near(x, 1, TOL.claim);
    near(w.slack!, 0, TOL.claim); // slack = p − median slope
    near(w.confidence, 1 - FIGURES / 2);
    expect(e).toMatchObject({ certified: 1, undecided: 0, refuted: 0, vacuous: 0, statistical: true, trials: 96 });
    expect(e.tightness).toMatchObject({ unit: "exponent", method: "sampled" });
    near(e.tightness!.value, 1, TOL.claim);
    near(e.profile!.points[0][0], 1, TOL.claim); // score = 1 + median slope − p
    expect(e.notes).toContain(
      "16 independent replicates per instance, each a run at every size on its own streams; the median replicate slope's interval comes from order statistics (distribution-free), α/2 per end",
    );
    expect(e.notes).toContain(
      "holds needs the slope's upper end ≤ p + 0.1; violated needs its lower end > p + 0.05 (O(·) is one-sided; the allowance covers lower-order terms over the sizes measured)",
    );
  });

  test("replicate slopes 0.5 + r/32: median X₍₈₎, interval [X₍ᵣ₎, X₍ₛ₎] with the binomial ranks at α/2, median costs n^(median slope)", () => {
    const R = 16;
    let calls = 0;
    // One run is R replicates × 3 sizes, in replicate order: replicate r has slope 0.5 + r/32.
    const slopeOf = () => 0.5 + Math.floor((calls++ % (3 * R)) / 3) / 32;
    const r = auditClaim(scalingClaim({ cost: (_i, n) => n ** slopeOf(), b: { instances: 1, trials: R } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("holds");
    const w = evidenceOf(r, "scaling").worst!;
    const a = FIGURES / 2;
    const x = (rank: number) => 0.5 + (rank - 1) / 32;
    const lo = lowerRank(R, 0.5, a);
    const hi = upperRank(R, 0.5, a);
    expect(lo).toBeGreaterThan(1);
    expect(hi).toBeLessThan(R);
    near(w.medianSlope, x(8), TOL.claim);
    near(w.lower, x(lo), TOL.claim);
    near(w.upper, x(hi), TOL.claim);
    near(w.slack!, 1 - x(8), TOL.claim);
    [10, 100, 1000].forEach((n, j) => near(w.medianCosts[j], n ** x(8), TOL.claim));
    expect(calls).toBe(2 * 3 * R); // the main test and the re-estimate: R replicates × 3 sizes each, no more
  });

  test("each size of each replicate has its own stream, and a confirmation fresh ones", () => {
    // cost n·e^Z: a Z shared across sizes would make every replicate slope exactly 1.
    const claim = scalingClaim({ cost: (_i, n, s) => n * Math.exp(s.normal()), exponent: () => 0.2, b: { instances: 1, trials: 16 } });
    const r = auditClaim(claim, { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const e = evidenceOf(r, "scaling");
    expect(e.worst!.upper - e.worst!.lower).toBeGreaterThan(0.1);
    expect(e.confirmation!.medianSlope).not.toBe(e.worst!.medianSlope);
    expect(e.confirmation!.medianCosts).not.toEqual(e.worst!.medianCosts);
  });

  test("a time limit reached between runs is reported in the scaling phase", () => {
    let first = true;
    const cost = (_i: K, n: number) => {
      const end = performance.now() + 200;
      while (first && performance.now() < end);
      first = false;
      return n;
    };
    const r = auditClaim(scalingClaim({ cost }), { seed: SEED, budget: "quick", timeLimitSeconds: 0.15 });
    expect(r).toHaveVerdict("inconclusive");
    expect(r.evidence.timedOut).toEqual({ limitSeconds: 0.15, phase: "the scaling runs" });
  });

  test("violated: the main test's interval at α/2 of one test, slack p − slope < 0", () => {
    const b = { instances: 1, trials: 16 };
    const r = auditClaim(scalingClaim({ slope: 1.5, b }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const e = evidenceOf(r, "scaling");
    expect(e.worst).toMatchObject({ streams: "main", decision: "refuted", trials: 48 });
    near(e.worst!.confidence, 1 - perTest(b) / 2);
    near(e.worst!.slack!, -0.5, TOL.claim);
    near(e.profile!.points[0][0], 1.5, TOL.claim);
    expect(e.confirmation).toMatchObject({ streams: "confirm", decision: "refuted" });
  });

  test.each([
    // [slope, margin, lowerOrder, verdict]
    ["upper = p + margin holds", 1.1, undefined, 0.2, "holds"],
    ["upper = p + margin + 0.01 is inconclusive (not past lowerOrder)", 1.1, 0.09, 0.2, "inconclusive"],
    ["the default margin is 0.1: slope 1.15 is inconclusive", 1.15, undefined, 1, "inconclusive"],
    ["margin 0.2 admits slope 1.15", 1.15, 0.2, 1, "holds"],
    ["lower = p + lowerOrder (default 0.05) is not refuted", 1.05, undefined, undefined, "holds"],
    ["lower = p + 0.06 is refuted, even inside the margin", 1.06, undefined, undefined, "violated"],
    ["lowerOrder 0 refutes slope 1.03", 1.03, undefined, 0, "violated"],
    ["the default lowerOrder 0.05 admits slope 1.03", 1.03, undefined, undefined, "holds"],
  ])("%s", (_label, slope, margin, lowerOrder, verdict) => {
    const claim = scalingClaim({ slope, ...(margin !== undefined && { margin }), ...(lowerOrder !== undefined && { lowerOrder }) });
    const r = auditClaim(claim, { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict(verdict as "holds");
    const w = evidenceOf(r, "scaling").worst!;
    expect(w.margin).toBe(margin ?? 0.1);
    expect(w.lowerOrder).toBe(lowerOrder ?? 0.05);
  });

  test("the design notes name the declared margin and allowance", () => {
    const e = evidenceOf(auditClaim(scalingClaim({ margin: 0.2, lowerOrder: 0 }), { seed: SEED, budget: "quick" }), "scaling");
    expect(e.notes.join("\n")).toMatch(/holds needs the slope's upper end ≤ p \+ 0\.2; violated needs its lower end > p \+ 0 \(/);
  });

  test("two replicates cannot bound the median: ±∞ ends, inconclusive, no tightness", () => {
    const r = auditClaim(scalingClaim({ b: { instances: 1, trials: 2 } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("inconclusive");
    const e = evidenceOf(r, "scaling");
    expect(e.worst).toMatchObject({ lower: -Infinity, upper: Infinity, decision: "undecided" });
    expect(e.tightness).toBeUndefined();
  });

  test("replicates are a fixed number: every budget row has minTrials = trials", () => {
    const claim = scalingClaim({ budgets: undefined });
    for (const level of ["quick", "standard", "thorough"] as const) {
      const row = budgetFor(claim, level);
      expect(row.minTrials).toBe(row.trials);
    }
  });
});

describe("scaling: shrinking keeps a candidate by its margin lower − p − lowerOrder", () => {
  test.each([
    ["slope 1.3 (margin 0.25) keeps half of slope 1.5's (0.45)", 1.3, true],
    ["slope 1.26 (margin 0.21) does not", 1.26, false],
  ])("%s", (_label, slopeA, kept) => {
    const claim = scalingClaim({ instances: AB, cost: ({ k }, n) => n ** (k === 0 ? slopeA : 1.5), b: { instances: 1, trials: 16, shrinks: 3 } });
    const r = auditClaim(claim, { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const e = evidenceOf(r, "scaling");
    expect(e.worstCounterexample).toMatchObject({ instance: { k: 1 }, origin: "random" });
    expect(e.counterexample?.instance).toEqual({ k: kept ? 0 : 1 });
  });
});

describe("scaling: errors name the instance (and the size)", () => {
  test.each([
    ["no size", []],
    ["one size", [10]],
    ["one NaN size twice", [NaN, NaN]],
    ["no distinct sizes", [5, 5]],
    ["a zero size", [0, 10]],
    ["a negative size", [-1, 10]],
    ["a NaN size", [NaN, 10]],
    ["an infinite size", [10, Infinity]],
    ["a string size", ["10", 100]],
  ])("%s", (_label, sizes) => {
    const r = auditClaim(scalingClaim({ sizes: () => sizes as number[], instances: fc.constant({ k: 9 }) }), { seed: SEED, budget: "quick" });
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toMatch(/^sizes\(instance\) = .* is not accepted: expected at least two distinct finite sizes > 0$/);
    expect(r.error?.input).toEqual({ k: 9 });
  });

  test.each([[[10, 10, 100]], [[10, 100]]])("two distinct sizes are enough: %o", (sizes) => {
    expect(auditClaim(scalingClaim({ sizes: () => sizes }), { seed: SEED, budget: "quick" })).toHaveVerdict("holds");
  });

  test.each([[NaN], [Infinity], ["1"]])("an exponent of %s", (p) => {
    const r = auditClaim(scalingClaim({ exponent: () => p as number, instances: fc.constant({ k: 9 }) }), { seed: SEED, budget: "quick" });
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toMatch(/^exponent\(instance\) = .* is not accepted: expected a finite number$/);
    expect(r.error?.input).toEqual({ k: 9 });
  });

  test.each([[NaN], [Infinity], [0], [-2], ["5"]])("a cost of %s at n = 100", (c) => {
    const r = auditClaim(scalingClaim({ cost: (_i, n) => (n === 100 ? (c as number) : n), instances: fc.constant({ k: 9 }) }), {
      seed: SEED,
      budget: "quick",
    });
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toBe(`cost returned ${String(c)} at n = 100 (replicate 0): a cost is a finite number > 0`);
    expect(r.error?.input).toEqual({ k: 9 });
  });

  test.each([
    [{ margin: -0.1 }, "margin = -0.1 must be a finite number ≥ 0"],
    [{ margin: Infinity }, "margin = Infinity must be a finite number ≥ 0"],
    [{ lowerOrder: -1 }, "lowerOrder = -1 must be a finite number ≥ 0"],
    [{ lowerOrder: NaN }, "lowerOrder = NaN must be a finite number ≥ 0"],
    [{ size: "" }, "a scaling claim needs size: what n is"],
    [{ size: 5 }, "a scaling claim needs size: what n is"],
    [{ cost: undefined }, "a scaling claim needs sizes(instance), cost(instance, n, stream) and exponent(instance)"],
    [{ sizes: undefined }, "a scaling claim needs sizes(instance)"],
    [{ exponent: undefined }, "a scaling claim needs sizes(instance)"],
  ])("defineClaim rejects %o", (patch, message) => {
    expect(() => scalingClaim(patch as Partial<ScalingClaim<K>>)).toThrow(message);
  });

  test("margin 0 and lowerOrder 0 are accepted", () => {
    expect(() => scalingClaim({ margin: 0, lowerOrder: 0 })).not.toThrow();
  });
});

describe("scaling: the evidence of a claim never searched", () => {
  test("not applicable: the empty evidence of the scaling kind", () => {
    const r = auditClaim(scalingClaim({ applicable: () => "no data here" }), { seed: SEED, budget: "quick" });
    expect(r.verdict).toBe("not-applicable");
    expect(r.evidence).toMatchObject({ kind: "scaling", certified: 0, refuted: 0, undecided: 0, vacuous: 0 });
  });
});

describe("scaling: scaleBound and withData", () => {
  test("scaleBound multiplies the exponent: 0.5 refutes a linear cost, 2 keeps it; the tightness is the slope, in exponent units", () => {
    const data = { sentinel: true } as never;
    const seen: unknown[] = [];
    const claim = scalingClaim({ exponent: (_i, d) => (seen.push(d), 1) });
    expect((KINDS.scaling.scaleBound(claim, 3) as ScalingClaim<K>).exponent({ k: 1 }, data)).toBe(3);
    expect(seen).toEqual([data]);
    const half = auditClaim(scaleBound(claim, 0.5), { seed: SEED, budget: "quick" });
    expect(half).toHaveVerdict("violated");
    expect(evidenceOf(half, "scaling").worst!.exponent).toBe(0.5);
    const two = auditClaim(scaleBound(claim, 2), { seed: SEED, budget: "quick" });
    expect(two).toHaveVerdict("holds");
    near(evidenceOf(two, "scaling").tightness!.value, 1, TOL.claim);
    expect(() => KINDS.scaling.scaleBound(claim, 0)).toThrow("signcheck/pinned-scaling: a bound factor must be > 0, got 0");
  });

  test("withData passes the data to sizes, cost and exponent", () => {
    const data = { sentinel: true } as never;
    const seen: string[] = [];
    const claim = scalingClaim({
      sizes: (_i, d) => (seen.push(`sizes:${d === data}`), [1, 2]),
      cost: (_i, n, _s, d) => (seen.push(`cost:${d === data}`), n),
      exponent: (_i, d) => (seen.push(`exponent:${d === data}`), 1),
    });
    const w = KINDS.scaling.withData(claim, data) as ScalingClaim<K>;
    const stream = streamFor({ seed: 1, claim: "c", instance: "i", trial: 0 });
    expect([w.sizes({ k: 1 }), w.cost({ k: 1 }, 7, stream), w.exponent({ k: 1 })]).toEqual([[1, 2], 7, 1]);
    expect(seen).toEqual(["sizes:true", "cost:true", "exponent:true"]);
  });
});

// ── tuning ─────────────────────────────────────────────────────────────────────────────────────────

type P = { T: number };
function tuningClaim(o: Partial<TuningClaim<K, P>> & { b?: Row }) {
  const { b = { instances: 6, trials: 200 }, ...rest } = o;
  return defineClaim<TuningClaim<K, P>>({
    id: "signcheck/pinned-tuning",
    kind: "tuning",
    title: "a prescription pinned by hand",
    source,
    hypotheses: [],
    instances: fc.constantFrom({ k: 1 }, { k: 2 }, { k: 3 }),
    delta: () => 0.1,
    target: () => 0.5,
    prescription: ({ k }) => ({ T: 10 * k }),
    run: (_i, p) => 1 / p.T,
    cost: (_i, p) => 2 * p.T,
    deterministic: () => true,
    budgets: budgets(b),
    ...rest,
  });
}

describe("tuning: the prescription's miss rate against δ", () => {
  test("deterministic runs 1/(10k) ≤ 0.5: holds exactly; the least-slack instance k = 1 and its prescription and cost", () => {
    const r = auditClaim(tuningClaim({}), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("holds");
    const e = evidenceOf(r, "tuning");
    expect(e.instances).toBe(3);
    expect(e.worst).toMatchObject({
      instance: { k: 1 },
      trials: 2,
      failures: 0,
      target: 0.1,
      bound: 0.5,
      exactProbability: 0,
      observedQuantile: 0.1,
      slack: 5,
      decision: "certified",
    });
    expect(e.prescription).toEqual({ params: { T: 10 }, cost: 20 });
    expect(e.leastSlack).toBe(5);
    expect(e.tightness).toMatchObject({ method: "exact", value: 0.2, instance: { k: 1 } });
    expect(e.grid).toBeUndefined();
  });

  test("target 0.05: k = 1 misses (1/10 > 0.05) and is a counterexample; k = 2 sits at the target and passes; no prescription reported", () => {
    const r = auditClaim(tuningClaim({ target: () => 0.05, grid: () => [{ T: 1000 }] }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const e = evidenceOf(r, "tuning");
    expect(e.counterexample?.instance).toEqual({ k: 1 });
    expect(e.worst).toMatchObject({ exactProbability: 1, failures: 2, decision: "refuted" });
    expect(e.confirmation).toBeUndefined();
    expect(e.refuted).toBe(1);
    expect(e.prescription).toBeUndefined();
    expect(e.grid).toBeUndefined();
    const atTarget = auditClaim(tuningClaim({ target: () => 0.05, instances: fc.constant({ k: 2 }) }), { seed: SEED, budget: "quick" });
    expect(atTarget).toHaveVerdict("holds");
  });

  test("the claim's tolerance decides a run half a unit past the target", () => {
    const run = () => 0.5 + 0.5 * unit(0.5);
    expect(auditClaim(tuningClaim({ run }), { seed: SEED, budget: "quick" })).toHaveVerdict("holds");
    expect(auditClaim(tuningClaim({ run, tolerance: { atol: 0, rtol: 0 } }), { seed: SEED, budget: "quick" })).toHaveVerdict("violated");
  });

  test("sampled (not deterministic): a run that never misses is certified by the binomial test; the statistic's quantile is reported", () => {
    const r = auditClaim(tuningClaim({ deterministic: undefined, run: (_i, p) => 1 / p.T, b: { instances: 3, trials: 200 } }), {
      seed: SEED,
      budget: "quick",
    });
    expect(r).toHaveVerdict("holds");
    const w = evidenceOf(r, "tuning").worst!;
    expect(w).toMatchObject({ instance: { k: 1 }, failures: 0, target: 0.1, bound: 0.5, observedQuantile: 0.1, streams: "reestimate" });
    expect(w.slack).toBe(5);
    expect(w.exactProbability).toBeUndefined();
  });

  test("sampled: a run that always misses is refuted at the first look and confirmed", () => {
    const r = auditClaim(tuningClaim({ deterministic: undefined, run: () => 1, b: { instances: 3, trials: 200 } }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("violated");
    const e = evidenceOf(r, "tuning");
    expect(e.worst!.failures).toBe(e.worst!.trials);
    expect(e.confirmation?.decision).toBe("refuted");
  });

  test("a diverged run is an error naming the instance unless divergedCountsAsFailure, then a miss", () => {
    const r = auditClaim(tuningClaim({ run: () => NaN, instances: fc.constant({ k: 2 }) }), { seed: SEED, budget: "quick" });
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toMatch(/^statistic returned NaN at a run: a diverged trajectory is an error unless/);
    expect(r.error?.input).toEqual({ k: 2 });
    const declared = auditClaim(tuningClaim({ run: () => Infinity, divergedCountsAsFailure: true }), { seed: SEED, budget: "quick" });
    expect(declared).toHaveVerdict("violated");
    expect(evidenceOf(declared, "tuning").worst!.diverged).toBe(2);
  });

  test.each([
    ["δ = 0", { delta: () => 0 }, /^delta\(instance\) = 0 is not accepted/],
    ["δ = 1", { delta: () => 1 }, /^delta\(instance\) = 1 is not accepted/],
    ["target NaN", { target: () => NaN }, /^bound\(instance\) = NaN is not accepted/],
  ])("%s is an error naming the instance", (_label, patch, message) => {
    const r = auditClaim(tuningClaim({ ...patch, instances: fc.constant({ k: 2 }) }), { seed: SEED, budget: "quick" });
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toMatch(message);
    expect(r.error?.input).toEqual({ k: 2 });
  });

  test.each([
    [{ run: undefined }, "a tuning claim needs delta, target, prescription, run and cost (functions); run is missing"],
    [{ cost: undefined }, "cost is missing"],
    [{ delta: undefined }, "delta is missing"],
    [{ grid: [] as never }, "grid must be a function of the instance"],
    [{ deterministic: true as never }, "deterministic must be a function of the instance"],
  ])("defineClaim rejects %o", (patch, message) => {
    expect(() => tuningClaim(patch as Partial<TuningClaim<K, P>>)).toThrow(message);
  });
});

describe("tuning: the grid and the price of the theory's constants", () => {
  test("prescription T = 8 against T ∈ {1, 2, 4, 16} with run 1/T ≤ 0.3: T ≥ 4 reach it, price 8/4 = 2", () => {
    const claim = tuningClaim({
      instances: fc.constant({ k: 1 }),
      target: () => 0.3,
      prescription: () => ({ T: 8 }),
      cost: (_i, p) => p.T,
      grid: () => [{ T: 1 }, { T: 2 }, { T: 4 }, { T: 16 }],
      b: { instances: 1, trials: 200 },
    });
    const r = auditClaim(claim, { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("holds");
    const e = evidenceOf(r, "tuning");
    const hash = e.worst!.instanceHash;
    expect(e.grid!.map((g) => [g.params, g.cost, g.prescribed, g.summary.decision, g.instanceHash])).toEqual([
      [{ T: 8 }, 8, true, "certified", hash],
      [{ T: 1 }, 1, false, "refuted", hash],
      [{ T: 2 }, 2, false, "refuted", hash],
      [{ T: 4 }, 4, false, "certified", hash],
      [{ T: 16 }, 16, false, "certified", hash],
    ]);
    expect(new Set(e.grid!.map((g) => g.summary.instanceHash)).size).toBe(5); // each point on its own streams
    expect(e.grid!.every((g) => g.summary.streams === "reestimate")).toBe(true);
    expect(e.price).toEqual([{ instanceHash: hash, price: 2, best: { T: 4 } }]);
    expect(e.gridTest).toEqual({ instances: 1, alpha: FIGURES / 5 });
  });

  test("the grid runs on the one least-slack instance (k = 1 of three), at α split over its points", () => {
    const r = auditClaim(tuningClaim({ grid: () => [{ T: 1 }, { T: 100 }] }), { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("holds");
    const e = evidenceOf(r, "tuning");
    expect(e.instances).toBe(3);
    expect(e.worst!.instance).toEqual({ k: 1 });
    expect(e.gridTest).toEqual({ instances: 1, alpha: FIGURES / 3 });
    expect(e.grid!.map((g) => [g.instanceHash, g.params, g.cost])).toEqual([
      [e.worst!.instanceHash, { T: 10 }, 20],
      [e.worst!.instanceHash, { T: 1 }, 2],
      [e.worst!.instanceHash, { T: 100 }, 200],
    ]);
    expect(e.price).toEqual([{ instanceHash: e.worst!.instanceHash, price: 1, best: { T: 10 } }]);
  });

  test("the prescription is the cheapest that reaches the target: price 1", () => {
    const claim = tuningClaim({
      instances: fc.constant({ k: 1 }),
      target: () => 0.3,
      prescription: () => ({ T: 4 }),
      cost: (_i, p) => p.T,
      grid: () => [{ T: 2 }, { T: 8 }],
      b: { instances: 1, trials: 200 },
    });
    const e = evidenceOf(auditClaim(claim, { seed: SEED, budget: "quick" }), "tuning");
    expect(e.price?.map((p) => [p.price, p.best])).toEqual([[1, { T: 4 }]]);
  });

  test("only the prescription reaches the target: price 1 against itself", () => {
    const claim = tuningClaim({
      instances: fc.constant({ k: 1 }),
      target: () => 0.3,
      prescription: () => ({ T: 8 }),
      grid: () => [{ T: 1 }],
      b: { instances: 1, trials: 200 },
    });
    const e = evidenceOf(auditClaim(claim, { seed: SEED, budget: "quick" }), "tuning");
    expect(e.grid).toHaveLength(2);
    expect(e.price).toEqual([{ instanceHash: e.worst!.instanceHash, price: 1, best: { T: 8 } }]);
  });

  test("ties in cost: the first certified point of least cost is the best (the prescription, listed first)", () => {
    const claim = tuningClaim({
      instances: fc.constant({ k: 1 }),
      target: () => 0.3,
      prescription: () => ({ T: 8 }),
      cost: (_i, p) => 10 * Math.ceil(p.T / 10), // 10 for every T ≤ 10
      grid: () => [{ T: 5 }, { T: 6 }],
      b: { instances: 1, trials: 200 },
    });
    const e = evidenceOf(auditClaim(claim, { seed: SEED, budget: "quick" }), "tuning");
    expect(e.grid!.map((g) => g.summary.decision)).toEqual(["certified", "certified", "certified"]);
    expect(e.price?.map((p) => [p.price, p.best])).toEqual([[1, { T: 8 }]]);
  });

  test("a prescription certified by the verdict's test but not by the grid's (smaller α): no price, though the grid points reach the target", () => {
    // The prescription misses on every 5th run (20 of each 100), its alternatives never; δ = 0.35, 100 runs, one look.
    let runs = 0;
    const claim = tuningClaim({
      instances: fc.constant({ k: 1 }),
      deterministic: undefined,
      delta: () => 0.35,
      prescription: () => ({ T: 8 }),
      run: (_i, p) => (p.T === 8 && runs++ % 5 === 0 ? 1 : 0),
      grid: () => [{ T: 16 }, { T: 32 }, { T: 64 }],
      b: { instances: 1, trials: 100 },
    });
    const r = auditClaim(claim, { seed: SEED, budget: "quick" });
    // 20 misses in 100 are certified below δ at the verdict's α (one of 3 tests), not at the grid's (the figures' share over 4 points).
    const tail = binomialCdf(20, 100, 0.35);
    expect(tail).toBeLessThan(perTest({ instances: 1, trials: 100 }));
    expect(tail).toBeGreaterThan(FIGURES / 4);
    expect(r).toHaveVerdict("holds");
    const e = evidenceOf(r, "tuning");
    expect(e.grid!.map((g) => [g.summary.failures, g.summary.decision])).toEqual([
      [20, "undecided"],
      [0, "certified"],
      [0, "certified"],
      [0, "certified"],
    ]);
    expect(e.price).toEqual([]);
  });

  test("every instance degenerate: nothing re-estimated, the grid runs on no instance at α = the figures' share", () => {
    const claim = tuningClaim({ degenerate: () => "all of them", grid: () => [{ T: 1 }] });
    const r = auditClaim(claim, { seed: SEED, budget: "quick" });
    expect(r).toHaveVerdict("holds");
    const e = evidenceOf(r, "tuning");
    expect(e.prescription).toBeUndefined();
    expect(e.grid).toEqual([]);
    expect(e.price).toEqual([]);
    expect(e.gridTest).toEqual({ instances: 0, alpha: FIGURES });
  });
});

describe("tuning: the evidence of a claim never searched", () => {
  test("not applicable: the empty evidence of the tuning kind", () => {
    const r = auditClaim(tuningClaim({ applicable: () => "no data here" }), { seed: SEED, budget: "quick" });
    expect(r.verdict).toBe("not-applicable");
    expect(r.evidence).toMatchObject({ kind: "tuning", certified: 0, refuted: 0, undecided: 0, vacuous: 0 });
  });
});

describe("tuning: scaleBound and withData", () => {
  test("scaleBound multiplies the target (data passed through) and moves the tightness by 1/c", () => {
    const data = { sentinel: true } as never;
    const seen: unknown[] = [];
    const claim = tuningClaim({ target: (_i, d) => (seen.push(d), 0.5) });
    expect((KINDS.tuning.scaleBound(claim, 4) as TuningClaim<K, P>).target({ k: 1 }, data)).toBe(2);
    expect(seen).toEqual([data]);
    const one = evidenceOf(auditClaim(claim, { seed: SEED, budget: "quick" }), "tuning").tightness!.value;
    const scaled = auditClaim(scaleBound(claim, 4), { seed: SEED, budget: "quick" });
    near(evidenceOf(scaled, "tuning").tightness!.value, one / 4);
    // Below the tightness (0.2) the prescription misses at k = 1.
    expect(auditClaim(scaleBound(claim, 0.19), { seed: SEED, budget: "quick" })).toHaveVerdict("violated");
    expect(() => KINDS.tuning.scaleBound(claim, -2)).toThrow("signcheck/pinned-tuning: a bound factor must be > 0, got -2");
    expect(() => KINDS.tuning.scaleBound(claim, 0)).toThrow(ClaimDefinitionError);
  });

  test("withData passes the data to every callback, and leaves absent grid and deterministic absent", () => {
    const data = { sentinel: true } as never;
    const seen: string[] = [];
    const mark = <T>(name: string, d: unknown, v: T) => (seen.push(`${name}:${d === data}`), v);
    const claim = tuningClaim({
      delta: (_i, d) => mark("delta", d, 0.1),
      target: (_i, d) => mark("target", d, 0.5),
      prescription: (_i, d) => mark("prescription", d, { T: 3 }),
      run: (_i, _p, _s, d) => mark("run", d, 0.25),
      cost: (_i, _p, d) => mark("cost", d, 6),
      grid: (_i, d) => mark("grid", d, [{ T: 1 }]),
      deterministic: (_i, d) => mark("deterministic", d, true),
    });
    const w = KINDS.tuning.withData(claim, data) as TuningClaim<K, P>;
    const i = { k: 1 };
    const stream = streamFor({ seed: 1, claim: "c", instance: "i", trial: 0 });
    expect([w.delta(i), w.target(i), w.prescription(i), w.run(i, { T: 3 }, stream), w.cost(i, { T: 3 }), w.grid!(i), w.deterministic!(i)]).toEqual([
      0.1,
      0.5,
      { T: 3 },
      0.25,
      6,
      [{ T: 1 }],
      true,
    ]);
    expect(seen).toEqual(["delta:true", "target:true", "prescription:true", "run:true", "cost:true", "grid:true", "deterministic:true"]);
    const bare = KINDS.tuning.withData(tuningClaim({ deterministic: undefined }), data) as TuningClaim<K, P>;
    expect(bare.grid).toBeUndefined();
    expect(bare.deterministic).toBeUndefined();
  });
});

describe("default budgets of the three kinds", () => {
  test.each([
    ["expectation", meanClaim({ value: 0, b: { instances: 1, trials: 20 }, budgets: undefined })],
    ["scaling", scalingClaim({ budgets: undefined })],
    ["tuning", tuningClaim({ budgets: undefined })],
  ])("%s: every level is a valid budget, and each level tests at least as much as the one before", (_kind, claim) => {
    const [quick, standard, thorough] = (["quick", "standard", "thorough"] as const).map((level) => budgetFor(claim, level));
    for (const k of ["instances", "trials", "minTrials", "shrinks", "timeLimitSeconds"] as const) {
      expect(quick[k], k).toBeLessThanOrEqual(standard[k]);
      expect(standard[k], k).toBeLessThanOrEqual(thorough[k]);
    }
    expect(quick.instances).toBeGreaterThan(1);
  });
});
