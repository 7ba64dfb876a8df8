/**
 * Laws and exact moments pinned at the points that separate their constants, boundaries and branches:
 * the centred Lomax law at and beyond the ends of its support; the members completeLaw derives for laws
 * written here that give only tails and atoms (centred tails, sign outcomes against g of either sign, the
 * cdf's two forms either side of 0, fill and the mean of B draws stream by stream, a scale of exactly 0,
 * the defaults for atoms and batch means); the margin of a mixture of laws that give none; the Laplace
 * centred tail at 0; and, for sigmaKappa, sigmaVector, gaussianNormMoment, normMoment, atomsNormMoment and
 * batchAbsMoment, values by closed forms and the parameters their typed errors name. Values by hand
 * (dyadic where compared exactly). Every law is built inside the test that checks it.
 */
import { expect, test } from "vitest";
import {
  Stream,
  TOL,
  atomsNormMoment,
  close,
  batchAbsMoment,
  centredLomax,
  completeLaw,
  contaminated,
  gaussian,
  gaussianNormMoment,
  laplace,
  normMoment,
  sigmaKappa,
  sigmaVector,
  signOutcomes,
  studentT,
  symmetricPareto,
  symmetricStable,
  twoPoint,
  type FullNoiseLaw,
  type NoiseLaw,
  type NoiseSpec,
} from "signcheck";
import { expectInputError } from "../expectInputError.ts";

/**
 * X = −1 w.p. ¾, 3 w.p. ¼ (skewed, with atoms), given by its tails and atoms only:
 * P(X > t) = 1 (t < −1), ¼ (−1 ≤ t < 3), 0 (t ≥ 3); P(X < −t) = 1 (t < −3), ¾ (−3 ≤ t < 1), 0 (t ≥ 1).
 * Its sampler returns the uniform it draws (only the number of draws matters here).
 */
function skewedAtoms() {
  return completeLaw({
    name: "skewedAtoms",
    spec: { law: "skewedAtoms" },
    symmetric: false,
    unimodal: false,
    maxMomentOrder: Infinity,
    sample: (stream: Stream) => stream.next(),
    absMoment: () => 1.5,
    sf: (t: number) => (t < -1 ? 1 : t < 3 ? 0.25 : 0),
    lowerTail: (t: number) => (t < -3 ? 1 : t < 1 ? 0.75 : 0),
    hasAtoms: true,
    atom: (x: number) => (x === -1 ? 0.75 : x === 3 ? 0.25 : 0),
  });
}

/**
 * X uniform on (−1, 1) by 2U − 1, given by its tails only (no atoms, no centred tails, no vector fill, no
 * O(1) mean): P(X > t) = P(X < −t) = (1 − t)/2 on [−1, 1].
 */
function uniformCoreFields() {
  return {
    name: "uniform",
    spec: { law: "uniform" },
    symmetric: true,
    unimodal: false,
    maxMomentOrder: Infinity,
    sample: (stream: Stream) => 2 * stream.next() - 1,
    absMoment: (kappa: number) => 1 / (kappa + 1),
    sf: (t: number) => (t < -1 ? 1 : t < 1 ? (1 - t) / 2 : 0),
    lowerTail: (t: number) => (t < -1 ? 1 : t < 1 ? (1 - t) / 2 : 0),
  };
}

function uniformCore() {
  return completeLaw(uniformCoreFields());
}

test("centred Lomax at the left end of its support x = −m: density α, sf 1, ½ − sf = −½", () => {
  const c = centredLomax(2); // m = 1: pdf(−1) = α(1 + m − m)^{−α−1} = 2
  expect(c.pdf!(-1)).toBe(2);
  expect(c.pdf!(-1.5)).toBe(0);
  expect(c.sf(-1)).toBe(1);
  expect(c.halfMinusSf(-1)).toBe(-0.5);
});

test("centred Lomax beyond its support: P(X > t) = 1 for t < −m, P(X < −t) = 0 for t > m, centred tails ∓½", () => {
  const c = centredLomax(2); // m = 1
  expect(c.sf(-1.5)).toBe(1);
  expect(c.sf(-1e9)).toBe(1);
  expect(c.halfMinusSf(-1.5)).toBe(-0.5);
  expect(c.lowerTail(2)).toBe(0);
  expect(c.lowerTail(1)).toBe(0);
  expect(c.halfMinusLowerTail(2)).toBe(0.5);
  expect(c.halfMinusLowerTail(1)).toBe(0.5);
  expect(c.cdf(-2)).toBe(0); // P(X ≤ −2) = P(X < −2) + P(X = −2) = lowerTail(2) + 0, left of the support
});

