/**
 * The rate deciders pinned by hand (issue 14): what the high-probability kind (kinds/highProbability.ts), the
 * per-instance rate test (engine/rateTest.ts) and the shared statistical decision (engine/decideStatistical.ts)
 * compute, on claims whose statistics are deterministic functions of the instance (failure rate exactly 0 or 1)
 * or of the trial's own stream, which the test replays with `streamFor` to compute every evidence number
 * independently: trials used at the sequential test's looks, failures, the Clopper–Pearson interval in closed
 * form, the empirical (1 − δ)-quantile and its distribution-free bounds from a hand-summed binomial, the
 * re-estimation, the least slack and the tightness. Budgets are tiny (≤ 100 trials) so every verdict is certain.
 */
import { describe, expect, test } from "vitest";
import "signcheck/vitest";
import {
  auditClaim,
  BETA_INC_RTOL,
  budgetFor,
  ClaimDefinitionError,
  clopperPearsonLower,
  close,
  DEFAULT_ALPHA,
  defineClaim,
  evidenceOf,
  fc,
  instanceHash,
  KINDS,
  param,
  SHRINK_MARGIN_UNITS,
  streamFor,
  TOL,
  VERDICT_SHARE,
  TimeLimitError,
  type ExpectationClaim,
  type HighProbabilityClaim,
  type ProbabilityClaim,
  type RateSummary,
  type Stream,
  type TuningClaim,
} from "signcheck/internal";

const SEED = 7;
const source = { paper: "signcheck", item: "engine self-check" } as const;
/** 4 random draws, 2 shrinks, no worst-case search; trials 10 to 100 at the looks below. */
const BUDGET = { instances: 4, trials: 100, minTrials: 10, shrinks: 2, climbStarts: 0, climbSteps: 0, timeLimitSeconds: 60 };
/** Enough draws that each of the three instances comes up (for claims whose α does not matter). */
const MANY = { ...BUDGET, instances: 12 };
const budgets = (b: typeof BUDGET) => ({ quick: b, standard: b, thorough: b });
/** The looks of the sequential design from 10 to 100 trials, each ⌈1.5·n⌉ after the last. */
const LOOKS = [10, 15, 23, 35, 53, 80, 100];
/** α per test: 80 % of α = 0.01 over instances + shrinks + 2 confirmations = 8 tests. */
const PER_TEST = (VERDICT_SHARE * DEFAULT_ALPHA) / (BUDGET.instances + BUDGET.shrinks + 2);
/** α of the figures (20 %), split over the two re-estimated instances. */
const FIGURES = (1 - VERDICT_SHARE) * DEFAULT_ALPHA;
const PER_FIGURE = FIGURES / 2;
/** A re-estimation runs min(trials, max(own trials, 3 first looks)) trials. */
const REESTIMATE = (own: number) => Math.min(BUDGET.trials, Math.max(own, 3 * BUDGET.minTrials));
/** The level each look compares its tail with: α/J moved inward by the tail's error bound. */
const level = (alpha: number) => alpha * (1 - 2 * BETA_INC_RTOL);

/** The first look where n trials with all (or no) failures decide "rate ≤ δ": δⁿ (or (1 − δ)ⁿ) ≤ α/J. */
function decisiveLook(tailPerTrial: number, alpha: number): number {
  const look = LOOKS.find((n) => tailPerTrial ** n <= level(alpha / LOOKS.length));
  if (look === undefined) throw new Error("undecided at this budget");
  return look;
}

/** P(K ≤ k) for K ~ Binomial(n, p), summed term by term (n ≤ 100). */
function binomialCdfByHand(k: number, n: number, p: number): number {
  let sum = 0;
  for (let j = 0; j <= k; j++) {
    let logChoose = 0;
    for (let i = 1; i <= j; i++) logChoose += Math.log(n - j + i) - Math.log(i);
    sum += Math.exp(logChoose + j * Math.log(p) + (n - j) * Math.log1p(-p));
  }
  return sum;
}

/** Distribution-free bounds of the q-quantile from the order statistics of `sample` at level α (David & Nagaraja §7.1). */
function quantileBoundsByHand(sample: readonly number[], q: number, alpha: number): { lower: number; upper: number; empirical: number } {
  const s = [...sample].sort((a, b) => a - b);
  const n = s.length;
  let r = n; // greatest r with P(K ≤ r − 1) ≤ α
  for (let i = 1; i <= n; i++) {
    if (binomialCdfByHand(i - 1, n, q) > alpha) {
      r = i - 1;
      break;
    }
  }
  let u = n + 1; // least u with P(K ≥ u) ≤ α
  for (let i = 1; i <= n; i++) {
    if (1 - binomialCdfByHand(i - 1, n, q) <= alpha) {
      u = i;
      break;
    }
  }
  return { lower: r === 0 ? -Infinity : s[r - 1], upper: u > n ? Infinity : s[u - 1], empirical: s[Math.ceil(q * n) - 1] };
}

/** The first uniform of each of the first n trial streams of (claim, instance, domain): what the engine's trials saw. */
function uniforms(claimId: string, instance: unknown, domain: string, n: number): number[] {
  return Array.from({ length: n }, (_, trial) => streamFor({ seed: SEED, claim: claimId, instance: instanceHash(instance), trial, domain }).next());
}

const sortedCopy = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
const meanOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sdOf = (xs: readonly number[]) => Math.sqrt(xs.reduce((a, b) => a + (b - meanOf(xs)) ** 2, 0) / (xs.length - 1));

type HP = HighProbabilityClaim<number>;
/** A high-probability claim on the instances 1, 2, 3 at δ = 0.5 (the order of the draws is fixed by the seed). */
function hp(id: string, over: Partial<HP>): HP {
  return defineClaim<HP>({
    id: `signcheck/${id}`,
    kind: "high-probability",
    title: id,
    source,
    hypotheses: [],
    instances: fc.constantFrom(1, 2, 3),
    delta: () => 0.5,
    bound: (x) => x,
    statistic: (x, s) => x * s.next(),
    budgets: budgets(BUDGET),
    ...over,
  });
}

const audit = (claim: Parameters<typeof auditClaim>[0]) => auditClaim(claim, { seed: SEED, budget: "quick" });

