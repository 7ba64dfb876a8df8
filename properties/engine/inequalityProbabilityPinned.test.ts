/**
 * The inequality and probability kinds pinned by hand (issue 14): what kinds/inequality.ts and
 * kinds/probability.ts compute, on claims whose instances are a finite table the test controls (fast-check
 * draws every row; `instances` checks it) or one replayed instance. Every evidence number is computed here
 * from the table: the largest gap, ratio and approach in tolerance units over the non-degenerate instances,
 * the score profile, the tightness, the counterexample's detail, the errors for bad sides, the shrink rule
 * (≥ min(10³, original) tolerance units and ≥ half the relative excess), and the kinds' definition checks,
 * data passing and bound scaling. Budgets are tiny and nothing is sampled except the two Monte-Carlo claims,
 * whose events are constant (rate exactly 0 or 1), so every verdict is certain.
 */
import { describe, expect, test } from "vitest";
import "signcheck/vitest";
import {
  auditClaim,
  ClaimDefinitionError,
  defineClaim,
  EPS,
  evidenceOf,
  fc,
  instanceHash,
  scaleBound,
  TOL,
  type InequalityClaim,
  type ProbabilityClaim,
  type Tolerance,
} from "signcheck/internal";

const SEED = 7;
const source = { paper: "signcheck", item: "engine self-check" } as const;
/** Enough draws that fast-check meets every row of a small table; no worst-case search (no parameters anyway). */
const B = { instances: 40, trials: 100, minTrials: 10, shrinks: 10, climbStarts: 0, climbSteps: 0, timeLimitSeconds: 60 };
const budgets = { quick: B, standard: B, thorough: B };
const quick = { seed: SEED, budget: "quick" } as const;
const replay = (k: number) => ({ ...quick, instance: { k } });

/** The claim's default tolerance, and its two parts. */
const TC = TOL.claim;
const unit = (rhs: number, tol: Tolerance = TC) => tol.atol + tol.rtol * Math.abs(rhs);
/** RATIO_FLOOR·atol: lhs/rhs is reported only where rhs stands above this (RATIO_FLOOR = 10³ in inequality.ts). */
const FLOOR = 1e3 * TC.atol;
const ZERO = "lhs = rhs = 0 (within the absolute tolerance)";

type Row = { lhs: unknown; rhs: unknown };
type K = { k: number };

/** ∀ k: rows[k].lhs ≤ rows[k].rhs. Rows are drawn with constantFrom (no shrinking) or, `shrinkable`, as an integer shrinking toward 0. */
function inequality(id: string, rows: readonly Row[], extra: Partial<InequalityClaim<K>> = {}, shrinkable = false) {
  return defineClaim<InequalityClaim<K>>({
    id: `signcheck/${id}`,
    kind: "inequality",
    title: id,
    source,
    hypotheses: [],
    instances: shrinkable ? fc.record({ k: fc.integer({ min: 0, max: rows.length - 1 }) }) : fc.constantFrom(...rows.map((_, k) => ({ k }))),
    check: ({ k }) => rows[k] as { lhs: number; rhs: number },
    budgets,
    ...extra,
  });
}

const audit = (claim: InequalityClaim<K>, options: Parameters<typeof auditClaim>[1] = quick) => {
  const r = auditClaim(claim, options);
  return { r, e: evidenceOf(r, "inequality") };
};