test("centred Lomax E|X|^κ: κ ≤ 0 and κ ≥ α are typed errors naming kappa", () => {
  const c = centredLomax(3);
  expectInputError(() => c.absMoment(0), "kappa", 0);
  expectInputError(() => c.absMoment(3), "kappa", 3);
  expectInputError(() => c.absMoment(4), "kappa", 4);
});

test("completeLaw without centred tails: ½ − sf(t) and ½ − lowerTail(t)", () => {
  const law = skewedAtoms();
  expect(law.halfMinusSf(0)).toBe(0.25); // ½ − ¼
  expect(law.halfMinusSf(-2)).toBe(-0.5); // ½ − 1
  expect(law.halfMinusLowerTail(0)).toBe(-0.25); // ½ − ¾
  expect(law.halfMinusLowerTail(2)).toBe(0.5); // ½ − 0
});

test("completeLaw sign outcomes: g > 0 meets the atom at −g/scale, g < 0 the atom at +|g|/scale", () => {
  const law = skewedAtoms();
  // g = 1: u = 1, wrong = P(X < −1) = 0, zero = P(X = −1) = ¾, margin = (½ − 0) − ¾.
  expect(law.signOutcomes(1, 1)).toEqual({ wrong: 0, zero: 0.75, right: 0.25, margin: -0.25 });
  // g = −3: u = 3, wrong = P(X > 3) = 0, zero = P(X = 3) = ¼ (not P(X = −3) = 0), margin = (½ − 0) − ¼.
  expect(law.signOutcomes(-3, 1)).toEqual({ wrong: 0, zero: 0.25, right: 0.75, margin: 0.25 });
  // g = −1 at scale ½: u = 2, wrong = P(X > 2) = ¼, zero = P(X = 2) = 0.
  expect(signOutcomes(law, -1, 0.5)).toEqual({ wrong: 0.25, zero: 0, right: 0.75, margin: 0.25 });
});

test("completeLaw fill: one sampler call per entry (the stream then continues at draw n + 1)", () => {
  const law = skewedAtoms();
  const a = new Stream("fill");
  const b = new Stream("fill");
  const out = law.fill(a, new Float64Array(3));
  const want = [b.next(), b.next(), b.next()];
  expect(Array.from(out)).toEqual(want);
  expect(a.next()).toBe(b.next());
});

test("completeLaw fill and fillMean accept a scale of exactly 0 (and give 0 there)", () => {
  const law = skewedAtoms();
  const a = new Stream("zero-scale");
  const b = new Stream("zero-scale");
  const out = law.fill(a, new Float64Array(2), [0, 2]);
  b.next();
  expect(Array.from(out)).toEqual([0, 2 * b.next()]);
  const mean = law.fillMean(a, new Float64Array(2), 1, [0, 4]);
  b.next();
  expect(Array.from(mean)).toEqual([0, 4 * b.next()]);
  expectInputError(() => law.fill(new Stream("neg"), new Float64Array(2), [1, -0.5]), "scales[1]", -0.5);
});

test("a mixture of laws whose outcomes carry no margin: margin = (1 − p)(½ − wrong_a − zero_a) + p(½ − wrong_b − zero_b)", () => {
  const a: FullNoiseLaw = { ...gaussian(), signOutcomes: () => ({ wrong: 0.125, zero: 0.0625, right: 0.8125 }) };
  const b: FullNoiseLaw = { ...gaussian(), signOutcomes: () => ({ wrong: 0.25, zero: 0.125, right: 0.625 }) };
  // p = ¼: ¾·(½ − ⅛ − 1/16) + ¼·(½ − ¼ − ⅛) = ¾·5/16 + ¼·⅛ = 15/64 + 2/64 = 17/64.
  const o = contaminated(0.25, a, b).signOutcomes(1, 1);
  expect(o.margin).toBe(17 / 64);
  // wrong = ¾·⅛ + ¼·¼ = 10/64, zero = ¾/16 + ¼·⅛ = 5/64.
  expect([o.wrong, o.zero]).toEqual([10 / 64, 5 / 64]);
  // right = ¾·13/16 + ¼·⅝ = 39/64 + 10/64 = 49/64.
  expect(o.right).toBe(49 / 64);
});

