/**
 * Each law's exact quantities pinned by values worked out independently of its implementation — closed
 * forms known by other routes (E|T₃| = 2√3/π, Var T₃ = 3, E|C|^p = sec(pπ/2) for the Cauchy law, the Lomax
 * variance α/((α−1)²(α−2)), E|X − m| = 2∫_m^∞ P(Y > y)dy for the centred Lomax), sums over atoms by hand, and
 * the draws of each sampler replayed from a copy of its stream through the inverse of its cdf. Every law is
 * built inside the test that checks it, so that the code run when a law is constructed (its normalising
 * constants) is exercised by these tests under the mutation runner, not only at collection time.
 */
import { describe, expect, test } from "vitest";
import {
  Stream,
  TOL,
  UndefinedQuantityError,
  centredLomax,
  close,
  contaminated,
  gaussian,
  lattice,
  laplace,
  noiseFromSpec,
  studentT,
  symmetricLomax,
  symmetricPareto,
  symmetricStable,
  twoPoint,
  type FullNoiseLaw,
  type NoiseSpec,
} from "signcheck";
import { expectInputError } from "../expectInputError.ts";

const near = (a: number, b: number, what: string) => expect(close(a, b, TOL.special), `${what}: ${a} vs ${b}`).toBe(true);

describe("moments by other routes", () => {
  test("Gaussian: E|Z| = √(2/π), E Z² = 1, E|Z|³ = 2√(2/π), E Z⁴ = 3", () => {
    const g = gaussian();
    near(g.absMoment(1), Math.sqrt(2 / Math.PI), "E|Z|");
    near(g.absMoment(2), 1, "E Z²");
    near(g.absMoment(3), 2 * Math.sqrt(2 / Math.PI), "E|Z|³");
    near(g.absMoment(4), 3, "E Z⁴");
  });

  test("Laplace: E|X|^κ = κ! at integers, Γ(3/2) = √π/2 at κ = ½", () => {
    const l = laplace();
    near(l.absMoment(1), 1, "E|X|");
    near(l.absMoment(2), 2, "E X²");
    near(l.absMoment(3), 6, "E|X|³");
    near(l.absMoment(0.5), Math.sqrt(Math.PI) / 2, "E|X|^½");
  });

  test("Student-t: E|T₃| = 2√3/π, E T₃² = ν/(ν − 2) = 3, E T₅² = 5/3; none at κ ≥ ν", () => {
    near(studentT(3).absMoment(1), (2 * Math.sqrt(3)) / Math.PI, "E|T₃|");
    near(studentT(3).absMoment(2), 3, "E T₃²");
    near(studentT(5).absMoment(2), 5 / 3, "E T₅²");
    expect(() => studentT(3).absMoment(3)).toThrow(UndefinedQuantityError);
  });

  test("symmetric Lomax (α = 3): E|X| = Γ(2)Γ(2)/Γ(3) = ½, E X² = Γ(3)Γ(1)/Γ(3) = 1; symmetric Pareto: E|X|^κ = α/(α − κ)", () => {
    near(symmetricLomax(3).absMoment(1), 0.5, "Lomax E|X|");
    near(symmetricLomax(3).absMoment(2), 1, "Lomax E X²");
    near(symmetricPareto(3).absMoment(1), 1.5, "Pareto E|X|");
    near(symmetricPareto(2.5).absMoment(2), 5, "Pareto E X²");
    expect(() => symmetricLomax(3).absMoment(3)).toThrow(UndefinedQuantityError);
    expect(() => symmetricPareto(3).absMoment(3)).toThrow(UndefinedQuantityError);
  });

  test("SαS: the Cauchy law (α = 1) has E|C|^p = sec(pπ/2); α = 2 is N(0, 2): E X² = 2, E|X| = 2/√π", () => {
    for (const p of [0.2, 0.5, 0.9]) near(symmetricStable(1).absMoment(p), 1 / Math.cos((p * Math.PI) / 2), `E|C|^${p}`);
    near(symmetricStable(2).absMoment(2), 2, "E X² at α = 2");
    near(symmetricStable(2).absMoment(1), 2 / Math.sqrt(Math.PI), "E|X| at α = 2");
    // α = 1.5, κ = 1: 2Γ(1)Γ(1 − 2/3)/(√πΓ(½)) = 2Γ(1/3)/π.
    near(symmetricStable(1.5).absMoment(1), (2 * Math.exp(logGamma13())) / Math.PI, "E|X| at α = 1.5");
    expect(() => symmetricStable(1.5).absMoment(1.5)).toThrow(UndefinedQuantityError);
  });

  test("centred Lomax: E|X| = 2∫_m^∞(1 + y)^{−α}dy = 2(1 + m)^{1−α}/(α − 1), E X² = Var Lomax(α) = α/((α − 1)²(α − 2))", () => {
    // α = 2: m = 1, E|X| = 2·2^{−1} = 1; α = 3: m = ½, E|X| = 2·(3/2)^{−2}/2 = 4/9, E X² = 3/4.
    near(centredLomax(2).absMoment(1), 1, "E|X| at α = 2");
    near(centredLomax(3).absMoment(1), 4 / 9, "E|X| at α = 3");
    near(centredLomax(3).absMoment(2), 3 / 4, "E X² at α = 3");
    expect(() => centredLomax(3).absMoment(3)).toThrow(UndefinedQuantityError);
  });

  test("two-point and lattice laws: sums over the atoms by hand", () => {
    // {−¼ w.p. ¾, ¾ w.p. ¼}: E|X| = ¾·¼ + ¼·¾ = 3/8, E X² = q(1 − q) = 3/16.
    near(twoPoint(0.25).absMoment(1), 0.375, "two-point E|X|");
    near(twoPoint(0.25).absMoment(2), 0.1875, "two-point E X²");
    // P(0) = ½, P(±1) = 0.15, P(±2) = 0.1: E|X| = 0.3 + 0.4, E X² = 0.3 + 0.8, E|X|^½ = 0.3 + 0.2√2.
    const lat = lattice([0.5, 0.3, 0.2]);
    near(lat.absMoment(1), 0.7, "lattice E|X|");
    near(lat.absMoment(2), 1.1, "lattice E X²");
    near(lat.absMoment(0.5), 0.3 + 0.2 * Math.SQRT2, "lattice E|X|^½");
  });

  test("a contaminated law mixes the moments, and keeps the smaller moment order", () => {
    const mix = contaminated(0.25, gaussian(), laplace());
    near(mix.absMoment(2), 0.75 * 1 + 0.25 * 2, "E X²");
    const heavy = contaminated(0.1, gaussian(), studentT(3));
    expect(heavy.maxMomentOrder).toBe(3);
    expect(contaminated(0, gaussian(), studentT(3)).maxMomentOrder).toBe(Infinity);
    expect(contaminated(1, studentT(3), gaussian()).maxMomentOrder).toBe(Infinity);
    near(contaminated(0, gaussian(), studentT(1.5)).absMoment(2), 1, "p = 0 is the inlier");
    near(contaminated(1, studentT(1.5), gaussian()).absMoment(2), 1, "p = 1 is the outlier");
  });
});