describe("inequality: figures over the non-degenerate instances of a claim that holds", () => {
  const rows: Row[] = [
    { lhs: 1, rhs: 4 }, // ratio 1/4: the tightness
    { lhs: 0, rhs: 2 }, // ratio 0
    { lhs: 5, rhs: 6 }, // declared degenerate by the claim: its ratio 5/6 and approach are left out
    { lhs: TC.atol, rhs: 0 }, // |lhs| = atol, rhs = 0: degenerate (zero), though its gap atol would be the largest
    { lhs: 0, rhs: TC.atol }, // lhs = 0, |rhs| = atol: degenerate (zero), though its approach ≈ −1 would be the largest
    { lhs: -1, rhs: 0 }, // |lhs| = 1 > atol: NOT degenerate; gap −1 (the largest), no ratio (rhs = 0)
  ];
  const claim = inequality("figures", rows, { degenerate: ({ k }) => (k === 2 ? "declared degenerate" : undefined) });
  // Audited inside each test, not once in the describe block: code run while tests are collected is not attributed
  // to any test, so under mutation testing a mutant of the evidence would be run against none of these checks.
  const got = () => audit(claim);

  test("holds; every row was tested once: tests = trials = 6, no failure, nothing sampled", () => {
    const { r, e } = got();
    expect(r).toHaveVerdict("holds");
    expect(e).toMatchObject({ instances: 6, tests: 6, trials: 6, failures: 0, diverged: 0, statistical: false, tolerance: TC });
  });

  test("degenerate instances are counted with their reasons: the claim's own, else lhs = rhs = 0 within atol (≤, on |lhs| and |rhs|)", () => {
    const { e } = got();
    expect(e.degenerate).toEqual({ count: 3, reasons: { "declared degenerate": 1, [ZERO]: 2 } });
  });

  test("maxGap = −1 (lhs = −1 against rhs = 0 is not degenerate: |lhs| > atol), degenerate gaps left out", () => {
    const { e } = got();
    expect(e.maxGap).toBe(-1);
  });

  test("maxRatio = 1/4: the declared-degenerate 5/6 is left out, rhs = 0 has no ratio", () => {
    const { e } = got();
    expect(e.maxRatio).toBe(0.25);
  });

  test("closestApproach = max (lhs − rhs)/(atol + rtol·|rhs|) over the non-degenerate rows = row (1, 4)", () => {
    const { e } = got();
    expect(e.closestApproach).toBe((1 - 4) / unit(4));
    expect(e.closestApproach).toBeGreaterThan((0 - 2) / unit(2));
    expect(e.closestApproach).toBeGreaterThan((-1 - 0) / unit(0));
  });

  test("tightness: the largest ratio, at its instance, exact, over the 3 non-degenerate instances", () => {
    const { e } = got();
    expect(e.tightness).toEqual({ unit: "factor", value: 0.25, instance: { k: 0 }, instanceHash: instanceHash({ k: 0 }), method: "exact", instances: 3 });
  });

  test("score profile of the non-degenerate random instances: the ratios, and a passing row without ratio unscored (NaN)", () => {
    const { e } = got();
    expect(e.profile).toEqual({
      instances: 3,
      unscored: 1,
      points: [
        [0.25, 0.5],
        [0, 1],
      ],
    });
  });
});

test("inequality: of two instances at the largest ratio, the tightness names the first one tested", () => {
  const rows = [
    { lhs: 1, rhs: 4 },
    { lhs: 2, rhs: 8 },
    { lhs: 0, rhs: 1 },
  ];
  const order: number[] = [];
  const claim = inequality("tie", rows, {
    check: ({ k }) => {
      order.push(k);
      return rows[k];
    },
  });
  const { e } = audit(claim);
  expect([...order].sort()).toEqual([0, 1, 2]); // each row checked once, in the order tested
  const first = order.find((k) => k !== 2);
  expect(e.tightness).toMatchObject({ value: 0.25, instance: { k: first } });
});