test("batchAbsMoment: typed errors name kappa, B and spec.law (a missing spec too)", () => {
  expectInputError(() => batchAbsMoment({ law: "gaussian" }, 0, 1), "kappa", 0);
  expectInputError(() => batchAbsMoment({ law: "gaussian" }, 1, 0), "B", 0);
  expectInputError(() => batchAbsMoment(undefined as unknown as NoiseSpec, 1, 1), "spec.law");
  expectInputError(() => batchAbsMoment({ law: "laplace" }, 1, 2), "spec.law", "laplace");
});

test("gaussianNormMoment, normMoment, atomsNormMoment: typed errors name variances, spec.law and coords", () => {
  expectInputError(() => gaussianNormMoment([], 1), "variances", []);
  expectInputError(() => normMoment({ law: "laplace" }, [1], 1), "spec.law", "laplace");
  // 17 coordinates of 2 atoms: 2^17 = 131072 > 10^5 points.
  const coords = Array.from({ length: 17 }, () => ({ values: [-1, 1], probs: [0.5, 0.5] }));
  expectInputError(() => atomsNormMoment(coords, 1), "coords", 131072);
});

test("completeLaw defaults: no atoms (atom ≡ 0, hasAtoms false) unless given; exactBatchMean only with a sampleMean", () => {
  const u = uniformCore();
  expect([u.atom(0), u.atom(0.5), u.hasAtoms, u.exactBatchMean]).toEqual([0, 0, false, false]);
  const s = skewedAtoms();
  expect([s.atom(-1), s.atom(3), s.atom(0), s.hasAtoms, s.exactBatchMean]).toEqual([0.75, 0.25, 0, true, false]);
  const own = completeLaw({ ...uniformCoreFields(), sampleMean: (_: Stream, B: number) => 100 + B });
  expect(own.exactBatchMean).toBe(true);
  expect(own.sampleMean(new Stream("own"), 5)).toBe(105);
  expect(Array.from(own.fillMean(new Stream("own"), new Float64Array(2), 3, [1, 0.5]))).toEqual([103, 51.5]);
});

test("completeLaw cdf: P(X < −t) + P(X = t) below 0 (keeps the left tail's accuracy), 1 − P(X > t) from 0 on", () => {
  // Φ(−10) = 7.619853024160527e-24 (tables); 1 − P(X > −10) would be 0.
  expect(close(gaussian().cdf(-10), 7.619853024160527e-24, TOL.special)).toBe(true);
  // X = −1 w.p. 0.1, 1 w.p. 0.9: below 0 the cdf is lowerTail + atom = 0.1, from 0 on it is 1 − 0.9 = 0.09999999999999998 in
  // floating point (the documented form, not lowerTail(−t) + atom(t) = 0.1).
  const law = completeLaw({
    ...uniformCoreFields(),
    sf: (t: number) => (t < -1 ? 1 : t < 1 ? 0.9 : 0),
    lowerTail: (t: number) => (t < -1 ? 1 : t < 1 ? 0.1 : 0),
    hasAtoms: true,
    atom: (x: number) => (x === -1 ? 0.1 : x === 1 ? 0.9 : 0),
  });
  expect(law.cdf(-0.5)).toBe(0.1);
  expect(law.cdf(-1)).toBe(0.1);
  expect(law.cdf(0)).toBe(1 - 0.9);
  expect(law.cdf(0)).not.toBe(0.1);
  expect(law.cdf(0.5)).toBe(1 - 0.9);
  expect(law.cdf(1)).toBe(1);
  // the skewed atoms: cdf(−1) = P(X < −1) + P(X = −1) = ¾, cdf(3) = 1, cdf(2) = 1 − ¼.
  const s = skewedAtoms();
  expect([s.cdf(-2), s.cdf(-1), s.cdf(2), s.cdf(3)]).toEqual([0, 0.75, 0.75, 1]);
});