/** Γ(1/3) (the only value the α = 1.5 case needs), from Γ(1/3) = 2.678938534707747633…. */
function logGamma13(): number {
  return Math.log(2.678938534707747633);
}

describe("tails, centred tails and densities by hand", () => {
  test("Gaussian: P(Z > 1) = 0.158655…, ½ − P(Z > 1) = 0.341344…, φ(1) = e^{−½}/√(2π)", () => {
    const g = gaussian();
    near(g.sf(1), 0.15865525393145705, "sf(1)");
    near(g.lowerTail(1), 0.15865525393145705, "lowerTail(1)");
    near(g.halfMinusSf(1), 0.34134474606854295, "½ − sf(1)");
    near(g.pdf!(1), Math.exp(-0.5) / Math.sqrt(2 * Math.PI), "φ(1)");
    near(g.cdf(-1), 0.15865525393145705, "cdf(−1)");
  });

  test("Laplace: P(X > t) = ½e^{−t}, P(X > −t) = 1 − ½e^{−t}, ½ − P(X > t) = −½expm1(−t) and odd", () => {
    const l = laplace();
    near(l.sf(1), 0.5 * Math.exp(-1), "sf(1)");
    near(l.sf(-1), 1 - 0.5 * Math.exp(-1), "sf(−1)");
    near(l.halfMinusSf(2), 0.5 * (1 - Math.exp(-2)), "½ − sf(2)");
    near(l.halfMinusSf(-2), -0.5 * (1 - Math.exp(-2)), "½ − sf(−2)");
    near(l.halfMinusSf(1e-10), 0.5e-10 * (1 - 0.5e-10), "½ − sf(1e-10)");
    near(l.pdf!(-2), 0.5 * Math.exp(-2), "pdf(−2)");
  });

  test("Student-t ν = 1 (Cauchy) and ν = 2 in closed form; ν = 3 with the arctangent form", () => {
    for (const t of [0.3, 1, 4]) {
      near(studentT(1).sf(t), 0.5 - Math.atan(t) / Math.PI, `t₁ sf(${t})`);
      near(studentT(2).sf(t), 0.5 * (1 - t / Math.sqrt(t * t + 2)), `t₂ sf(${t})`);
      const u = t / Math.sqrt(3);
      near(studentT(3).sf(t), 0.5 - (Math.atan(u) + u / (1 + u * u)) / Math.PI, `t₃ sf(${t})`);
      near(studentT(3).sf(-t), 0.5 + (Math.atan(u) + u / (1 + u * u)) / Math.PI, `t₃ sf(−${t})`);
      near(studentT(1).pdf!(t), 1 / (Math.PI * (1 + t * t)), `t₁ pdf(${t})`);
      near(studentT(2).pdf!(t), (2 + t * t) ** -1.5, `t₂ pdf(${t})`);
    }
    // Far out and near 0, the expansions: f(0)·t below (1 + 1/ν)t² = 1e-17, f(0)ν^{(ν−1)/2}t^{−ν} beyond t² = 1e17·ν(ν+1).
    near(studentT(1).halfMinusSf(1e-12), 1e-12 / Math.PI, "t₁ ½ − sf(1e-12)");
    near(studentT(1).sf(1e12), 1 / (Math.PI * 1e12), "t₁ sf(1e12)");
    near(studentT(2).sf(1e12), 0.5 / 1e24, "t₂ sf(1e12)"); // ½(1 − t/√(t² + 2)) ≈ 1/(2t²)
    near(studentT(2).halfMinusSf(1e-12), 1e-12 / (2 * Math.SQRT2), "t₂ ½ − sf(1e-12)");
    expect(studentT(3).sf(Infinity)).toBe(0);
    expect(studentT(3).halfMinusSf(Infinity)).toBe(0.5);
  });

  test("symmetric Lomax and Pareto: ½(1 + t)^{−α} and ½t^{−α}, their densities and centred tails", () => {
    near(symmetricLomax(3).sf(1), 1 / 16, "Lomax sf(1)");
    near(symmetricLomax(3).sf(-1), 15 / 16, "Lomax sf(−1)");
    near(symmetricLomax(3).halfMinusSf(1), 7 / 16, "Lomax ½ − sf(1)");
    near(symmetricLomax(3).halfMinusSf(-1), -7 / 16, "Lomax ½ − sf(−1)");
    near(symmetricLomax(3).pdf!(-1), 1.5 / 16, "Lomax pdf(−1)");
    near(symmetricPareto(2).sf(2), 1 / 8, "Pareto sf(2)");
    near(symmetricPareto(2).sf(0.5), 0.5, "Pareto sf(½)");
    near(symmetricPareto(2).sf(-2), 7 / 8, "Pareto sf(−2)");
    near(symmetricPareto(2).halfMinusSf(2), 3 / 8, "Pareto ½ − sf(2)");
    expect(symmetricPareto(2).halfMinusSf(0.5)).toBe(0);
    near(symmetricPareto(2).halfMinusSf(-2), -3 / 8, "Pareto ½ − sf(−2)");
    near(symmetricPareto(2).pdf!(-2), 1 / 8, "Pareto pdf(−2)");
    expect(symmetricPareto(2).pdf!(0.5)).toBe(0);
  });

  test("SαS at α = 1 and 2 in closed form: Cauchy tails and density, N(0, 2) tails and density", () => {
    for (const t of [0.5, 2]) {
      near(symmetricStable(1).sf(t), 0.5 - Math.atan(t) / Math.PI, `Cauchy sf(${t})`);
      near(symmetricStable(1).halfMinusSf(t), Math.atan(t) / Math.PI, `Cauchy ½ − sf(${t})`);
      near(symmetricStable(1).pdf!(t), 1 / (Math.PI * (1 + t * t)), `Cauchy pdf(${t})`);
      near(symmetricStable(2).sf(t), gaussian().sf(t / Math.SQRT2), `N(0, 2) sf(${t})`);
      near(symmetricStable(2).halfMinusSf(t), gaussian().halfMinusSf(t / Math.SQRT2), `N(0, 2) ½ − sf(${t})`);
      near(symmetricStable(2).pdf!(t), gaussian().pdf!(t / Math.SQRT2) / Math.SQRT2, `N(0, 2) pdf(${t})`);
    }
    expect(symmetricStable(1.5).pdf).toBeUndefined();
  });

  test("centred Lomax: P(X > t) = (1 + m + t)^{−α}, P(X < −t) = 1 − (1 + m − t)^{−α}, density α(1 + m + x)^{−α−1}", () => {
    const c = centredLomax(2); // m = 1
    near(c.sf(0), 0.25, "sf(0)");
    near(c.sf(-1), 1, "sf(−m)");
    near(c.lowerTail(0.5), 1 - 1 / 2.25, "lowerTail(½)");
    expect(c.lowerTail(1)).toBe(0);
    near(c.halfMinusSf(0), 0.25, "½ − sf(0)");
    expect(c.halfMinusSf(-1)).toBe(-0.5);
    near(c.halfMinusLowerTail(0.5), 1 / 2.25 - 0.5, "½ − lowerTail(½)");
    expect(c.halfMinusLowerTail(1)).toBe(0.5);
    near(c.pdf!(0), 2 / 8, "pdf(0)");
    expect(c.pdf!(-1.5)).toBe(0);
  });

  test("atoms: two-point and lattice tails, centred tails and cdf from the atoms by hand", () => {
    const tp = twoPoint(0.25); // −¼ w.p. ¾, ¾ w.p. ¼
    expect([tp.sf(-0.5), tp.sf(-0.25), tp.sf(0), tp.sf(0.75)]).toEqual([1, 0.25, 0.25, 0]);
    expect([tp.lowerTail(0.5), tp.lowerTail(0.25), tp.lowerTail(0)]).toEqual([0, 0, 0.75]);
    expect([tp.atom(-0.25), tp.atom(0.75), tp.atom(0)]).toEqual([0.75, 0.25, 0]);
    near(tp.halfMinusSf(0), 0.25, "two-point ½ − sf(0)");
    near(tp.halfMinusLowerTail(0), -0.25, "two-point ½ − lowerTail(0)");
    near(tp.cdf(-0.25), 0.75, "two-point cdf(−¼)");
    const lat = lattice([0.5, 0.3, 0.2]); // P(0) = ½, P(±1) = 0.15, P(±2) = 0.1
    near(lat.sf(0), 0.25, "lattice sf(0)");
    near(lat.sf(1), 0.1, "lattice sf(1)");
    near(lat.halfMinusSf(1), 0.4, "lattice ½ − sf(1) = ½P(|X| ≤ 1)");
    near(lat.halfMinusSf(0), 0.25, "lattice ½ − sf(0)");
    near(lat.halfMinusSf(-1), -0.25, "lattice ½ − sf(−1) = −½P(|X| < 1)");
    near(lat.cdf(-1), 0.25, "lattice cdf(−1)");
    expect([lat.atom(0), lat.atom(-2), lat.atom(3)]).toEqual([0.5, 0.1, 0]);
    expect(lattice([0, 0, 1]).atom(0)).toBe(0);
  });
});