describe("sampled high-probability claim that holds: statistic x·U ≤ bound x always (failure rate exactly 0)", () => {
  const claim = hp("hp-holds", {});
  const run = () => {
    const r = audit(claim);
    return { r, e: evidenceOf(r, "high-probability") };
  };
  // By hand: the main test certifies at the first look n with (1 − δ)ⁿ ≤ α/J: 0.5¹⁰ > 0.001/7 ≥ 0.5¹⁵.
  const own = decisiveLook(0.5, PER_TEST);
  const main = (x: number) => uniforms(claim.id, x, "main", own).map((u) => x * u);
  const scoreOf = (x: number) => quantileBoundsByHand(main(x), 0.5, PER_TEST / LOOKS.length).empirical / x;
  // The two instances with the largest observed quantile over bound are re-estimated on fresh streams.
  const candidates = [1, 2, 3].sort((a, b) => scoreOf(b) - scoreOf(a)).slice(0, 2);
  const n = REESTIMATE(own);
  const reestimate = (x: number) => uniforms(claim.id, x, "reestimate", n).map((u) => x * u);
  const reSlack = (x: number) => x / quantileBoundsByHand(reestimate(x), 0.5, PER_FIGURE).empirical;
  const worst = candidates.reduce((a, x) => (reSlack(x) < reSlack(a) ? x : a));

  test("holds with every distinct instance certified at the first decisive look (15 trials, no failure)", () => {
    const { r, e } = run();
    expect(own).toBe(15);
    expect(r).toHaveVerdict("holds");
    expect(e).toMatchObject({ instances: 3, certified: 3, refuted: 0, undecided: 0, vacuous: 0, tests: 3, failures: 0, diverged: 0 });
    expect(e.statistical).toBe(true);
    expect(e.alpha).toBe(DEFAULT_ALPHA);
    expect(e.alphaPerTest).toBe(PER_TEST);
    expect(e.alphaSplit).toEqual({ verdicts: VERDICT_SHARE * DEFAULT_ALPHA, tests: 8, instances: 4, shrinks: 2, confirmations: 2, figures: FIGURES });
    // 3 main tests of 15 trials and 2 re-estimations of max(15, 3·10) = 30 trials.
    expect(n).toBe(30);
    expect(e.trials).toBe(3 * own + 2 * n);
    expect(r.profile?.sequential).toMatchObject({ tests: 3, trials: 3 * own });
    expect(e.notes[0]).toBe("sequential exact binomial test: Clopper–Pearson at up to 7 looks (10 to 100 trials), α split over the looks");
  });

  test("rows: per instance δ, the observed (1 − δ)-quantile X₍₈₎ of 15 and its bounds at α/J (the sample's min and max), largest score first", () => {
    const { e } = run();
    const expected = [1, 2, 3]
      .sort((a, b) => scoreOf(b) - scoreOf(a))
      .map((x) => {
        const q = quantileBoundsByHand(main(x), 0.5, PER_TEST / LOOKS.length);
        expect(q.lower).toBe(Math.min(...main(x)));
        expect(q.upper).toBe(Math.max(...main(x)));
        return { delta: 0.5, quantile: q.empirical, lower: q.lower, upper: q.upper, bound: x, exact: false };
      });
    expect(e.rows).toEqual(expected);
    expect(e.rowsOmitted).toBeUndefined();
    expect(e.profile?.points.map(([score]) => score)).toEqual([1, 2, 3].map(scoreOf).sort((a, b) => b - a));
  });

  test("worst: the least-slack re-estimated instance, with quantile, bounds at 1 − α_figure, interval and moments of its 30 fresh trials", () => {
    const { e } = run();
    const sample = reestimate(worst);
    const q = quantileBoundsByHand(sample, 0.5, PER_FIGURE);
    const w = e.worst!;
    expect(w).toMatchObject({
      instance: worst,
      instanceHash: instanceHash(worst),
      streams: "reestimate",
      trials: n,
      failures: 0,
      diverged: 0,
      target: 0.5,
      decision: "certified",
      observedQuantile: q.empirical,
      quantileLower: q.lower,
      quantileUpper: q.upper,
      quantileConfidence: 1 - PER_FIGURE,
      bound: worst,
      slack: worst / q.empirical,
    });
    // Clopper–Pearson with 0 failures in n at α: [0, 1 − α^{1/n}], one look, confidence 1 − 2α.
    expect(w.interval.lo).toBe(0);
    expect(close(w.interval.hi, 1 - PER_FIGURE ** (1 / n), TOL.special)).toBe(true);
    expect(w.interval.confidence).toBe(1 - 2 * PER_FIGURE);
    expect(close(w.statisticMean!, meanOf(sample), TOL.sum)).toBe(true);
    expect(close(w.statisticSd!, sdOf(sample), TOL.sum)).toBe(true);
  });

  test("least slack over the re-estimated and the other instances; tightness = largest lower bound of the 0.5-quantile over the bound", () => {
    const { e } = run();
    const other = [1, 2, 3].find((x) => !candidates.includes(x))!;
    const slacks = [other / quantileBoundsByHand(main(other), 0.5, PER_TEST / LOOKS.length).empirical, ...candidates.map(reSlack)];
    expect(e.leastSlack).toBe(Math.min(...slacks));
    const lowers = candidates.map((x) => quantileBoundsByHand(reestimate(x), 0.5, PER_FIGURE).lower / x);
    const top = candidates[lowers.indexOf(Math.max(...lowers))];
    expect(e.tightness).toEqual({
      unit: "factor",
      value: Math.max(...lowers),
      instance: top,
      instanceHash: instanceHash(top),
      method: "sampled",
      confidence: 1 - FIGURES,
      instances: 3,
    });
  });

  test("scaleBound(claim, 2): the same trials, the bound doubled, the tightness halved exactly", () => {
    const { e } = run();
    const scaled = audit(KINDS["high-probability"].scaleBound(claim, 2));
    const s = evidenceOf(scaled, "high-probability");
    expect(scaled).toHaveVerdict("holds");
    expect(s.trials).toBe(e.trials);
    expect(s.tightness!.value).toBe(e.tightness!.value / 2);
    expect(s.worst!.bound).toBe(2 * e.worst!.bound!);
    expect(s.leastSlack).toBe(2 * e.leastSlack!);
  });

  test("the bound is computed once per instance run (and not again while the same instance goes on), never once per trial", () => {
    const { e } = run();
    const log: string[] = [];
    const logged = hp("hp-holds", {
      delta: (x) => (log.push(`delta ${x}`), 0.5),
      bound: (x) => (log.push(`bound ${x}`), x),
      statistic: (x, s) => (log.push(`statistic ${x}`), x * s.next()),
    });
    expect(audit(logged)).toHaveVerdict("holds");
    // Each run asks δ and the bound once (testRate); the trials ask the bound again only when the instance changed.
    let last: string | undefined;
    let expected = 0;
    for (const line of log) {
      if (line.startsWith("delta")) expected++;
      if (line.startsWith("statistic") && line !== last) {
        expected++;
        last = line;
      }
    }
    const trials = log.filter((l) => l.startsWith("statistic")).length;
    expect(trials).toBe(e.trials);
    expect(log.filter((l) => l.startsWith("bound")).length).toBe(expected);
    // 3 main runs (3, 1, 2 in the seed's order), then 2 re-estimations (2, 3): the first one's instance is the last
    // one tested, whose bound is remembered, so 5 runs + 4 changes of instance.
    expect(expected).toBe(5 + 4);
  });
});

describe("sampled high-probability claim that is violated: failure rate exactly 1 where the statistic is a constant above the bound 1", () => {
  // statistic 3 at x = 3 (score 3), 2 at x = 1 (score 2), x·U < 1 at x = 2: the seed draws 3 first, which shrinks to 1.
  const claim = hp("hp-violated", { bound: () => 1, statistic: (x, s) => (x === 2 ? s.next() / 2 : x === 1 ? 2 : 3) });
  const run = () => {
    const r = audit(claim);
    return { r, e: evidenceOf(r, "high-probability") };
  };
  // By hand: k = n failures refute at the first look with δⁿ ≤ α/J: again 15.
  const own = decisiveLook(0.5, PER_TEST);
  const refutedAt = (x: number, streams: RateSummary["streams"]): Partial<RateSummary> => {
    const statistic = x === 1 ? 2 : 3;
    return {
      instance: x,
      instanceHash: instanceHash(x),
      streams,
      trials: own,
      failures: own,
      diverged: 0,
      target: 0.5,
      decision: "refuted",
      observedQuantile: statistic,
      quantileLower: statistic,
      quantileUpper: statistic,
      quantileConfidence: 1 - PER_TEST,
      statisticMean: statistic,
      statisticSd: 0,
      bound: 1,
      slack: 1 / statistic,
    };
  };

  test("violated: the worst refuted instance (x = 3) and the shrunk one (x = 1), each refuted again on fresh streams", () => {
    const { r, e } = run();
    expect(r).toHaveVerdict("violated");
    expect(e.worstCounterexample).toMatchObject({ instance: 3, origin: "random", detail: refutedAt(3, "main") });
    expect(e.worst).toMatchObject(refutedAt(3, "main"));
    expect(e.counterexample).toMatchObject({ instance: 1, origin: "shrunk", detail: refutedAt(1, "main") });
    expect(e.confirmation).toMatchObject(refutedAt(1, "confirm"));
    expect(e.worstConfirmation).toMatchObject(refutedAt(3, "confirm"));
    // Clopper–Pearson with n failures in n at α/J: [(α/J)^{1/n}, 1], confidence 1 − 2α.
    for (const s of [e.confirmation!, e.worstConfirmation!, e.worst!]) {
      expect(close(s.interval.lo, (PER_TEST / LOOKS.length) ** (1 / own), TOL.special)).toBe(true);
      expect(s.interval.hi).toBe(1);
      expect(s.interval.confidence).toBe(1 - 2 * PER_TEST);
    }
  });

  test("counts: one random instance (refuted), one shrink; tests and trials include both confirmations; no figures", () => {
    const { r, e } = run();
    expect(e).toMatchObject({ instances: 1, refuted: 1, certified: 0, undecided: 0, tests: 2 + 2, trials: 4 * own, failures: 4 * own, diverged: 0 });
    expect(r.profile?.sequential).toMatchObject({ tests: 4, trials: 4 * own });
    expect(e.tightness).toBeUndefined();
    expect(e.leastSlack).toBeUndefined();
  });

  test("scaleBound(claim, 4) holds: the statistic ≤ 3 stays under the bound 4 on every trial", () => {
    const scaled = audit(KINDS["high-probability"].scaleBound(claim, 4));
    expect(scaled).toHaveVerdict("holds");
    expect(evidenceOf(scaled, "high-probability").failures).toBe(0);
  });
});