describe("inequality: where lhs/rhs is reported", () => {
  test("not at rhs = RATIO_FLOOR·atol, nor at rhs = ∞, nor at rhs = 0: no maxRatio, no tightness, every score unscored", () => {
    const rows = [
      { lhs: 0, rhs: FLOOR },
      { lhs: 1, rhs: Infinity },
      { lhs: -1, rhs: 0 },
    ];
    const { r, e } = audit(inequality("no-ratio", rows));
    expect(r).toHaveVerdict("holds");
    expect(e.instances).toBe(3);
    expect(e.maxRatio).toBeUndefined();
    expect(e.tightness).toBeUndefined();
    expect(e.profile).toEqual({ instances: 3, unscored: 3, points: [] });
    // rhs = ∞ gives gap −∞ and approach −∞, which no figure reports: the finite ones are those of row 0.
    expect(e.maxGap).toBe(-FLOOR);
    expect(e.closestApproach).toBe(-FLOOR / unit(FLOOR));
  });

  test("lhs = −∞ below a finite rhs has ratio −∞, which is no tightness: none when it is the only ratio, skipped beside a finite one", () => {
    const alone = audit(inequality("minus-infinity", [{ lhs: -Infinity, rhs: 1 }]));
    expect(alone.r).toHaveVerdict("holds");
    expect(alone.e.maxRatio).toBeUndefined();
    expect(alone.e.tightness).toBeUndefined();
    const beside = audit(
      inequality("minus-infinity-beside", [
        { lhs: -Infinity, rhs: 1 },
        { lhs: 1, rhs: 4 },
      ]),
    );
    expect(beside.e.maxRatio).toBe(0.25);
    expect(beside.e.tightness).toMatchObject({ value: 0.25, instance: { k: 1 }, instances: 2 });
  });

  test("just above the floor it is: rhs = 2·floor gives lhs/rhs", () => {
    const { e } = audit(
      inequality("above-floor", [
        { lhs: FLOOR, rhs: 2 * FLOOR },
        { lhs: 0.9 * FLOOR, rhs: FLOOR },
      ]),
    );
    expect(e.maxRatio).toBe(0.5);
    expect(e.tightness).toMatchObject({ value: 0.5, instance: { k: 0 }, instances: 2 });
  });

  test("with atol = 0 the floor is RATIO_FLOOR times the least double: rhs = MIN_VALUE has no ratio, rhs = 2 has", () => {
    const rows = [
      { lhs: Number.MIN_VALUE, rhs: Number.MIN_VALUE },
      { lhs: 1, rhs: 2 },
    ];
    const { r, e } = audit(inequality("zero-atol", rows, { tolerance: TOL.exact }));
    expect(r).toHaveVerdict("holds");
    expect(e.degenerate.count).toBe(0); // |lhs| = MIN_VALUE > atol = 0
    expect(e.maxRatio).toBe(0.5);
    expect(e.tightness).toMatchObject({ value: 0.5, instance: { k: 1 }, instances: 2 });
  });
});

describe("inequality: violations", () => {
  test("a replayed violation (3 > 1): detail lhs, rhs, gap, ratio and tolerance units; one test, one failure", () => {
    const { r, e } = audit(inequality("three-one", [{ lhs: 3, rhs: 1 }]), replay(0));
    expect(r).toHaveVerdict("violated");
    const detail = { lhs: 3, rhs: 1, gap: 2, ratio: 3, tolerances: 2 / unit(1) };
    expect(e.counterexample).toMatchObject({ instance: { k: 0 }, origin: "replay", detail });
    expect(e.worstCounterexample).toMatchObject({ instance: { k: 0 }, detail });
    expect(e).toMatchObject({ tests: 1, trials: 1, failures: 1, maxGap: 2, maxRatio: 3, closestApproach: 2 / unit(1) });
    expect(e.tightness).toBeUndefined();
  });

  test.each([
    ["lhs finite, rhs = −∞", { lhs: 1, rhs: -Infinity }, null],
    ["lhs = ∞, rhs finite", { lhs: Infinity, rhs: 1 }, Infinity],
    ["lhs = ∞, rhs = −∞", { lhs: Infinity, rhs: -Infinity }, null],
  ])("%s: violated by +∞ tolerance units, which the finite figures leave out", (_, row, ratio) => {
    const { r, e } = audit(inequality("infinite-violation", [row]), replay(0));
    expect(r).toHaveVerdict("violated");
    expect(e.counterexample?.detail).toEqual({ ...row, gap: Infinity, ratio, tolerances: Infinity });
    expect(e.maxGap).toBeUndefined();
    expect(e.closestApproach).toBeUndefined();
    expect(e.maxRatio).toBeUndefined();
  });

  test("a failing row without ratio (0 > −1) scores +∞ in the profile, and is not degenerate (|rhs| = 1 > atol)", () => {
    const { r, e } = audit(inequality("zero-minus-one", [{ lhs: 0, rhs: -1 }]));
    expect(r).toHaveVerdict("violated");
    expect(e.counterexample).toMatchObject({ instance: { k: 0 }, origin: "random", detail: { gap: 1, ratio: null, tolerances: 1 / unit(-1) } });
    expect(e.degenerate.count).toBe(0);
    expect(e.profile).toEqual({ instances: 1, unscored: 0, points: [[Infinity, 1]] });
  });

  test("a declared-degenerate instance that fails is still a violation, but left out of the figures", () => {
    const { r, e } = audit(inequality("degenerate-violation", [{ lhs: 3, rhs: 1 }], { degenerate: () => "declared" }), replay(0));
    expect(r).toHaveVerdict("violated");
    expect(e.degenerate).toEqual({ count: 1, reasons: { declared: 1 } });
    expect(e.maxGap).toBeUndefined();
    expect(e.maxRatio).toBeUndefined();
  });
});