test("completeLaw sampleMean and fillMean without an O(1) mean: the mean of B successive draws, B per entry", () => {
  const law = uniformCore();
  const a = new Stream("mean");
  const b = new Stream("mean");
  const draw = () => 2 * b.next() - 1;
  const m3 = (draw() + draw() + draw()) / 3;
  expect(law.sampleMean(a, 3)).toBe(m3);
  const m1 = draw();
  expect(law.sampleMean(a, 1)).toBe(m1);
  const e0 = (draw() + draw()) / 2;
  const e1 = (draw() + draw()) / 2;
  expect(Array.from(law.fillMean(a, new Float64Array(2), 2))).toEqual([e0, e1]);
  const f0 = (draw() + draw()) / 2;
  const f1 = (draw() + draw()) / 2;
  expect(Array.from(law.fillMean(a, new Float64Array(2), 2, [2, 0.5]))).toEqual([2 * f0, 0.5 * f1]);
  expect(a.next()).toBe(b.next());
});

test("completeLaw fill without scales: the sampler's draws; with scales: scaled, one scale per entry", () => {
  const law = uniformCore();
  const a = new Stream("fill-u");
  const b = new Stream("fill-u");
  const draw = () => 2 * b.next() - 1;
  const x = [draw(), draw()];
  expect(Array.from(law.fill(a, new Float64Array(2)))).toEqual(x);
  const y = [draw(), draw()];
  expect(Array.from(law.fill(a, new Float64Array(2), [3, 0.25]))).toEqual([3 * y[0], 0.25 * y[1]]);
  expect(a.next()).toBe(b.next());
});

test("completeLaw: bad B and scales are typed errors naming B, scales and scales[i]", () => {
  const law = uniformCore();
  const s = new Stream("bad");
  expectInputError(() => law.sampleMean(s, 0), "B", 0);
  expectInputError(() => law.fillMean(s, new Float64Array(2), 0), "B", 0);
  expectInputError(() => law.fillMean(s, new Float64Array(2), 1.5, [1, 1]), "B", 1.5);
  expectInputError(() => law.fill(s, new Float64Array(2), [1]), "scales", "length 1");
  expectInputError(() => law.fill(s, new Float64Array(2), [1, 1, 1]), "scales", "length 3");
  expectInputError(() => law.fillMean(s, new Float64Array(2), 1, [1]), "scales", "length 1");
  expectInputError(() => law.fillMean(s, new Float64Array(2), 1, [1, 1, 1]), "scales", "length 3");
  expectInputError(() => law.fillMean(s, new Float64Array(2), 1, [1, Infinity]), "scales[1]", Infinity);
  expectInputError(() => law.fillMean(s, new Float64Array(2), 1, [-1, 1]), "scales[0]", -1);
  expectInputError(() => law.fill(s, new Float64Array(2), [Number.NaN, 1]), "scales[0]");
});

test("gaussianNormMoment: typed errors name kappa, and the coordinate of a non-finite or non-positive variance", () => {
  expectInputError(() => gaussianNormMoment([1], 0), "kappa", 0);
  expectInputError(() => gaussianNormMoment([1, Infinity], 1), "variances[1]", Infinity);
  expectInputError(() => gaussianNormMoment([1, -2], 1), "variances[1]", -2);
  expectInputError(() => gaussianNormMoment([0, 1], 1), "variances[0]", 0);
  // κ > 2 has a form for equal variances only.
  expectInputError(() => gaussianNormMoment([1, 2], 3), "kappa", 3);
});

test("gaussianNormMoment with equal variances is the χ_d form for any κ: N(0, 2I₂) at κ = 3 gives 6√π", () => {
  // ‖Y‖² = 2χ²₂ is exponential with mean 4, so E‖Y‖³ = E W^{3/2} = 4^{3/2}Γ(5/2) = 8·(3/4)√π = 6√π.
  expect(close(gaussianNormMoment([2, 2], 3), 6 * Math.sqrt(Math.PI), TOL.special)).toBe(true);
  // d = 3, v = 1, κ = 4: E‖Y‖⁴ = E(χ²₃)² = Var + mean² = 6 + 9 = 15.
  expect(close(gaussianNormMoment([1, 1, 1], 4), 15, TOL.special)).toBe(true);
});

test("gaussianNormMoment at κ = 2 is the sum of the variances exactly (in floating point, summed in order)", () => {
  expect(gaussianNormMoment([0.3, 0.6, 0.1], 2)).toBe(0.3 + 0.6 + 0.1);
  expect(gaussianNormMoment([1, 2, 7], 2)).toBe(10);
});