describe("the `deterministic` path: one trajectory decides a failure rate of exactly 0 or 1, checked on two streams", () => {
  test("holds: two trials, no failure, exact rate 0, the quantile and its bounds the statistic itself at confidence 1", () => {
    const r = audit(hp("hp-det-holds", { deterministic: () => true, statistic: (x) => x / 4, budgets: budgets(MANY) }));
    const e = evidenceOf(r, "high-probability");
    expect(r).toHaveVerdict("holds");
    expect(e).toMatchObject({ instances: 3, certified: 3, tests: 3, trials: 6, failures: 0, diverged: 0, statistical: false, leastSlack: 4 });
    expect(e.alphaSplit).toBeUndefined();
    expect(e.notes).toEqual([]);
    expect(r.profile).toBeUndefined();
    const x = e.worst!.instance as number;
    expect(e.worst).toEqual({
      instance: x,
      instanceHash: instanceHash(x),
      streams: "main",
      trials: 2,
      failures: 0,
      diverged: 0,
      target: 0.5,
      decision: "certified",
      interval: { lo: 0, hi: 0, confidence: 1 },
      exactProbability: 0,
      observedQuantile: x / 4,
      quantileLower: x / 4,
      quantileUpper: x / 4,
      quantileConfidence: 1,
      bound: x,
      slack: 4,
    });
    expect(e.tightness).toEqual({ unit: "factor", value: 1 / 4, instance: x, instanceHash: instanceHash(x), method: "exact", instances: 3 });
    // The score of an exact instance with a positive bound is its quantile over the bound, as for a sampled one.
    expect(e.profile?.points.map(([score]) => score)).toEqual([1 / 4, 1 / 4, 1 / 4]);
    expect(e.rows).toHaveLength(3);
    expect(e.rows!.every((row) => row.exact && row.quantile === row.bound / 4 && row.lower === row.quantile && row.upper === row.quantile)).toBe(true);
  });

  test("violated at once (no confirmation needed): exact rate 1, two failures, shrunk to x = 1", () => {
    const r = audit(hp("hp-det-violated", { deterministic: () => true, statistic: (x) => 2 * x }));
    const e = evidenceOf(r, "high-probability");
    expect(r).toHaveVerdict("violated");
    expect(e.confirmation).toBeUndefined();
    expect(e.worstConfirmation).toBeUndefined();
    expect(e.counterexample?.instance).toBe(1);
    expect(e.counterexample?.detail).toMatchObject({
      trials: 2,
      failures: 2,
      diverged: 0,
      decision: "refuted",
      interval: { lo: 1, hi: 1, confidence: 1 },
      exactProbability: 1,
      observedQuantile: 2,
      quantileConfidence: 1,
      bound: 1,
      slack: 1 / 2,
    });
    expect(e.tests).toBe(e.trials / 2);
  });

  test("the two trajectories are trials 0 and 1 of the instance's own streams", () => {
    const seen: [number, number][] = [];
    const claim = hp("hp-det-streams", { deterministic: () => true, statistic: (x, s) => (seen.push([x, s.next()]), x / 4), budgets: budgets(MANY) });
    expect(audit(claim)).toHaveVerdict("holds");
    expect(seen).toHaveLength(6);
    for (let i = 0; i < seen.length; i += 2) {
      const x = seen[i][0];
      expect([seen[i], seen[i + 1]]).toEqual(uniforms(claim.id, x, "main", 2).map((u) => [x, u]));
    }
  });

  test("a claim that declares deterministic but whose statistic moves with the stream is an error naming the instance", () => {
    const r = audit(hp("hp-det-false", { deterministic: () => true, statistic: (x, s) => (x === 2 ? s.next() : x / 4) }));
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toMatch(/^declared deterministic, but two streams gave statistics 0\.\d+ and 0\.\d+$/);
    expect(r.error?.input).toBe(2);
  });

  test("0 and −0 are different trajectories (compared with Object.is)", () => {
    const id = "signcheck/hp-det-zero";
    // An instance whose two streams fall on either side of ½: its statistic is 0 on one and −0 on the other.
    const x = [1, 2, 3, 4, 5, 6, 7, 8].find((k) => {
      const [u0, u1] = uniforms(id, k, "main", 2);
      return u0 < 0.5 !== u1 < 0.5;
    })!;
    const r = audit(hp("hp-det-zero", { instances: fc.constant(x), deterministic: () => true, statistic: (_x, s) => (s.next() < 0.5 ? 0 : -0) }));
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toBe("declared deterministic, but two streams gave statistics 0 and 0");
    expect(r.error?.input).toBe(x);
  });

  test("only the instances it names are exact: deterministic(x) = (x = 1) leaves 2 and 3 to the sequential test", () => {
    // x = 1 scores 0.99, more than any sampled instance: it is re-estimated (as it is) beside the best sampled one.
    const r = audit(hp("hp-holds", { deterministic: (x) => x === 1, statistic: (x, s) => (x === 1 ? 0.99 : x * s.next()) }));
    const e = evidenceOf(r, "high-probability");
    expect(r).toHaveVerdict("holds");
    const own = decisiveLook(0.5, PER_TEST);
    expect(r.profile?.sequential).toMatchObject({ tests: 2, trials: 2 * own });
    expect(e.trials).toBe(2 + 2 * own + 30);
    expect(e.statistical).toBe(true);
    expect(e.alphaSplit).toBeDefined();
    expect(e.rows!.filter((row) => row.exact).map((row) => row.bound)).toEqual([1]);
    // The exact instance sets the tightness (0.99), but one of the two re-estimated was sampled: the method is sampled.
    expect(e.tightness).toMatchObject({ value: 0.99, instance: 1, method: "sampled", confidence: 1 - FIGURES });
  });
});

describe("divergedCountsAsFailure: a NaN or ±∞ statistic is a failure (reported) when declared, else an error naming the instance", () => {
  const diverging = (id: string, value: number, declared?: boolean) =>
    hp(id, { statistic: (x, s) => (x === 3 ? value : x * s.next()), ...(declared !== undefined && { divergedCountsAsFailure: declared }) });

  test.each([
    ["undeclared", undefined],
    ["declared false", false],
  ])("%s: NaN at x = 3 is an error naming x = 3", (_label, declared) => {
    const r = audit(diverging("hp-diverging", NaN, declared));
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toBe(
      "statistic returned NaN at a trial: a diverged trajectory is an error unless the claim declares divergedCountsAsFailure: true",
    );
    expect(r.error?.input).toBe(3);
  });

  test.each([[NaN], [Infinity], [-Infinity]])("declared: a statistic of %s counts as a failure on every trial, reported as diverged", (value) => {
    const r = audit(diverging("hp-diverging", value, true));
    const e = evidenceOf(r, "high-probability");
    const own = decisiveLook(0.5, PER_TEST);
    expect(r).toHaveVerdict("violated");
    expect(e.counterexample?.instance).toBe(3);
    const diverged = {
      trials: own,
      failures: own,
      diverged: own,
      decision: "refuted",
      observedQuantile: Infinity,
      quantileLower: Infinity,
      quantileUpper: Infinity,
      statisticMean: undefined,
      statisticSd: undefined,
      bound: 3,
      slack: 0,
    };
    expect(e.counterexample?.detail).toMatchObject(diverged);
    expect(e.confirmation).toMatchObject({ ...diverged, streams: "confirm" });
    expect(e).not.toHaveProperty("worstConfirmation");
    expect(e.diverged).toBe(2 * own);
  });

  test("declared, on the deterministic path: both trajectories diverged, exact rate 1", () => {
    const r = audit(hp("hp-diverging", { deterministic: () => true, divergedCountsAsFailure: true, statistic: (x) => (x === 3 ? NaN : x / 4) }));
    const e = evidenceOf(r, "high-probability");
    expect(r).toHaveVerdict("violated");
    expect(e.counterexample?.detail).toMatchObject({ trials: 2, failures: 2, diverged: 2, exactProbability: 1, observedQuantile: Infinity, slack: 0 });
    expect(e.diverged).toBe(2);
  });

  test("a statistic that is not a number is an error even when divergences are declared failures", () => {
    const r = audit(hp("hp-diverging", { divergedCountsAsFailure: true, statistic: (x) => (x === 3 ? ("1" as unknown as number) : 0) }));
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toBe("statistic returned 1 (string) at a trial: not a number");
    expect(r.error?.input).toBe(3);
  });
});

describe("the comparison statistic ≤ bound is within the claim's tolerance (TOL.claim unless it declares one)", () => {
  // x·(1 + rtol/2) with the rtol of TOL.claim: within TOL.claim of the bound x, but past it at TOL.exact.
  const over = (tolerance?: typeof TOL.claim) =>
    hp("hp-tolerance", { deterministic: () => true, statistic: (x) => x * (1 + TOL.claim.rtol / 2), ...(tolerance && { tolerance }) });

  test("default TOL.claim: a statistic past the bound by half its rtol holds", () => {
    expect(audit(over())).toHaveVerdict("holds");
  });

  test("a declared tolerance replaces the default: TOL.exact refutes the same statistic", () => {
    expect(audit(over(TOL.exact))).toHaveVerdict("violated");
  });
});