describe("samplers replayed through their inverse cdf", () => {
  const draws = 200;

  /** Every draw x of `law` satisfies cdf(x) = F(u) for the uniform(s) u the sampler consumed, replayed from a copy of the stream. */
  function replay(law: FullNoiseLaw, seed: string, expected: (s: Stream) => number) {
    const a = new Stream(seed);
    const b = new Stream(seed);
    for (let i = 0; i < draws; i++) {
      const x = law.sample(a);
      const want = expected(b);
      expect(
        close(x, want, { atol: TOL.special.atol, rtol: TOL.special.rtol }) || close(law.cdf(x), law.cdf(want), TOL.special),
        `${law.name} draw ${i}: ${x} vs ${want}`,
      ).toBe(true);
    }
  }

  test("Laplace: U < ½ gives log(1 − 2U) ≤ 0, else −log(2 − 2U)", () => {
    replay(laplace(), "lap", (s) => {
      const v = s.next();
      return v < 0.5 ? Math.log1p(-2 * v) : -Math.log(2 - 2 * v);
    });
  });

  test("symmetric Lomax and Pareto: −((1 − 2U)^{−1/α} − 1) and (2 − 2U)^{−1/α} − 1; ∓(1 − 2U)^{−1/α}, (2 − 2U)^{−1/α}", () => {
    replay(symmetricLomax(2.5), "lom", (s) => {
      const v = s.next();
      return v < 0.5 ? 1 - (1 - 2 * v) ** (-1 / 2.5) : (2 - 2 * v) ** (-1 / 2.5) - 1;
    });
    replay(symmetricPareto(2.5), "par", (s) => {
      const v = s.next();
      return v < 0.5 ? -((1 - 2 * v) ** (-1 / 2.5)) : (2 - 2 * v) ** (-1 / 2.5);
    });
  });

  test("centred Lomax: (1 − U)^{−1/α} − 1 − 1/(α − 1)", () => {
    replay(centredLomax(3), "clo", (s) => (1 - s.next()) ** (-1 / 3) - 1 - 0.5);
  });

  test("Gaussian draws one normal; its mean of B draws is one normal over √B, and SαS(2) is √2 times a normal", () => {
    replay(gaussian(), "g", (s) => s.normal());
    replay(symmetricStable(2), "s2", (s) => Math.SQRT2 * s.normal());
    const a = new Stream("gm");
    const b = new Stream("gm");
    for (const B of [1, 4, 9]) expect(gaussian().sampleMean(a, B)).toBe(b.normal() / Math.sqrt(B));
    expect(gaussian().exactBatchMean).toBe(true);
    expect(laplace().exactBatchMean).toBe(false);
  });

  test("Cauchy (α = 1) by tan(π(U − ½)); SαS(α) by Chambers–Mallows–Stuck, its mean of B scaled by B^{1/α − 1}", () => {
    replay(symmetricStable(1), "c", (s) => Math.tan(Math.PI * (s.open() - 0.5)));
    const cms = (alpha: number) => (s: Stream) => {
      const v = Math.PI * (s.open() - 0.5);
      const w = s.exponential();
      return (Math.sin(alpha * v) / Math.cos(v) ** (1 / alpha)) * (Math.cos((1 - alpha) * v) / w) ** ((1 - alpha) / alpha);
    };
    replay(symmetricStable(1.5), "s15", cms(1.5));
    replay(symmetricStable(0.7), "s07", cms(0.7));
    const a = new Stream("sm");
    const b = new Stream("sm");
    for (const B of [1, 8, 1000]) near(symmetricStable(1.5).sampleMean(a, B), cms(1.5)(b) * B ** (1 / 1.5 - 1), `mean of ${B}`);
  });

  test("atoms: the first atom whose cumulative probability exceeds U; contaminated: U < p picks the outlier", () => {
    replay(twoPoint(0.25), "tp", (s) => (s.next() < 0.75 ? -0.25 : 0.75));
    replay(lattice([0.5, 0.3, 0.2]), "lat", (s) => {
      const u = s.next();
      return u < 0.1 ? -2 : u < 0.25 ? -1 : u < 0.75 ? 0 : u < 0.9 ? 1 : 2;
    });
    replay(contaminated(0.3, twoPoint(0.5), lattice([0, 0, 1])), "mix", (s) => (s.next() < 0.3 ? (s.next() < 0.5 ? -2 : 2) : s.next() < 0.5 ? -0.5 : 0.5));
    // Laws not closed under averaging draw B samples for the mean.
    const a = new Stream("lm");
    const b = new Stream("lm");
    const lap = laplace();
    for (const B of [1, 3]) {
      let s = 0;
      for (let j = 0; j < B; j++) s += lap.sample(b);
      near(lap.sampleMean(a, B), s / B, `Laplace mean of ${B}`);
    }
  });
});