test("gaussianNormMoment: a coordinate of variance 1e-20 beside one of variance 1 leaves E|Z|^κ (the scale is the largest variance)", () => {
  // E|Z|^κ = 2^{κ/2}Γ((κ+1)/2)/√π: κ = ½ with Γ(¾) = 1.2254167024651776, κ = 1: √(2/π), κ = 3/2 with Γ(5/4) = 0.9064024770554771.
  // The second coordinate adds O(ε^{min(1, κ/2 + ½)}) ≤ 1e-15 relative (ε = 1e-20).
  const ez: [number, number][] = [
    [0.5, (2 ** 0.25 * 1.2254167024651776) / Math.sqrt(Math.PI)],
    [1, Math.sqrt(2 / Math.PI)],
    [1.5, (2 ** 0.75 * 0.9064024770554771) / Math.sqrt(Math.PI)],
  ];
  for (const [kappa, want] of ez) {
    expect(close(gaussianNormMoment([1, 1e-20], kappa), want, TOL.special), `κ = ${kappa}`).toBe(true);
    expect(close(gaussianNormMoment([1e-20, 1], kappa), want, TOL.special), `κ = ${kappa}, swapped`).toBe(true);
  }
});

test("Laplace: ½ − P(X > 0) is exactly 0, and P(X > 0) = ½ (the branch at t < 0 for the centred tail is odd symmetry, not recursion at 0)", () => {
  const l = laplace();
  expect(l.halfMinusSf(0)).toBe(0);
  expect(l.halfMinusLowerTail(0)).toBe(0);
  expect(l.sf(0)).toBe(0.5);
  expect(l.halfMinusSf(-1)).toBe(0.5 * Math.expm1(-1));
});

test("sigmaKappa: scale·(E|X|^κ)^{1/κ}, typed errors naming scale and kappa at both open ends", () => {
  // Gaussian E Z² = 1, Laplace E|X| = 1 and E X² = 2.
  expect(close(sigmaKappa(gaussian(), 2, 2), 2, TOL.special)).toBe(true);
  expect(close(sigmaKappa(laplace(), 3, 1), 3, TOL.special)).toBe(true);
  expect(close(sigmaKappa(laplace(), 3, 2), 3 * Math.SQRT2, TOL.special)).toBe(true);
  expect(sigmaKappa(laplace(), 0, 2)).toBe(0);
  expectInputError(() => sigmaKappa(gaussian(), -1, 2), "scale", -1);
  expectInputError(() => sigmaKappa(gaussian(), 1, 0), "kappa", 0);
  expectInputError(() => sigmaKappa(studentT(3), 1, 3), "kappa", 3);
  // A law written outside src/noise whose absMoment checks nothing: sigmaKappa's own range is what refuses.
  const bare: NoiseLaw = { ...studentT(3), absMoment: () => 1 };
  expect(sigmaKappa(bare, 2, 2.5)).toBe(2);
  expectInputError(() => sigmaKappa(bare, 1, 0), "kappa", 0);
  expectInputError(() => sigmaKappa(bare, 1, 3), "kappa", 3);
  expectInputError(() => sigmaKappa(bare, 1, -1), "kappa", -1);
});

test("sigmaVector: σ_i = scales[i]·σ₁, typed errors naming the bad coordinate", () => {
  const law = laplace(); // σ at κ = 2 is (E X²)^{1/2} = √2
  const sigma = sigmaVector(law, [2, 0, 0.5], 2);
  expect(close(sigma[0], 2 * Math.SQRT2, TOL.special) && sigma[1] === 0 && close(sigma[2], 0.5 * Math.SQRT2, TOL.special), `${sigma}`).toBe(true);
  expectInputError(() => sigmaVector(law, [1, -1], 1), "scales[1]", -1);
  expectInputError(() => sigmaVector(law, [1, Infinity], 1), "scales[1]", Infinity);
  expectInputError(() => sigmaVector(law, [1], 0), "kappa", 0);
});