describe("a claim left undecided at its budget: no re-estimation, its figures from the search's own tests", () => {
  // One look of 10 trials at δ = 0.2: no failure certifies only if 0.8¹⁰ ≤ α, which it is not; a failure cannot happen.
  const ten = { ...BUDGET, trials: 10, minTrials: 10 };
  const claim = hp("hp-undecided", { delta: () => 0.2, budgets: budgets(ten) });
  const run = () => {
    const r = audit(claim);
    return { r, e: evidenceOf(r, "high-probability") };
  };
  const alpha = (VERDICT_SHARE * DEFAULT_ALPHA) / (ten.instances + ten.shrinks + 2);

  test("inconclusive: every instance undecided after 10 trials, no re-estimation", () => {
    const { r, e } = run();
    expect(0.8 ** 10 > alpha).toBe(true);
    expect(r).toHaveVerdict("inconclusive");
    expect(e).toMatchObject({ certified: 0, refuted: 0, undecided: e.instances, failures: 0, trials: 10 * e.instances, tests: e.instances });
    expect(e.notes[0]).toBe("sequential exact binomial test: Clopper–Pearson at up to 1 looks (10 to 10 trials), α split over the looks");
    // A single look is not a sequential test: nothing for the profile.
    expect(r.profile).toBeUndefined();
  });

  test("worst: the largest-score instance's own test; tightness its 0.8-quantile lower bound X₍₄₎ of 10 over the bound", () => {
    const { e } = run();
    const drawn = e.rows!.map((row) => row.bound);
    const sampleOf = (x: number) => uniforms(claim.id, x, "main", 10).map((u) => x * u);
    const score = (x: number) => quantileBoundsByHand(sampleOf(x), 0.8, alpha).empirical / x;
    const worst = drawn.reduce((a, x) => (score(x) > score(a) ? x : a));
    const q = quantileBoundsByHand(sampleOf(worst), 0.8, alpha);
    expect(e.worst).toMatchObject({ instance: worst, streams: "main", trials: 10, decision: "undecided", observedQuantile: q.empirical });
    expect(e.worst!.quantileLower).toBe(q.lower);
    expect(e.worst!.quantileUpper).toBe(q.upper);
    expect(q.lower).toBe(sortedCopy(sampleOf(worst))[3]);
    expect(e.tightness).toMatchObject({ value: q.lower / worst, instance: worst, method: "sampled", confidence: 1 - FIGURES });
    expect(e.leastSlack).toBe(Math.min(...drawn.map((x) => x / quantileBoundsByHand(sampleOf(x), 0.8, alpha).empirical)));
  });
});

describe("the probability kind through the same rate test: exact rates, vacuous bounds, sampled rates", () => {
  type P = ProbabilityClaim<number>;
  const prob = (id: string, over: Partial<P>): P =>
    defineClaim<P>({
      id: `signcheck/${id}`,
      kind: "probability",
      title: id,
      source,
      hypotheses: [],
      instances: fc.constantFrom(1, 2, 3),
      bound: () => 0.5,
      budgets: budgets(MANY),
      ...over,
    });

  test("exact rate p = x/10 ≤ 0.5: certified with no trial, interval [p, p] at confidence 1, slack 0.5/p, tightness p/0.5", () => {
    const r = audit(prob("p-exact", { exact: (x) => x / 10 }));
    const e = evidenceOf(r, "probability");
    expect(r).toHaveVerdict("holds");
    expect(e).toMatchObject({ instances: 3, certified: 3, vacuous: 0, trials: 0, statistical: false, leastSlack: 0.5 / 0.3 });
    expect(e.worst).toEqual({
      instance: 3,
      instanceHash: instanceHash(3),
      streams: "main",
      trials: 0,
      failures: 0,
      diverged: 0,
      target: 0.5,
      decision: "certified",
      interval: { lo: 0.3, hi: 0.3, confidence: 1 },
      exactProbability: 0.3,
      slack: 0.5 / 0.3,
    });
    expect(e.tightness).toMatchObject({ value: 0.3 / 0.5, instance: 3, method: "exact" });
    // A probability has no quantile: no rows for the quantile figure.
    expect(e.rows).toBeUndefined();
    expect(e.profile?.points.map(([score]) => score)).toEqual([0.3 / 0.5, 0.2 / 0.5, 0.1 / 0.5]);
  });

  test("exact rate 0: infinite slack, tightness 0", () => {
    const e = evidenceOf(audit(prob("p-exact", { exact: () => 0 })), "probability");
    expect(e.leastSlack).toBe(Infinity);
    expect(e.tightness?.value).toBe(0);
  });

  test("exact rate past the bound is violated at once; a candidate only a few tolerance units past it is not kept by shrinking", () => {
    // x = 3 (the seed's first draw): p = 0.9, billions of tolerance units past 0.5; x = 1 (where 3 shrinks to): 10 units
    // past it, fewer than min(10³, the original's).
    const units = TOL.claim.atol + TOL.claim.rtol * 0.5;
    const r = audit(prob("p-exact-margin", { exact: (x) => (x === 3 ? 0.9 : x === 1 ? 0.5 + 10 * units : 0.1), budgets: budgets(BUDGET) }));
    const e = evidenceOf(r, "probability");
    expect(r).toHaveVerdict("violated");
    expect(e.confirmation).toBeUndefined();
    expect(e.counterexample).toMatchObject({ instance: 3, detail: { exactProbability: 0.9, decision: "refuted", trials: 0 } });
  });

  test.each<[string, Partial<P>, RegExp]>([
    ["exact(instance) = 1.5", { exact: () => 1.5 }, /^exact\(instance\) = 1\.5 is not accepted/],
    ["exact(instance) = NaN", { exact: () => NaN }, /^exact\(instance\) = NaN is not accepted/],
    ["exact(instance) = '0.3' (not a number)", { exact: () => "0.3" as unknown as number }, /^exact\(instance\) = "0\.3" is not accepted/],
    ["bound(instance) = '0.5' (not a number)", { exact: () => 0, bound: () => "0.5" as unknown as number }, /^bound\(instance\) = "0\.5" is not accepted/],
    ["exact(instance) = −0.1", { exact: () => -0.1 }, /^exact\(instance\) = -0\.1 is not accepted/],
    ["bound(instance) = −0.1", { exact: () => 0, bound: () => -0.1 }, /^bound\(instance\) = -0\.1 is not accepted/],
    ["bound(instance) = 0 for a sampled rate", { event: () => false, bound: () => 0 }, /^bound\(instance\) = 0 is not accepted/],
  ])("%s is an error naming the field", (_label, over, message) => {
    const r = audit(prob("p-bad", over));
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toMatch(message);
  });

  test("exact rates 0 and 1 are accepted at the ends of [0, 1]; against a bound of 0, rate 0 scores 0 with infinite slack and no tightness", () => {
    const zero = audit(prob("p-ends", { exact: () => 0, bound: () => 0 }));
    const e = evidenceOf(zero, "probability");
    expect(zero).toHaveVerdict("holds");
    expect(e.leastSlack).toBe(Infinity);
    expect(e.tightness).toBeUndefined();
    expect(e.profile?.points.map(([score]) => score)).toEqual(e.profile!.points.map(() => 0));
    expect(e.profile?.unscored).toBe(0);
    expect(audit(prob("p-ends", { exact: () => 1, bound: () => 1 }))).toHaveVerdict("holds");
  });

  test("an exact rate above a bound of 0 scores ∞", () => {
    const r = audit(prob("p-ends", { exact: () => 0.25, bound: () => 0 }));
    expect(r).toHaveVerdict("violated");
    expect(evidenceOf(r, "probability").profile?.points[0][0]).toBe(Infinity);
  });

  test("a sampled rate with a bound ≥ 1 is vacuous: certified without a trial, no figures", () => {
    const r = audit(prob("p-vacuous", { event: () => true, bound: () => 1 }));
    const e = evidenceOf(r, "probability");
    expect(r).toHaveVerdict("holds");
    expect(e).toMatchObject({ certified: e.instances, vacuous: e.instances, trials: 0, statistical: false, leastSlack: Infinity });
    expect(e.tightness).toBeUndefined();
    expect(e.profile).toMatchObject({ instances: e.instances, unscored: e.instances, points: [] });
  });

  test("a sampled rate: failures counted from the trial streams, slack bound ÷ observed rate, tightness the rate's lower bound ÷ bound", () => {
    // P(U < 0.1) ≤ 0.5: certified; the re-estimation's Clopper–Pearson lower bound solves P(K ≥ k; p) = α_figure.
    const rate = 0.1;
    const claim = prob("p-sampled", { event: (_x, s) => s.next() < rate, budgets: budgets(BUDGET) });
    const r = audit(claim);
    const e = evidenceOf(r, "probability");
    expect(r).toHaveVerdict("holds");
    const w = e.worst!;
    expect(w.streams).toBe("reestimate");
    const k = uniforms(claim.id, w.instance, "reestimate", w.trials).filter((u) => u < rate).length;
    expect(w.failures).toBe(k);
    expect(k).toBeGreaterThan(0);
    expect(w.slack).toBe(0.5 / (k / w.trials));
    let [lo, hi] = [0, k / w.trials];
    while (hi - lo > TOL.root.atol) {
      const p = (lo + hi) / 2;
      if (1 - binomialCdfByHand(k - 1, w.trials, p) > PER_FIGURE) hi = p;
      else lo = p;
    }
    expect(close(w.interval.lo, lo, TOL.special)).toBe(true);
    expect(w.observedQuantile).toBeUndefined();
    expect(e.tightness?.value).toBe(w.interval.lo / 0.5);
    // Each random instance scores its observed rate over the bound, from its own sequential test (run here by hand).
    const alphaLook = level(PER_TEST / LOOKS.length);
    const scoreByHand = (x: number) => {
      const u = uniforms(claim.id, x, "main", BUDGET.trials);
      for (const n of LOOKS) {
        const k = u.slice(0, n).filter((v) => v < rate).length;
        if (binomialCdfByHand(k, n, 0.5) <= alphaLook || 1 - binomialCdfByHand(k - 1, n, 0.5) <= alphaLook || n === BUDGET.trials) return k / n / 0.5;
      }
      throw new Error("unreachable");
    };
    const scores = e.profile!.points.map(([score]) => score);
    expect(scores).toHaveLength(e.instances);
    for (const score of scores) expect([1, 2, 3].map(scoreByHand)).toContain(score);
  });

  test("a sampled rate never seen: slack ∞, tightness 0 (lower bound 0)", () => {
    const e = evidenceOf(audit(prob("p-sampled", { event: () => false, budgets: budgets(BUDGET) })), "probability");
    expect(e.leastSlack).toBe(Infinity);
    expect(e.tightness?.value).toBe(0);
  });

  test("a sampled rate of 1 is refuted at the first decisive look, with slack bound ÷ 1", () => {
    const r = audit(prob("p-sampled", { event: () => true, budgets: budgets(BUDGET) }));
    const e = evidenceOf(r, "probability");
    const own = decisiveLook(0.5, PER_TEST);
    expect(r).toHaveVerdict("violated");
    expect(e.counterexample?.detail).toMatchObject({ instance: 1, failures: own, trials: own, slack: 0.5, decision: "refuted" });
    expect(e.confirmation).toMatchObject({ instance: 1, failures: own, trials: own, slack: 0.5, decision: "refuted", streams: "confirm" });
  });
});