describe("laws from specs, and their declared facts", () => {
  test("every spec builds its family, with the facts the family declares", () => {
    const facts: [NoiseSpec, string, boolean, boolean, number, boolean][] = [
      [{ law: "gaussian" }, "gaussian", true, true, Infinity, false],
      [{ law: "laplace" }, "laplace", true, true, Infinity, false],
      [{ law: "studentT", nu: 3 }, "studentT", true, true, 3, false],
      [{ law: "symmetricLomax", alpha: 2 }, "symmetricLomax", true, true, 2, false],
      [{ law: "symmetricPareto", alpha: 2 }, "symmetricPareto", true, false, 2, false],
      [{ law: "symmetricStable", alpha: 1.5 }, "symmetricStable", true, true, 1.5, false],
      [{ law: "symmetricStable", alpha: 2 }, "symmetricStable", true, true, Infinity, false],
      [{ law: "contaminated", p: 0.1, inlier: { law: "gaussian" }, outlier: { law: "laplace" } }, "contaminated", true, true, Infinity, false],
      [{ law: "contaminated", p: 0.1, inlier: { law: "gaussian" }, outlier: { law: "centredLomax", alpha: 3 } }, "contaminated", false, false, 3, false],
      [{ law: "contaminated", p: 0.1, inlier: { law: "gaussian" }, outlier: { law: "twoPoint", q: 0.5 } }, "contaminated", true, false, Infinity, true],
      [{ law: "contaminated", p: 0, inlier: { law: "gaussian" }, outlier: { law: "twoPoint", q: 0.5 } }, "contaminated", true, false, Infinity, false],
      [{ law: "centredLomax", alpha: 3 }, "centredLomax", false, false, 3, false],
      [{ law: "twoPoint", q: 0.25 }, "twoPoint", false, false, Infinity, true],
      [{ law: "twoPoint", q: 0.5 }, "twoPoint", true, false, Infinity, true],
      [{ law: "lattice", probs: [0.5, 0.5] }, "lattice", true, false, Infinity, true],
    ];
    for (const [spec, name, symmetric, unimodal, order, atoms] of facts) {
      const law = noiseFromSpec(spec);
      expect([law.name, law.symmetric, law.unimodal, law.maxMomentOrder, law.hasAtoms], JSON.stringify(spec)).toEqual([
        name,
        symmetric,
        unimodal,
        order,
        atoms,
      ]);
      expect(law.spec).toEqual(spec);
    }
  });

  test("bad parameters are typed errors naming the parameter", () => {
    expectInputError(() => noiseFromSpec({ law: "nope" } as unknown as NoiseSpec), "spec.law");
    expectInputError(() => lattice([1]), "probs");
    expectInputError(() => lattice([0.5, 0.4]), "probs");
    expectInputError(() => lattice([1, 0]), "probs[0]");
    expectInputError(() => lattice([0.5, 1.5]), "probs[1]");
    expectInputError(() => lattice("0.5" as unknown as number[]), "probs");
    expectInputError(() => twoPoint(0), "q");
    expectInputError(() => centredLomax(1), "alpha");
    expectInputError(() => symmetricStable(2.5), "alpha");
    expectInputError(() => symmetricStable(0), "alpha");
    expectInputError(() => contaminated(1.1, gaussian(), laplace()), "p");
    expect(lattice([0, 1]).atom(0)).toBe(0);
  });
});