describe("inequality: bad sides are errors naming the instance, not verdicts", () => {
  test.each([
    ["lhs NaN", { lhs: NaN, rhs: 1 }, /lhs = NaN, rhs = 1: not numbers/],
    ["rhs NaN", { lhs: 1, rhs: NaN }, /lhs = 1, rhs = NaN: not numbers/],
    ["lhs a string", { lhs: "1", rhs: 2 }, /lhs = 1, rhs = 2: not numbers/],
    ["rhs a string", { lhs: 1, rhs: "2" }, /lhs = 1, rhs = 2: not numbers/],
    ["no sides at all (null)", null, /lhs = undefined, rhs = undefined: not numbers/],
    ["lhs = rhs = ∞", { lhs: Infinity, rhs: Infinity }, /lhs = rhs = Infinity: an infinite side/],
    ["lhs = rhs = −∞", { lhs: -Infinity, rhs: -Infinity }, /lhs = rhs = -Infinity: an infinite side/],
  ])("%s → error", (_, row, message) => {
    const { r, e } = audit(inequality("bad-sides", [row as Row]), replay(0));
    expect(r.verdict).toBe("error");
    expect(r.error).toMatchObject({ input: { k: 0 } });
    expect(r.error?.message).toMatch(message);
    expect(e.kind).toBe("inequality");
  });

  test.each([
    ["−∞ ≤ ∞ holds", { lhs: -Infinity, rhs: Infinity }, "holds"],
    ["−∞ ≤ −1 holds", { lhs: -Infinity, rhs: -1 }, "holds"],
    ["2 ≤ 2 holds (equal finite sides)", { lhs: 2, rhs: 2 }, "holds"],
    ["∞ ≤ 1 is violated", { lhs: Infinity, rhs: 1 }, "violated"],
  ] as const)("not an error: %s", (_, row, verdict) => {
    expect(audit(inequality("good-sides", [row]), replay(0)).r).toHaveVerdict(verdict);
  });
});

/**
 * The shrink rule. Three rows, drawn as an integer shrinking toward 0: row 0 passes, row 2 is the first
 * failure met (at SHRINK_SEED and this id: `worstCounterexample` and `tests` = 3 check it), and fast-check then
 * offers 0 (passes) and 1, the candidate: kept (counterexample k = 1, origin "shrunk") or dropped (k = 2).
 */