describe("the high-probability kind module: definition checks, data, bound scaling, empty evidence", () => {
  const kind = KINDS["high-probability"];
  const base = hp("hp-module", {});

  test.each([["delta"], ["statistic"], ["bound"]])("a claim without %s is refused", (field) => {
    expect(() => defineClaim({ ...base, [field]: undefined })).toThrow(
      "a high-probability claim needs delta(instance), statistic(instance, stream) and bound(instance)",
    );
  });

  test("divergedCountsAsFailure must be a boolean; true, false and absent are accepted", () => {
    expect(() => defineClaim({ ...base, divergedCountsAsFailure: "yes" as unknown as boolean })).toThrow("divergedCountsAsFailure must be true or false");
    expect(() => defineClaim({ ...base, divergedCountsAsFailure: true })).not.toThrow();
    expect(() => defineClaim({ ...base, divergedCountsAsFailure: false })).not.toThrow();
    expect(() => defineClaim(base)).not.toThrow();
  });

  test("withData passes the data to delta, statistic, bound and deterministic, and adds no deterministic", () => {
    const data = { marker: "data" } as unknown as Parameters<typeof kind.withData>[1];
    const seen: [string, unknown, unknown][] = [];
    const stream = streamFor({ seed: SEED, claim: base.id, instance: "h", trial: 0 });
    const claim: HP = {
      ...base,
      delta: (x, d) => (seen.push(["delta", x, d]), 0.5),
      statistic: (x, s: Stream, d) => (seen.push(["statistic", x, d]), s === stream ? 1 : 0),
      bound: (x, d) => (seen.push(["bound", x, d]), 2),
      deterministic: (x, d) => (seen.push(["deterministic", x, d]), true),
    };
    const w = kind.withData(claim, data);
    expect([w.delta(1), w.statistic(2, stream), w.bound(3), w.deterministic!(4)]).toEqual([0.5, 1, 2, true]);
    expect(seen).toEqual([
      ["delta", 1, data],
      ["statistic", 2, data],
      ["bound", 3, data],
      ["deterministic", 4, data],
    ]);
    expect(kind.withData(base, data).deterministic).toBeUndefined();
  });

  test("scaleBound multiplies the bound (passing the data on) and refuses a factor that is not > 0", () => {
    const data = { marker: "data" } as unknown as Parameters<typeof kind.withData>[1];
    let got: unknown;
    const scaled = kind.scaleBound({ ...base, bound: (x, d) => ((got = d), x + 1) }, 3);
    expect(scaled.bound(2, data)).toBe(9);
    expect(got).toBe(data);
    expect(scaled.statistic).toBe(base.statistic);
    for (const c of [0, -1, NaN]) {
      expect(() => kind.scaleBound(base, c)).toThrow(ClaimDefinitionError);
      expect(() => kind.scaleBound(base, c)).toThrow(`signcheck/hp-module: a bound factor must be > 0, got ${c}`);
    }
    expect(() => kind.scaleBound(base, Number.MIN_VALUE)).not.toThrow();
  });

  test("its default budgets (a claim without `budgets` gets them)", () => {
    const { budgets: _own, ...plain } = base;
    const claim = defineClaim<HP>(plain);
    expect(budgetFor(claim, "quick")).toEqual({ instances: 6, trials: 600, minTrials: 30, shrinks: 6, climbStarts: 1, climbSteps: 4, timeLimitSeconds: 120 });
    expect(budgetFor(claim, "standard")).toEqual({
      instances: 20,
      trials: 3000,
      minTrials: 50,
      shrinks: 20,
      climbStarts: 2,
      climbSteps: 10,
      timeLimitSeconds: 600,
    });
    expect(budgetFor(claim, "thorough")).toEqual({
      instances: 60,
      trials: 20000,
      minTrials: 100,
      shrinks: 60,
      climbStarts: 4,
      climbSteps: 25,
      timeLimitSeconds: 3600,
    });
  });

  test("its name, its line for `signcheck list`, and the evidence of a claim never searched", () => {
    expect(kind.kind).toBe("high-probability");
    expect(kind.describe).toBe("P(statistic ≤ bound) ≥ 1 − δ per instance; Monte Carlo with a sequential exact binomial test of the failure rate");
    expect(kind.empty()).toMatchObject({ kind: "high-probability", statistical: false, certified: 0, refuted: 0, undecided: 0, vacuous: 0, trials: 0 });
  });
});

describe("edges of the high-probability test: bad δ and bound, slack and tightness at a bound ≤ 0, one-trial moments", () => {
  test.each<[string, Partial<HP>, RegExp]>([
    ["delta(instance) = 0", { delta: () => 0 }, /^delta\(instance\) = 0 is not accepted/],
    ["delta(instance) = 1", { delta: () => 1 }, /^delta\(instance\) = 1 is not accepted/],
    ["bound(instance) = NaN", { bound: () => NaN }, /^bound\(instance\) = NaN is not accepted/],
    ["bound(instance) = '1'", { bound: () => "1" as unknown as number }, /^bound\(instance\) = "?1"? is not accepted/],
  ])("%s is an error naming the field", (_label, over, message) => {
    const r = audit(hp("hp-bad", over));
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toMatch(message);
  });

  test("statistic 0 against a bound 0: holds (exact), score 0, no slack and no tightness (nothing to scale)", () => {
    const r = audit(hp("hp-det-bound0", { deterministic: () => true, bound: () => 0, statistic: () => 0 }));
    const e = evidenceOf(r, "high-probability");
    expect(r).toHaveVerdict("holds");
    expect(e.worst).toMatchObject({ observedQuantile: 0, bound: 0, exactProbability: 0 });
    expect(e.worst!.slack).toBeUndefined();
    expect(e.leastSlack).toBeUndefined();
    expect(e.tightness).toBeUndefined();
    expect(e.profile?.points.map(([score]) => score)).toEqual(e.profile!.points.map(() => 0));
  });

  test("a negative statistic against a positive bound: infinite slack, tightness 0 (the lower bound is clamped at 0)", () => {
    const r = audit(hp("hp-det-negative", { deterministic: () => true, statistic: () => -1 }));
    const e = evidenceOf(r, "high-probability");
    expect(r).toHaveVerdict("holds");
    expect(e.leastSlack).toBe(Infinity);
    expect(e.tightness?.value).toBe(0);
  });

  test("one trial: the statistic's mean is that trial, its standard deviation undefined; one look is undecided at δ = 0.5", () => {
    const one = { ...BUDGET, trials: 1, minTrials: 1 };
    const claim = hp("hp-one-trial", { budgets: budgets(one) });
    const r = audit(claim);
    const e = evidenceOf(r, "high-probability");
    expect(r).toHaveVerdict("inconclusive");
    const x = e.worst!.instance as number;
    expect(e.worst).toMatchObject({ trials: 1, decision: "undecided", statisticMean: x * uniforms(claim.id, x, "main", 1)[0] });
    expect(e.worst!.statisticSd).toBeUndefined();
  });
});

test("an instance whose quantile and bound are both ∞ has no score and no slack: ranked last, left out of the least slack", () => {
  // One trial each (undecided at δ = 0.5); x = 3 has bound ∞ and a diverged statistic (∞, declared a failure).
  const one = { ...MANY, trials: 1, minTrials: 1 };
  const claim = hp("hp-nan-score", {
    budgets: budgets(one),
    divergedCountsAsFailure: true,
    bound: (x) => (x === 3 ? Infinity : x),
    statistic: (x, s) => (x === 3 ? Infinity : x * s.next()),
  });
  const r = audit(claim);
  const e = evidenceOf(r, "high-probability");
  expect(r).toHaveVerdict("inconclusive");
  const u = (x: number) => uniforms(claim.id, x, "main", 1)[0];
  const finite = [1, 2].sort((a, b) => u(b) - u(a));
  expect(e.rows!.map((row) => row.bound)).toEqual([...finite, Infinity]);
  expect(e.leastSlack).toBe(Math.min(...finite.map((x) => x / (x * u(x)))));
  expect(e.worst?.instance).toBe(finite[0]);
  expect(e.profile?.unscored).toBe(1);
});