test("normMoment by hand: two-point, lattice (3^10 product points) and Gaussian (Σ s² at κ = 2)", () => {
  // two-point q = ¼ at scale 2: ¾·(−½)² + ¼·(3/2)² = 3/16 + 9/16 = ¾.
  expect(close(normMoment({ law: "twoPoint", q: 0.25 }, [2], 2), 0.75, TOL.exact)).toBe(true);
  // P(0) = ½, P(±1) = 0.15, P(±2) = 0.1: E|X| = 0.7; two coordinates, κ = 2: 2·E X² = 2.2.
  expect(close(normMoment({ law: "lattice", probs: [0.5, 0.3, 0.2] }, [1], 1), 0.7, TOL.exact)).toBe(true);
  expect(close(normMoment({ law: "lattice", probs: [0.5, 0.3, 0.2] }, [1, 1], 2), 2.2, TOL.exact)).toBe(true);
  // ten coordinates of P(0) = ½, P(±1) = ¼: E‖X‖² = 10·½ = 5 over 3^10 = 59049 points (≤ 10⁵).
  expect(close(normMoment({ law: "lattice", probs: [0.5, 0.5] }, new Array<number>(10).fill(1), 2), 5, TOL.exact)).toBe(true);
  expect(close(normMoment({ law: "gaussian" }, [1, 2], 2), 5, TOL.exact)).toBe(true);
  expectInputError(() => normMoment({ law: "twoPoint", q: 0.25 }, [1], 0), "kappa", 0);
  expectInputError(() => normMoment({ law: "twoPoint", q: 0.25 }, [1, Number.NaN], 1), "scales[1]");
});

test("atomsNormMoment: an atom of probability 0 is skipped, even where its square would overflow", () => {
  expect(atomsNormMoment([{ values: [1, 1e200], probs: [1, 0] }], 2)).toBe(1);
  // (1, 1) w.p. ¼ each coordinate pair: E‖X‖ over {0, 1}²: ¼·0 + ½·1 + ¼·√2.
  const c = { values: [0, 1], probs: [0.5, 0.5] };
  expect(close(atomsNormMoment([c, c], 1), 0.5 + 0.25 * Math.SQRT2, TOL.exact)).toBe(true);
  expectInputError(() => atomsNormMoment([c], 0), "kappa", 0);
  // exactly 10⁵ points is allowed: five coordinates uniform on {0, …, 9}, E‖X‖² = 5·(0² + … + 9²)/10 = 5·28.5.
  const digits = { values: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], probs: new Array<number>(10).fill(0.1) };
  expect(close(atomsNormMoment([digits, digits, digits, digits, digits], 2), 142.5, TOL.special)).toBe(true);
});

test("a contaminated law is declared unimodal only when both components are (a bimodal or atomic inlier beside a Gaussian is not)", () => {
  // symmetric Pareto (density 0 on (−1, 1)) and the symmetric two-point law are symmetric but not unimodal.
  expect(contaminated(0.1, symmetricPareto(3), gaussian()).unimodal).toBe(false);
  expect(contaminated(0.1, twoPoint(0.5), laplace()).unimodal).toBe(false);
  expect(contaminated(0.1, gaussian(), symmetricPareto(3)).unimodal).toBe(false);
  expect(contaminated(0.1, laplace(), gaussian()).unimodal).toBe(true);
  expect(contaminated(0.1, symmetricPareto(3), gaussian()).symmetric).toBe(true);
});

test("a contaminated law's moment order is the smaller of its components' (the inlier's too), a component of weight 0 not counting", () => {
  expect(contaminated(0.1, studentT(3), gaussian()).maxMomentOrder).toBe(3);
  expect(contaminated(0.5, studentT(3), studentT(5)).maxMomentOrder).toBe(3);
  expect(contaminated(0.5, studentT(5), studentT(3)).maxMomentOrder).toBe(3);
  expect(contaminated(1, studentT(3), gaussian()).maxMomentOrder).toBe(Infinity);
  expect(contaminated(0, gaussian(), studentT(3)).maxMomentOrder).toBe(Infinity);
});