describe("inequality: shrinking keeps ≥ min(10³, original) tolerance units past the bound and ≥ half the relative excess", () => {
  const SHRINK_SEED = 1;
  const shrunkTo = (candidate: Row, original: Row, tolerance?: Tolerance) => {
    const claim = inequality("shrink", [{ lhs: 1, rhs: 2 }, candidate, original], tolerance && { tolerance }, true);
    const { r, e } = audit(claim, { ...quick, seed: SHRINK_SEED });
    expect(r).toHaveVerdict("violated");
    expect(e.worstCounterexample?.instance).toEqual({ k: 2 });
    expect(e).toMatchObject({ tests: 3, failures: 2 });
    return e.counterexample?.instance;
  };
  const u = TC.atol; // at rhs = 0 one tolerance unit is atol

  test("an original 800 units past: a candidate as far past is kept (≥ the original's units, below 10³)", () => {
    expect(shrunkTo({ lhs: 800 * u, rhs: 0 }, { lhs: 800 * u, rhs: 0 })).toEqual({ k: 1 });
  });

  test("an original 800 units past: a candidate 700 units past is dropped", () => {
    expect(shrunkTo({ lhs: 700 * u, rhs: 0 }, { lhs: 800 * u, rhs: 0 })).toEqual({ k: 2 });
  });

  test("an original 10¹² units past: a candidate 2000 units past is kept (10³ units suffice)", () => {
    expect(shrunkTo({ lhs: 2000 * u, rhs: 0 }, { lhs: 1, rhs: 0 })).toEqual({ k: 1 });
  });

  test("exactly 10³ units past (TOL.exact at rhs = 1: 64000·EPS over a unit of 64·EPS) is kept against 1500", () => {
    const at = (n: number) => ({ lhs: 1 + n * 64 * EPS, rhs: 1 });
    expect((at(1000).lhs - 1) / unit(1, TOL.exact)).toBe(1000);
    expect(shrunkTo(at(1000), at(1500), TOL.exact)).toEqual({ k: 1 });
    expect(shrunkTo(at(999), at(1500), TOL.exact)).toEqual({ k: 2 });
  });

  test("a candidate far past in units but with less than half the excess (1.1 vs 1 against 3 vs 1) is dropped", () => {
    expect(shrunkTo({ lhs: 1.1, rhs: 1 }, { lhs: 3, rhs: 1 })).toEqual({ k: 2 });
  });

  test("a candidate with excess 1/3 against the original's 1/2 is kept (≥ half)", () => {
    expect(shrunkTo({ lhs: 2, rhs: 1 }, { lhs: 3, rhs: 1 })).toEqual({ k: 1 });
  });

  test("lhs = ∞ has excess 1: a candidate with excess exactly 1/2 (3 vs 1) is kept", () => {
    expect(shrunkTo({ lhs: 3, rhs: 1 }, { lhs: Infinity, rhs: 1 })).toEqual({ k: 1 });
  });

  test("rhs = −∞ has excess 1 and +∞ units: a candidate 1 vs −1 (excess 1) is kept", () => {
    expect(shrunkTo({ lhs: 1, rhs: -1 }, { lhs: 1, rhs: -Infinity })).toEqual({ k: 1 });
  });
});