describe("shrinking keeps a sampled refutation while it stays decisive: margin ≈ 2.2 against the original's ≈ 3.1", () => {
  // As below with δ = 0.13 at x = 1: its margin is over ½ the original's (but under all of it), so x = 1 is kept.
  const run = () => {
    const r = audit(
      hp("hp-weak-shrink", { delta: (x) => (x === 3 ? 0.1 : 0.13), bound: () => 1, statistic: (x, s) => (x === 3 ? 2 : x === 1 ? 5 : s.next() / 2) }),
    );
    return { r, e: evidenceOf(r, "high-probability") };
  };

  test("the counterexample is the shrunk x = 1, which is also the worst: one confirmation", () => {
    const { r, e } = run();
    const alphaLook = PER_TEST / LOOKS.length;
    const margin = (delta: number) => (alphaLook ** (1 / 10) - delta) / delta;
    expect(margin(0.13) > margin(0.1) / 2 && margin(0.13) < margin(0.1)).toBe(true);
    expect(r).toHaveVerdict("violated");
    expect(e.counterexample).toMatchObject({ instance: 1, origin: "shrunk", detail: { trials: 10, target: 0.13 } });
    expect(e.worstCounterexample?.instance).toBe(1);
    expect(e.confirmation).toMatchObject({ instance: 1, decision: "refuted" });
    expect(e).not.toHaveProperty("worstConfirmation");
  });
});

test("shrinking keeps a sampled candidate whose margin is exactly half the original's (the rule is ≥, not >)", () => {
  // Both refuted after 10 failures in 10, so both have the same Clopper–Pearson lower bound L; δ at x = 3 and x = 1 are
  // chosen (among floats) so that (L − δ₁)/δ₁ is exactly ½·(L − δ₃)/δ₃.
  const L = clopperPearsonLower(10, 10, PER_TEST / LOOKS.length);
  const step = (x: number, up: boolean) => {
    const bits = new BigInt64Array(new Float64Array([x]).buffer);
    bits[0] += up ? 1n : -1n;
    return new Float64Array(bits.buffer)[0];
  };
  const halfOf = (d3: number) => {
    const half = 0.5 * ((L - d3) / d3);
    let d = L / (1 + half);
    for (let i = 0; i < 64; i++) d = step(d, false);
    for (let i = 0; i < 128; i++, d = step(d, true)) if ((L - d) / d === half) return d;
    return undefined;
  };
  const d3 = Array.from({ length: 20 }, (_, k) => 0.1 + k / 1000).find((d) => halfOf(d) !== undefined)!;
  const d1 = halfOf(d3)!;
  const r = audit(hp("hp-weak-shrink", { delta: (x) => (x === 3 ? d3 : d1), bound: () => 1, statistic: (x, s) => (x === 3 ? 2 : x === 1 ? 5 : s.next() / 2) }));
  const e = evidenceOf(r, "high-probability");
  expect(e.worstCounterexample?.detail).toMatchObject({ instance: 1, trials: 10, interval: { lo: L } });
  expect(r).toHaveVerdict("violated");
  expect(e.counterexample).toMatchObject({ instance: 1, origin: "shrunk", detail: { target: d1, interval: { lo: L } } });
});

describe.each([
  [0.5, 15],
  [0.25, 10],
])("shrinking keeps a sampled refutation only while it stays decisive (margin ≥ ½ the original's): weak δ = %f", (weakDelta, weak) => {
  // x = 3 (drawn first): rate 1 against δ = 0.1, refuted after 10 trials with a lower bound far above δ (margin ≈ 3.1);
  // x = 1 (where 3 shrinks to): rate 1 against δ = 0.5 (refuted after 15, margin ≈ 0.11) or 0.25 (after 10, margin
  // ≈ 0.65): both below ½·3.1, the second within 1 of it (so a margin off by a constant would keep it).
  const claim = hp("hp-weak-shrink", {
    delta: (x) => (x === 3 ? 0.1 : weakDelta),
    bound: () => 1,
    statistic: (x, s) => (x === 3 ? 2 : x === 1 ? 5 : s.next() / 2),
  });
  const run = () => {
    const r = audit(claim);
    return { r, e: evidenceOf(r, "high-probability") };
  };
  const alphaLook = PER_TEST / LOOKS.length;

  test("the weak candidate x = 1 is not the counterexample but, scoring 5, is the worst one; both confirmed", () => {
    const { r, e } = run();
    const strong = decisiveLook(0.1, PER_TEST);
    expect([strong, weak]).toEqual([10, decisiveLook(weakDelta, PER_TEST)]);
    // Clopper–Pearson's lower bound with n failures in n at α/J is (α/J)^{1/n}; the margin is its excess over δ, relative.
    const margin = (n: number, delta: number) => (alphaLook ** (1 / n) - delta) / delta;
    expect(margin(weak, weakDelta) < margin(strong, 0.1) / 2).toBe(true);
    expect(r).toHaveVerdict("violated");
    expect(e.counterexample).toMatchObject({ instance: 3, origin: "random", detail: { trials: strong, failures: strong, target: 0.1 } });
    expect(e.worstCounterexample).toMatchObject({ instance: 1, origin: "shrunk", detail: { trials: weak, failures: weak, target: weakDelta } });
    expect(e.confirmation).toMatchObject({ instance: 3, streams: "confirm", trials: strong, decision: "refuted" });
    expect(e.worstConfirmation).toMatchObject({ instance: 1, streams: "confirm", trials: weak, decision: "refuted" });
  });
});

describe("time limits inside the rate test (a deadline that expires at a chosen check)", () => {
  type Ctx = Parameters<(typeof KINDS)["high-probability"]["decide"]>[1];
  /** A deadline whose n-th check throws, recording every phase checked. */
  const expiringAt = (n: number) => {
    const phases: string[] = [];
    const deadline: Ctx["deadline"] = {
      limitSeconds: 1,
      expired: () => phases.length >= n,
      check(phase) {
        phases.push(phase);
        if (phases.length >= n) throw new TimeLimitError(1, phase);
      },
    };
    return { deadline, phases };
  };
  const decide = (claim: HP, n: number) => {
    const { deadline, phases } = expiringAt(n);
    const ctx: Ctx = { seed: SEED, level: "quick", budget: budgetFor(claim, "quick"), modules: [], deadline };
    const d = KINDS["high-probability"].decide(claim, ctx);
    return { verdict: d.verdict, e: d.evidence as ReturnType<typeof evidenceOf<"high-probability">>, phases };
  };
  const own = decisiveLook(0.5, PER_TEST);
  const holding = hp("hp-holds", {});
  const violated = hp("hp-violated", { bound: () => 1, statistic: (x, s) => (x === 2 ? s.next() / 2 : x === 1 ? 2 : 3) });

  test("every trial checks the deadline (phase: Monte-Carlo trials), and an expiry there leaves the claim inconclusive", () => {
    const full = decide(holding, Infinity);
    expect(full.verdict).toBe("holds");
    // 3 instances (a check each, then one per trial), 2 re-estimations of 30 trials.
    expect(full.phases).toEqual([
      ...Array.from({ length: 3 }, () => ["the random search", ...Array<string>(own).fill("Monte-Carlo trials")]).flat(),
      ...Array<string>(2 * 30).fill("Monte-Carlo trials"),
    ]);
    const early = decide(holding, 2);
    expect(early.verdict).toBe("inconclusive");
    expect(early.e.timedOut).toEqual({ limitSeconds: 1, phase: "Monte-Carlo trials" });
  });

  test("expiry in the first re-estimation: inconclusive, the search's figures without a re-estimated worst", () => {
    const { verdict, e } = decide(holding, 3 * (1 + own) + 1);
    expect(verdict).toBe("inconclusive");
    expect(e.timedOut).toEqual({ limitSeconds: 1, phase: "Monte-Carlo trials" });
    expect(e.worst).toBeUndefined();
    expect(e.tightness).toBeUndefined();
    expect(e.certified).toBe(3);
    expect(e.leastSlack).toBeDefined();
  });

  test("after an expiry no further instance is re-estimated, not even an exact one that needs no trial", () => {
    // x = 2 (sampled, scores about ½) is re-estimated first, then x = 1 (deterministic, scores 0.01).
    const mixed = hp("hp-timed-mixed", {
      instances: fc.constantFrom(1, 2),
      deterministic: (x) => x === 1,
      statistic: (x, s) => (x === 1 ? 0.01 : x * s.next()),
    });
    const full = decide(mixed, Infinity);
    expect(full.verdict).toBe("holds");
    expect(full.e.worst).toMatchObject({ instance: 2, streams: "reestimate" });
    expect(full.e.trials).toBe(2 + own + 30);
    // Checks: one per instance tested, one per trial of x = 2 (the deterministic one runs no sampled trial).
    const { verdict, e } = decide(mixed, 2 + own + 1);
    expect(verdict).toBe("inconclusive");
    expect(e.timedOut?.phase).toBe("Monte-Carlo trials");
    expect(e.worst).toBeUndefined();
  });

  test("expiry in the second re-estimation: the first one is kept as the worst and sets the tightness", () => {
    const { verdict, e } = decide(holding, 3 * (1 + own) + 30 + 1);
    expect(verdict).toBe("inconclusive");
    expect(e.timedOut?.phase).toBe("Monte-Carlo trials");
    expect(e.worst).toMatchObject({ streams: "reestimate", trials: 30 });
    expect(e.tightness).toMatchObject({ instance: e.worst!.instance, method: "sampled" });
    expect(e.trials).toBe(3 * own + 30);
  });

  test("expiry in the first confirmation: inconclusive, the counterexample reported without a confirmation", () => {
    const full = decide(violated, Infinity);
    expect(full.verdict).toBe("violated");
    expect(full.phases).toHaveLength(2 * (1 + own) + 2 * own);
    const { verdict, e } = decide(violated, 2 * (1 + own) + 1);
    expect(verdict).toBe("inconclusive");
    expect(e.timedOut).toEqual({ limitSeconds: 1, phase: "Monte-Carlo trials" });
    expect(e.counterexample?.instance).toBe(1);
    expect(e).not.toHaveProperty("confirmation");
    expect(e).not.toHaveProperty("worstConfirmation");
  });

  test("expiry in the second confirmation: inconclusive even though the first one refuted, which is reported", () => {
    const { verdict, e } = decide(violated, 2 * (1 + own) + own + 1);
    expect(verdict).toBe("inconclusive");
    expect(e.timedOut?.phase).toBe("Monte-Carlo trials");
    expect(e.confirmation).toMatchObject({ instance: 1, decision: "refuted", streams: "confirm" });
    expect(e).not.toHaveProperty("worstConfirmation");
    expect(e.tests).toBe(2 + 1);
    expect(e.trials).toBe(3 * own);
  });
});