test("a contaminated law mixes tails, centred tails, atoms and densities with weights 1 − p and p", () => {
  // centred Lomax (α = 2, m = 1): sf(0) = ¼, lowerTail(½) = 1 − 1/2.25, ½ − sf(0) = ¼, ½ − lowerTail(½) = 1/2.25 − ½, pdf(0) = 2/8;
  // Laplace: sf(0) = ½, lowerTail(½) = ½e^{−½}, ½ − sf(0) = 0, ½ − lowerTail(½) = ½(1 − e^{−½}), pdf(0) = ½.
  const mix = contaminated(0.25, centredLomax(2), laplace());
  const e = Math.exp(-0.5);
  expect(close(mix.sf(0), 0.75 * 0.25 + 0.25 * 0.5, TOL.special)).toBe(true);
  expect(close(mix.lowerTail(0.5), 0.75 * (1 - 1 / 2.25) + 0.25 * 0.5 * e, TOL.special)).toBe(true);
  expect(close(mix.halfMinusSf(0), 0.75 * 0.25, TOL.special)).toBe(true);
  expect(close(mix.halfMinusLowerTail(0.5), 0.75 * (1 / 2.25 - 0.5) + 0.25 * 0.5 * (1 - e), TOL.special)).toBe(true);
  expect(close(mix.pdf!(0), 0.75 * 0.25 + 0.25 * 0.5, TOL.special)).toBe(true);
  // atoms: ¾ of the two-point law's ½ at ±½.
  const atomic = contaminated(0.25, twoPoint(0.5), gaussian());
  expect([atomic.atom(0.5), atomic.atom(-0.5), atomic.atom(0), atomic.hasAtoms]).toEqual([0.375, 0.375, 0, true]);
  // atoms from either component of positive weight; a component of weight 0 brings none.
  expect(contaminated(0.25, gaussian(), twoPoint(0.5)).hasAtoms).toBe(true);
  expect(contaminated(0.25, gaussian(), laplace()).hasAtoms).toBe(false);
  expect(contaminated(1, twoPoint(0.5), gaussian()).hasAtoms).toBe(false);
  expect(contaminated(0, gaussian(), twoPoint(0.5)).hasAtoms).toBe(false);
});

test("a contaminated law has a density only when both components have one and neither has atoms", () => {
  expect(contaminated(0.25, symmetricStable(1.5), gaussian()).pdf).toBeUndefined();
  expect(contaminated(0.25, gaussian(), symmetricStable(1.5)).pdf).toBeUndefined();
  // a law written outside src/noise with a density for its continuous part and atoms besides
  const withAtoms: FullNoiseLaw = { ...gaussian(), hasAtoms: true };
  expect(contaminated(0.25, withAtoms, laplace()).pdf).toBeUndefined();
  expect(contaminated(0.25, laplace(), withAtoms).pdf).toBeUndefined();
  expect(contaminated(0.25, gaussian(), laplace()).pdf).toBeDefined();
});

test("a contaminated draw takes the outlier exactly when the first uniform is < p (U = p takes the inlier)", () => {
  const inlier: FullNoiseLaw = { ...gaussian(), sample: () => 1 };
  const outlier: FullNoiseLaw = { ...gaussian(), sample: () => 2 };
  const law = contaminated(0.25, inlier, outlier);
  const uniform = (u: number) => ({ next: () => u }) as unknown as Stream;
  expect([law.sample(uniform(0.25)), law.sample(uniform(0.2499999)), law.sample(uniform(0.75))]).toEqual([1, 2, 1]);
});

test("E|X|^κ of the Gaussian, Laplace and discrete laws: κ ≤ 0 is a typed error naming kappa", () => {
  for (const law of [gaussian(), laplace(), twoPoint(0.3)]) {
    expectInputError(() => law.absMoment(0), "kappa", 0);
    expectInputError(() => law.absMoment(-1), "kappa", -1);
  }
});

test("Student-t far tail for large ν: P(X > t) underflows to 0, not NaN, where f(0)·ν^{(ν−1)/2} overflows (ν ≳ 270)", () => {
  // t = 1e20 is past the far threshold t² > 1e17·ν(ν+1) for each ν; P(X > t) ≈ f(0)ν^{(ν−1)/2}t^{−ν} < 10^{−5000}.
  for (const nu of [300, 1000, 1e6]) {
    const law = studentT(nu);
    expect(law.sf(1e20), `ν = ${nu}`).toBe(0);
    expect(law.halfMinusSf(1e20), `ν = ${nu}`).toBe(0.5);
    expect(law.sf(-1e20), `ν = ${nu}`).toBe(1);
  }
  // below the overflow the product form is kept: ν = 3, t = 1e12 (t² > 1e17·12), P(X > t) = f(0)·3·t^{−3}, f(0) = 2/(π√3)
  expect(close(studentT(3).sf(1e12), ((2 / (Math.PI * Math.sqrt(3))) * 3) / 1e36, TOL.special)).toBe(true);
});