describe("inequality: definition, data, bound scaling, time limit", () => {
  const base = inequality("base", [{ lhs: 1, rhs: 4 }]);

  test.each([
    ["atol < 0", { atol: -TC.atol, rtol: TC.rtol }],
    ["rtol < 0", { atol: TC.atol, rtol: -TC.rtol }],
    ["atol NaN", { atol: NaN, rtol: TC.rtol }],
    ["rtol NaN", { atol: TC.atol, rtol: NaN }],
  ])("validate refuses a tolerance with %s", (_, tolerance) => {
    expect(() => defineClaim({ ...base, tolerance })).toThrow(ClaimDefinitionError);
    expect(() => defineClaim({ ...base, tolerance })).toThrow(/must have atol ≥ 0 and rtol ≥ 0/);
  });

  test("validate accepts atol = rtol = 0 (an exact comparison) and no tolerance", () => {
    expect(() => defineClaim({ ...base, tolerance: { atol: 0, rtol: 0 } })).not.toThrow();
    expect(() => defineClaim({ ...base, tolerance: undefined })).not.toThrow();
  });

  test("validate refuses a claim without check", () => {
    expect(() => defineClaim({ ...base, check: undefined as never })).toThrow(/needs check/);
  });

  test("not applicable: the empty evidence of the kind, with the default tolerance", () => {
    const r = auditClaim({ ...base, applicable: () => "not here" }, quick);
    expect(r.verdict).toBe("not-applicable");
    expect(r.evidence).toMatchObject({ kind: "inequality", tolerance: TC, statistical: false, tests: 0, instances: 0, failures: 0 });
  });

  test("withData: check receives the audit's data access as its second argument", () => {
    const seen: unknown[] = [];
    const claim = defineClaim<InequalityClaim<K>>({
      ...base,
      check: (_i, data) => {
        seen.push(data);
        return { lhs: data === undefined ? 5 : 1, rhs: 4 };
      },
    });
    expect(auditClaim(claim, quick)).toHaveVerdict("holds");
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((d) => typeof (d as { load?: unknown })?.load === "function")).toBe(true);
  });

  test("scaleBound(claim, c) multiplies rhs by c: the tightness moves by 1/c, lhs is kept", () => {
    const claim = inequality("scaled", [
      { lhs: 1, rhs: 4 },
      { lhs: 1, rhs: 5 },
    ]);
    expect(audit(claim).e.tightness?.value).toBe(0.25);
    expect(audit(scaleBound(claim, 0.5)).e.tightness?.value).toBe(0.5);
    const { r, e } = audit(scaleBound(claim, 0.2), replay(0));
    expect(r).toHaveVerdict("violated");
    expect(e.counterexample?.detail).toMatchObject({ lhs: 1, rhs: 4 * 0.2 });
  });

  test("scaleBound passes the data on to check", () => {
    const claim = defineClaim<InequalityClaim<K>>({ ...base, check: (_i, data) => ({ lhs: 1, rhs: data === undefined ? 0 : 4 }) });
    expect(audit(scaleBound(claim, 0.5)).e.tightness?.value).toBe(0.5);
  });

  test.each([[0], [-1], [NaN]])("scaleBound refuses the factor %s, naming the claim", (c) => {
    expect(() => scaleBound(base, c)).toThrow(ClaimDefinitionError);
    expect(() => scaleBound(base, c)).toThrow(`${base.id}: a bound factor must be > 0, got ${c}`);
  });

  test("past the time limit: inconclusive, with timedOut and no tightness", () => {
    const { r, e } = audit(base, { ...quick, timeLimitSeconds: 1e-9 });
    expect(r).toHaveVerdict("inconclusive");
    expect(e.timedOut).toBeDefined();
    expect(e.tightness).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------- probability

type PRow = { p: number; bound: number };

/** P(event at row k) = rows[k].p ≤ rows[k].bound, given exactly. */
function exactProbability(id: string, rows: readonly PRow[], extra: Partial<ProbabilityClaim<K>> = {}) {
  return defineClaim<ProbabilityClaim<K>>({
    id: `signcheck/${id}`,
    kind: "probability",
    title: id,
    source,
    hypotheses: [],
    instances: fc.constantFrom(...rows.map((_, k) => ({ k }))),
    bound: ({ k }) => rows[k].bound,
    exact: ({ k }) => rows[k].p,
    budgets,
    ...extra,
  });
}

/** P(event) ≤ bound by Monte Carlo, with an event that is constant (rate exactly 0 or 1). */
function sampledProbability(id: string, event: ProbabilityClaim<K>["event"], bound = 0.5, extra: Partial<ProbabilityClaim<K>> = {}) {
  return defineClaim<ProbabilityClaim<K>>({
    id: `signcheck/${id}`,
    kind: "probability",
    title: id,
    source,
    hypotheses: [],
    instances: fc.constantFrom({ k: 0 }, { k: 1 }),
    bound: () => bound,
    event,
    budgets,
    ...extra,
  });
}

const paudit = (claim: ProbabilityClaim<K>, options: Parameters<typeof auditClaim>[1] = quick) => {
  const r = auditClaim(claim, options);
  return { r, e: evidenceOf(r, "probability") };
};

describe("probability (exact): evidence of a claim that holds", () => {
  const rows: PRow[] = [
    { p: 0.1, bound: 0.4 }, // p/bound 1/4, slack 4
    { p: 0.3, bound: 0.5 }, // p/bound 3/5: the tightness and the least slack
    { p: 0, bound: 0.2 }, // p = 0: slack ∞
    { p: 0.45, bound: 0.5 }, // declared degenerate: p/bound 9/10 left out
  ];
  const { r, e } = paudit(exactProbability("exact-holds", rows, { degenerate: ({ k }) => (k === 3 ? "declared degenerate" : undefined) }));

  test("holds: every instance certified, no trial run, nothing sampled (no α split, no design notes)", () => {
    expect(r).toHaveVerdict("holds");
    expect(e).toMatchObject({
      kind: "probability",
      instances: 4,
      tests: 4,
      certified: 4,
      refuted: 0,
      undecided: 0,
      vacuous: 0,
      trials: 0,
      failures: 0,
      statistical: false,
    });
    expect(e.alphaSplit).toBeUndefined();
    expect(e.notes).toEqual([]);
    expect(e.degenerate).toEqual({ count: 1, reasons: { "declared degenerate": 1 } });
  });

  test("tightness = the largest p/bound over the non-degenerate instances (3/5 at k = 1), exact, over 3 instances", () => {
    expect(e.tightness).toEqual({ unit: "factor", value: 0.3 / 0.5, instance: { k: 1 }, instanceHash: instanceHash({ k: 1 }), method: "exact", instances: 3 });
  });

  test("least slack = bound/p = 5/3 at k = 1, and the worst is its exact summary", () => {
    expect(e.leastSlack).toBe(0.5 / 0.3);
    expect(e.worst).toMatchObject({
      instance: { k: 1 },
      exactProbability: 0.3,
      target: 0.5,
      decision: "certified",
      trials: 0,
      interval: { lo: 0.3, hi: 0.3, confidence: 1 },
    });
  });
});

describe("probability (exact): violations and the claim's tolerance", () => {
  test("p = 0.7 > 0.5: violated at once (exact: no confirmation), the counterexample carries p", () => {
    const { r, e } = paudit(exactProbability("exact-violated", [{ p: 0.7, bound: 0.5 }]), replay(0));
    expect(r).toHaveVerdict("violated");
    expect(e.counterexample).toMatchObject({
      instance: { k: 0 },
      detail: { exactProbability: 0.7, decision: "refuted", interval: { lo: 0.7, hi: 0.7, confidence: 1 } },
    });
    expect(e.confirmation).toBeUndefined();
    expect(e).toMatchObject({ refuted: 1, trials: 0, statistical: false });
  });

  test("p = bound + atol/2 of TOL.table4: holds under the claim's tolerance TOL.table4, violated under the default TOL.claim", () => {
    const row = { p: 0.5 + TOL.table4.atol / 2, bound: 0.5 };
    expect(paudit(exactProbability("own-tolerance", [row], { tolerance: TOL.table4 }), replay(0)).r).toHaveVerdict("holds");
    expect(paudit(exactProbability("default-tolerance", [row]), replay(0)).r).toHaveVerdict("violated");
  });
});

describe("probability (Monte Carlo): the event is the failure", () => {
  test("an event that never happens: holds, no failure in any trial", () => {
    const { r, e } = paudit(sampledProbability("never", () => false));
    expect(r).toHaveVerdict("holds");
    expect(e.statistical).toBe(true);
    expect(e.trials).toBeGreaterThan(0);
    expect(e.failures).toBe(0);
  });

  test("an event that always happens: violated and confirmed, every trial a failure", () => {
    const { r, e } = paudit(sampledProbability("always", () => true));
    expect(r).toHaveVerdict("violated");
    expect(e.confirmation?.decision).toBe("refuted");
    expect(e.failures).toBe(e.trials);
  });

  test.each([
    ["a number", 1],
    ["NaN", NaN],
    ["undefined", undefined],
  ])("an event that returns %s is an error naming the instance", (_, value) => {
    const { r } = paudit(
      sampledProbability("not-boolean", () => value as unknown as boolean),
      replay(0),
    );
    expect(r.verdict).toBe("error");
    expect(r.error).toMatchObject({ input: { k: 0 } });
    expect(r.error?.message).toMatch(/an event is true or false/);
  });

  test("a bound ≥ 1 is vacuous: holds without a trial", () => {
    const { r, e } = paudit(sampledProbability("vacuous", () => true, 1));
    expect(r).toHaveVerdict("holds");
    expect(e).toMatchObject({ trials: 0, vacuous: 2, certified: 2 });
  });
});

describe("probability: definition, data, bound scaling", () => {
  const base = exactProbability("base", [{ p: 0.3, bound: 0.5 }]);

  test.each([
    ["without bound", { bound: undefined }, /needs bound/],
    ["with neither exact nor event", { exact: undefined, event: undefined }, /needs exact\(instance\) or event/],
  ])("validate refuses a claim %s", (_, patch, message) => {
    expect(() => defineClaim({ ...base, ...patch } as ProbabilityClaim<K>)).toThrow(ClaimDefinitionError);
    expect(() => defineClaim({ ...base, ...patch } as ProbabilityClaim<K>)).toThrow(message);
  });

  test("validate accepts exact alone and event alone", () => {
    expect(() => defineClaim({ ...base })).not.toThrow();
    expect(() => defineClaim({ ...base, exact: undefined, event: () => false })).not.toThrow();
  });

  test("not applicable: the empty evidence of the kind", () => {
    const r = auditClaim({ ...base, applicable: () => "not here" }, quick);
    expect(r.verdict).toBe("not-applicable");
    expect(r.evidence).toMatchObject({ kind: "probability", statistical: false, tests: 0, certified: 0, refuted: 0, undecided: 0, vacuous: 0 });
  });

  const hasData = (d: unknown) => typeof (d as { load?: unknown } | undefined)?.load === "function";
  test("withData: bound, exact and event each receive the audit's data access", () => {
    expect(paudit({ ...base, bound: (_i, d) => (hasData(d) ? 0.5 : 0.05) }).r).toHaveVerdict("holds");
    expect(paudit({ ...base, exact: (_i, d) => (hasData(d) ? 0.3 : 0.9) }).r).toHaveVerdict("holds");
    expect(paudit(sampledProbability("data-event", (_i, _s, d) => !hasData(d))).r).toHaveVerdict("holds");
  });

  test("scaleBound(claim, c) multiplies the bound by c: the tightness moves by 1/c; below p it is violated", () => {
    expect(paudit(base).e.tightness?.value).toBe(0.3 / 0.5);
    expect(paudit(scaleBound(base, 2)).e.tightness?.value).toBe(0.3 / (0.5 * 2));
    expect(paudit(scaleBound(base, 0.5)).r).toHaveVerdict("violated");
  });

  test("scaleBound passes the data on to bound", () => {
    const claim = { ...base, bound: (_i: K, d?: unknown) => (hasData(d) ? 0.5 : 0.05) };
    expect(paudit(scaleBound(claim, 2)).e.tightness?.value).toBe(0.3 / (0.5 * 2));
  });

  test.each([[0], [-1], [NaN]])("scaleBound refuses the factor %s, naming the claim", (c) => {
    expect(() => scaleBound(base, c)).toThrow(ClaimDefinitionError);
    expect(() => scaleBound(base, c)).toThrow(`${base.id}: a bound factor must be > 0, got ${c}`);
  });
});