test("progress: one line per instance tested, numbered, with its trials and decision", () => {
  const lines: string[] = [];
  auditClaim(hp("hp-holds", {}), { seed: SEED, budget: "quick", progress: (m) => lines.push(m) });
  expect(lines).toEqual(["instance 1: 15 trials → certified", "instance 2: 15 trials → certified", "instance 3: 15 trials → certified"]);
});

describe("how α is spent: the claim's own α, and the worst-case search counted only when a parameter can move", () => {
  test("alpha = 0.02: 80 % over the 8 tests, 20 % for the figures", () => {
    const e = evidenceOf(audit(hp("hp-holds", { alpha: 0.02 })), "high-probability");
    expect(e.alpha).toBe(0.02);
    expect(e.alphaPerTest).toBe((VERDICT_SHARE * 0.02) / 8);
    expect(e.alphaSplit?.figures).toBe((1 - VERDICT_SHARE) * 0.02);
    expect(e.tightness?.confidence).toBe(1 - (1 - VERDICT_SHARE) * 0.02);
    expect(e.worst?.quantileConfidence).toBe(1 - ((1 - VERDICT_SHARE) * 0.02) / 2);
  });

  test("a search budget without a movable parameter costs no α: still 8 tests, no search steps", () => {
    const e = evidenceOf(audit(hp("hp-holds", { budgets: budgets({ ...BUDGET, climbStarts: 1, climbSteps: 4 }) })), "high-probability");
    expect(e.alphaPerTest).toBe(PER_TEST);
    expect(e.alphaSplit).toEqual({ verdicts: VERDICT_SHARE * DEFAULT_ALPHA, tests: 8, instances: 4, shrinks: 2, confirmations: 2, figures: FIGURES });
  });

  const searching = (b: typeof BUDGET) =>
    defineClaim<HighProbabilityClaim<{ u: number }>>({
      id: "signcheck/hp-search",
      kind: "high-probability",
      title: "u·U ≤ 1",
      source,
      hypotheses: [],
      instances: fc.record({ u: fc.integer({ min: 0, max: 100 }).map((k) => k / 100) }),
      delta: () => 0.5,
      bound: () => 1,
      statistic: ({ u }, s) => u * s.next(),
      parameters: [param.linear("u", [0, 1], (i: { u: number }) => i.u, { write: (_i, u) => ({ u: u as number }) })],
      budgets: budgets(b),
    });
  const withSearch = { ...BUDGET, instances: 2, shrinks: 0, climbStarts: 1, climbSteps: 2 };

  test("with a movable parameter the search's starts × steps are tests too: 2 + 1·2 + 0 + 2 = 6", () => {
    const e = evidenceOf(audit(searching(withSearch)), "high-probability");
    expect(e.alphaPerTest).toBe((VERDICT_SHARE * DEFAULT_ALPHA) / 6);
    expect(e.alphaSplit).toEqual({
      verdicts: VERDICT_SHARE * DEFAULT_ALPHA,
      tests: 6,
      instances: 2,
      searchSteps: [1, 2],
      shrinks: 0,
      confirmations: 2,
      figures: FIGURES,
    });
    expect(e.searchUndecided).toBeUndefined();
  });

  test("instances of the search left undecided (one trial each) are counted apart", () => {
    const r = audit(searching({ ...withSearch, trials: 1, minTrials: 1 }));
    const e = evidenceOf(r, "high-probability");
    expect(r).toHaveVerdict("inconclusive");
    const searched = e.rows!.length - e.instances;
    expect(searched).toBeGreaterThan(0);
    expect(e.searchUndecided).toBe(searched);
  });
});

describe("degenerate instances are tested but left out of the rows, the re-estimation, the slack and the tightness", () => {
  const run = () => {
    const r = audit(hp("hp-holds", { degenerate: (x) => (x === 3 ? "three" : undefined) }));
    return { r, e: evidenceOf(r, "high-probability") };
  };

  test("x = 3 certified with the others; the two non-degenerate instances re-estimated", () => {
    const { r, e } = run();
    const own = decisiveLook(0.5, PER_TEST);
    expect(r).toHaveVerdict("holds");
    expect(e).toMatchObject({ instances: 3, certified: 3, trials: 3 * own + 2 * 30 });
    expect(e.rows!.map((row) => row.bound).sort()).toEqual([1, 2]);
    expect(e.tightness?.instances).toBe(2);
    expect([1, 2]).toContain(e.worst?.instance);
    expect([1, 2]).toContain(e.tightness?.instance);
  });
});

describe("least slack: over the re-estimated instances and the others' own tests, degenerate ones left out", () => {
  // The search's runs (3 instances × 15 trials) see 0.9·x at x = 1, 2 and 0.8·x at x = 3; the re-estimations of 1 and 2
  // (the two largest scores) see 0.1·x. So x = 3, not re-estimated, has the least slack 1/0.8 on its own test.
  const own = decisiveLook(0.5, PER_TEST);
  const phased = (over: Partial<HP>) => {
    let calls = 0;
    return hp("hp-holds", { statistic: (x) => (++calls <= 3 * own ? (x === 3 ? 0.8 : 0.9) * x : 0.1 * x), ...over });
  };

  test("the least slack is x = 3's, from its own test, though the worst re-estimated instance has slack 10", () => {
    const e = evidenceOf(audit(phased({})), "high-probability");
    expect(e.instances).toBe(3);
    expect(e.worst).toMatchObject({ streams: "reestimate", slack: 1 / 0.1 });
    expect(e.leastSlack).toBe((3 * 1) / (3 * 0.8));
  });

  test("declared degenerate, x = 3 no longer counts: the least slack is the re-estimated 10", () => {
    const e = evidenceOf(audit(phased({ degenerate: (x) => (x === 3 ? "three" : undefined) })), "high-probability");
    expect(e.leastSlack).toBe(1 / 0.1);
  });
});

describe("what the confirmations decide (a statistic that changes after the search, counted by its calls)", () => {
  const own = decisiveLook(0.5, PER_TEST);
  /** The violated claim (3 drawn first, shrunk to 1) whose statistic follows `after(call)` once the search's 2 runs are done. */
  const changing = (after: (call: number, x: number, s: Stream) => number) => {
    let calls = 0;
    return hp("hp-violated", {
      bound: () => 1,
      statistic: (x, s) => (++calls <= 2 * own ? (x === 2 ? s.next() / 2 : x === 1 ? 2 : 3) : after(calls - 2 * own, x, s)),
    });
  };

  test("neither confirmation refutes: inconclusive, both reported certified", () => {
    const r = audit(changing((_c, _x, s) => s.next() / 2));
    const e = evidenceOf(r, "high-probability");
    expect(r).toHaveVerdict("inconclusive");
    expect(e.confirmation).toMatchObject({ instance: 1, decision: "certified", failures: 0 });
    expect(e.worstConfirmation).toMatchObject({ instance: 3, decision: "certified", failures: 0 });
    expect(e.counterexample?.instance).toBe(1);
  });

  test("a single confirmation (the shrunk instance is the worst) that does not refute: inconclusive", () => {
    // x = 3 fails on the search's streams only; it is drawn first and shrinks to 1, which passes.
    let calls = 0;
    const r = audit(hp("hp-violated", { bound: () => 1, statistic: (x, s) => (x === 3 && ++calls <= own ? 3 : s.next() / 2) }));
    const e = evidenceOf(r, "high-probability");
    expect(r).toHaveVerdict("inconclusive");
    expect(e.counterexample?.instance).toBe(3);
    expect(e.confirmation).toMatchObject({ instance: 3, decision: "certified" });
    expect(e).not.toHaveProperty("worstConfirmation");
  });

  test("only the worst instance's confirmation refutes: violated", () => {
    const r = audit(changing((c, _x, s) => (c <= own ? s.next() / 2 : 3)));
    const e = evidenceOf(r, "high-probability");
    expect(r).toHaveVerdict("violated");
    expect(e.confirmation).toMatchObject({ instance: 1, decision: "certified" });
    expect(e.worstConfirmation).toMatchObject({ instance: 3, decision: "refuted" });
  });

  test("an error (not a time limit) in a confirmation is the claim's error", () => {
    const r = audit(
      changing(() => {
        throw new RangeError("broken on fresh streams");
      }),
    );
    expect(r.verdict).toBe("error");
    expect(r.error).toMatchObject({ message: "broken on fresh streams", where: "auditor" });
  });

  test("an error (not a time limit) in a re-estimation is the claim's error", () => {
    let calls = 0;
    const r = audit(
      hp("hp-holds", {
        statistic: (x, s) => {
          if (++calls > 3 * own) throw new RangeError("broken on fresh streams");
          return x * s.next();
        },
      }),
    );
    expect(r.verdict).toBe("error");
    expect(r.error).toMatchObject({ message: "broken on fresh streams", where: "auditor" });
  });
});

describe("shrinking an exact refutation keeps a candidate ≥ min(10³, the original's) tolerance units past the bound", () => {
  // Tolerance units (exact in binary) of atol + rtol·0.5 = 2⁻²⁰: x = 3, drawn first, is 0.4·2²⁰ ≈ 4·10⁵ units past 0.5;
  // x = 1 is `units` past it. The unit is all atol, or all rtol (2⁻¹⁹ relative to the bound 0.5).
  const unit = 2 ** -20;
  const at = (units: number, tolerance: { atol: number; rtol: number }) =>
    defineClaim<ProbabilityClaim<number>>({
      id: "signcheck/p-exact-margin",
      kind: "probability",
      title: "exact margin",
      source,
      hypotheses: [],
      instances: fc.constantFrom(1, 2, 3),
      bound: () => 0.5,
      exact: (x) => (x === 3 ? 0.9 : x === 1 ? 0.5 + units * unit : 0.1),
      tolerance,
      budgets: budgets(BUDGET),
    });

  const absolute = { atol: unit, rtol: 0 };
  const relative = { atol: 0, rtol: 2 * unit };
  test.each([
    [SHRINK_MARGIN_UNITS, absolute, 1],
    [SHRINK_MARGIN_UNITS - 1, absolute, 3],
    [5 * SHRINK_MARGIN_UNITS, absolute, 1],
    [SHRINK_MARGIN_UNITS, relative, 1],
    [SHRINK_MARGIN_UNITS - 1, relative, 3],
  ])("a candidate %i units past the bound (tolerance %o): the counterexample is x = %i", (units, tolerance, counterexample) => {
    const r = audit(at(units, tolerance));
    expect(r).toHaveVerdict("violated");
    expect(evidenceOf(r, "probability").counterexample?.instance).toBe(counterexample);
    expect(evidenceOf(r, "probability").worstCounterexample?.instance).toBe(3);
  });
});

test("200 rows are all kept, with nothing omitted", () => {
  const r = audit(
    hp("hp-rows", {
      instances: fc.noBias(fc.integer({ min: 1, max: 1_000_000 })),
      deterministic: () => true,
      statistic: (x) => x / 4,
      budgets: budgets({ ...BUDGET, instances: 200 }),
    }),
  );
  const e = evidenceOf(r, "high-probability");
  expect(e.instances).toBe(200);
  expect(e.rows).toHaveLength(200);
  expect(e).not.toHaveProperty("rowsOmitted");
});

test("at most 200 rows are kept, the rest counted as omitted", () => {
  const r = audit(
    hp("hp-rows", {
      instances: fc.noBias(fc.integer({ min: 1, max: 1_000_000 })),
      deterministic: () => true,
      statistic: (x) => x / 4,
      budgets: budgets({ ...BUDGET, instances: 210 }),
    }),
  );
  const e = evidenceOf(r, "high-probability");
  expect(r).toHaveVerdict("holds");
  expect(e.instances).toBeGreaterThan(200);
  expect(e.rows).toHaveLength(200);
  expect(e.rowsOmitted).toBe(e.instances - 200);
});

test("the tightness is the largest over the re-estimated instances, here the second one re-estimated", () => {
  // x = 1: U, the largest observed ½-quantile (re-estimated first) but a low lower bound on fresh streams; x = 2: c·2 on
  // every trial, with c between the two (re-estimated second, lower bound c); x = 3: 0.01·3.
  const id = "signcheck/hp-holds";
  const first = quantileBoundsByHand(uniforms(id, 1, "main", 15), 0.5, PER_TEST / LOOKS.length).empirical;
  const lowerOf1 = quantileBoundsByHand(uniforms(id, 1, "reestimate", 30), 0.5, PER_FIGURE).lower;
  expect(lowerOf1).toBeLessThan(first);
  const c = (lowerOf1 + first) / 2;
  const e = evidenceOf(audit(hp("hp-holds", { statistic: (x, s) => (x === 1 ? s.next() : x === 2 ? c * 2 : 0.01 * 3) })), "high-probability");
  expect(e.tightness).toMatchObject({ value: (c * 2) / 2, instance: 2 });
});

test("rows whose score is undefined (∞/∞) rank after every scored row, wherever they were tested", () => {
  // Six instances, one trial each (undecided): the even ones have bound ∞ and a diverged statistic (∞).
  const claim = hp("hp-nan-rows", {
    instances: fc.constantFrom(1, 2, 3, 4, 5, 6),
    budgets: budgets({ ...MANY, instances: 30, trials: 1, minTrials: 1 }),
    divergedCountsAsFailure: true,
    bound: (x) => (x % 2 === 0 ? Infinity : x),
    statistic: (x, s) => (x % 2 === 0 ? Infinity : x * s.next()),
  });
  const e = evidenceOf(audit(claim), "high-probability");
  expect(e.instances).toBe(6);
  const u = (x: number) => uniforms(claim.id, x, "main", 1)[0];
  expect(e.rows!.slice(0, 3).map((row) => row.bound)).toEqual([1, 3, 5].sort((a, b) => u(b) - u(a)));
  expect(e.rows!.slice(3).every((row) => row.bound === Infinity)).toBe(true);
});

test("an expectation claim (a statistical kind without quantile rows) reports no rows", () => {
  const claim = defineClaim<ExpectationClaim<number>>({
    id: "signcheck/e-rows",
    kind: "expectation",
    title: "E[¼] ≤ 1",
    source,
    hypotheses: [],
    instances: fc.constantFrom(1, 2),
    statistic: () => 0.25,
    bound: () => 1,
    range: () => ({ lo: 0, hi: 1 }),
    budgets: budgets({ ...BUDGET, trials: 200, minTrials: 50 }),
  });
  const r = audit(claim);
  expect(r.verdict).not.toBe("error");
  expect(evidenceOf(r, "expectation")).not.toHaveProperty("rows");
});

describe("a tuning claim is decided by the same rate test: no prescription is reported without a re-estimated instance", () => {
  const tuning = (over: Partial<TuningClaim<number, { T: number }>>) =>
    defineClaim<TuningClaim<number, { T: number }>>({
      id: "signcheck/t-decided",
      kind: "tuning",
      title: "a prescription",
      source,
      hypotheses: [],
      instances: fc.constantFrom(1, 2, 3),
      delta: () => 0.5,
      target: () => 1,
      prescription: () => ({ T: 1 }),
      run: () => 2,
      cost: (_x, p) => p.T,
      budgets: budgets(BUDGET),
      ...over,
    });

  test("violated (every run misses): no prescription", () => {
    const r = audit(tuning({}));
    expect(r).toHaveVerdict("violated");
    expect(evidenceOf(r, "tuning")).not.toHaveProperty("prescription");
  });

  test("an error in a run: the claim's error, no prescription", () => {
    const r = audit(
      tuning({
        run: () => {
          throw new RangeError("run failed");
        },
      }),
    );
    expect(r.verdict).toBe("error");
    expect(r.error?.message).toBe("run failed");
    expect(evidenceOf(r, "tuning")).not.toHaveProperty("prescription");
  });

  test("holds (every run meets the target): the least-slack re-estimated instance's prescription", () => {
    const r = audit(tuning({ run: () => 0.5 }));
    expect(r).toHaveVerdict("holds");
    expect(evidenceOf(r, "tuning").prescription).toEqual({ params: { T: 1 }, cost: 1 });
  });
});
