/**
 * independentBatchMoment and summandsNormMoment pinned by values worked out by hand: the atoms of small
 * discrete batches enumerated on paper, the Gaussian mean's closed form E‖N(0, vI_d)‖^κ =
 * (2v)^{κ/2}Γ((d+κ)/2)/Γ(d/2), the Cauchy mean's scale (Σ count·c)/B with E|C|^p = sec(pπ/2), the lattice
 * convolution at its size limit, and the parameter each malformed batch is refused for. Every batch is
 * built inside the test that checks it (see pinnedLaws.test.ts).
 */
import { describe, expect, test } from "vitest";
import { TOL, close, independentBatchMoment, summandsNormMoment, type BatchGroup, type NoiseSpec } from "signcheck/internal";
import { expectInputError } from "../expectInputError.ts";

/** Relative agreement to TOL.special's 1e-12, with no absolute floor (tails here reach 1e-200). */
const near = (a: number, b: number, what: string) => expect(close(a, b, { atol: 0, rtol: TOL.special.rtol }), `${what}: ${a} vs ${b}`).toBe(true);
/** Σ p·|v|^κ over atoms listed by hand as [value, probability]. */
const atomMoment = (atoms: [number, number][], kappa: number) => atoms.reduce((s, [v, p]) => s + p * Math.abs(v) ** kappa, 0);

describe("discrete batches by hand", () => {
  test("a lone two-point group (binomial form): K ~ Bin(2, ¼), |K − ½|/2 ∈ {¼, ¼, ¾} w.p. 9/16, 6/16, 1/16, times the scale^κ", () => {
    const tp: NoiseSpec = { law: "twoPoint", q: 0.25 };
    // κ = 1: (9·¼ + 6·¼ + 1·¾)/16 = 4.5/16; κ = 2: (15/16)/16 + (9/16)/16 = 1.5/16 = q(1 − q)/B.
    near(independentBatchMoment([{ noise: tp, scales: [1], count: 2 }], 1), 4.5 / 16, "κ = 1");
    near(independentBatchMoment([{ noise: tp, scales: [1], count: 2 }], 2), 1.5 / 16, "κ = 2");
    near(independentBatchMoment([{ noise: tp, scales: [3], count: 2 }], 1), (3 * 4.5) / 16, "scale 3, κ = 1");
    near(
      independentBatchMoment([{ noise: tp, scales: [3], count: 2 }], 1.5),
      3 ** 1.5 *
        atomMoment(
          [
            [0.25, 15 / 16],
            [0.75, 1 / 16],
          ],
          1.5,
        ),
      "scale 3, κ = 1.5",
    );
    // B = 200, q = ½ at scale 1000 (the binomial form; a convolution would span 1000·200 + 1 > 10⁵ points):
    // E|K − B/2| = (B/2)·C(B, B/2)/2^B, so E|X̄| = 1000·C(200, 100)/2^201 = 28.17423950462821 (exact fractions).
    near(independentBatchMoment([{ noise: { law: "twoPoint", q: 0.5 }, scales: [1000], count: 200 }], 1), 28.17423950462821, "B = 200 at scale 1000");
    near(independentBatchMoment([{ noise: { law: "twoPoint", q: 0.5 }, scales: [1000], count: 200 }], 2), 1e6 / 800, "κ = 2: scale²·q(1 − q)/B");
    // B = 1, q = 0.3: |X| = 0.3 w.p. 0.7, 0.7 w.p. 0.3.
    near(
      independentBatchMoment([{ noise: { law: "twoPoint", q: 0.3 }, scales: [1], count: 1 }], 1.2),
      atomMoment(
        [
          [0.3, 0.7],
          [0.7, 0.3],
        ],
        1.2,
      ),
      "B = 1",
    );
  });

  test("two-point and lattice groups mixed (convolution): X₁ ∈ {−¼, ¾}, X₂ = 2·{−1, 0, 1} w.p. ¼, ½, ¼, mean (X₁ + X₂)/2", () => {
    const groups: BatchGroup[] = [
      { noise: { law: "twoPoint", q: 0.25 }, scales: [1], count: 1 },
      { noise: { law: "lattice", probs: [0.5, 0.5] }, scales: [2], count: 1 },
    ];
    // (X₁ + X₂)/2 over the six pairs: (−¼ − 2)/2, −¼/2, (−¼ + 2)/2 w.p. 3/16, 6/16, 3/16; (¾ − 2)/2, ¾/2, (¾ + 2)/2 w.p. 1/16, 2/16, 1/16.
    const atoms: [number, number][] = [
      [-1.125, 3 / 16],
      [-0.125, 6 / 16],
      [0.875, 3 / 16],
      [-0.625, 1 / 16],
      [0.375, 2 / 16],
      [1.375, 1 / 16],
    ];
    near(independentBatchMoment(groups, 1), 9.5 / 16, "κ = 1");
    near(independentBatchMoment(groups, 2), (0.1875 + 2) / 4, "κ = 2: (q(1 − q) + Var X₂)/B²");
    near(independentBatchMoment(groups, 1.5), atomMoment(atoms, 1.5), "κ = 1.5");
    near(independentBatchMoment([...groups].reverse(), 1.5), atomMoment(atoms, 1.5), "κ = 1.5, groups reversed");
  });

  test("a lattice group alone, K = 2, two summands: the convolution of {0: ½, ±1: 0.15, ±2: 0.1} with itself", () => {
    const one: [number, number][] = [
      [-2, 0.1],
      [-1, 0.15],
      [0, 0.5],
      [1, 0.15],
      [2, 0.1],
    ];
    const sum: [number, number][] = [];
    for (const [a, p] of one) for (const [b, r] of one) sum.push([(a + b) / 2, p * r]);
    const groups: BatchGroup[] = [{ noise: { law: "lattice", probs: [0.5, 0.3, 0.2] }, scales: [1], count: 2 }];
    for (const kappa of [0.7, 1, 1.5]) near(independentBatchMoment(groups, kappa), atomMoment(sum, kappa), `κ = ${kappa}`);
    // Scale 3 and a second coordinate at scale 1 (d = 2): ‖((a₁ + b₁)·3, a₂ + b₂)‖/2 over the product.
    let want = 0;
    for (const [a1, p1] of one)
      for (const [b1, r1] of one)
        for (const [a2, p2] of one) for (const [b2, r2] of one) want += p1 * r1 * p2 * r2 * Math.hypot((3 * (a1 + b1)) / 2, (a2 + b2) / 2) ** 1.3;
    near(independentBatchMoment([{ noise: { law: "lattice", probs: [0.5, 0.3, 0.2] }, scales: [3, 1], count: 2 }], 1.3), want, "d = 2, scales [3, 1]");
  });

  test("a lone two-point group with d = 2 goes through the convolution: ‖(X₁, 2X₂)‖ over the four atom pairs", () => {
    // B = 1, q = ¼: X ∈ {−¼ (¾), ¾ (¼)} per coordinate.
    const xs: [number, number][] = [
      [-0.25, 0.75],
      [0.75, 0.25],
    ];
    let want = 0;
    for (const [a, p] of xs) for (const [b, r] of xs) want += p * r * Math.hypot(a, 2 * b) ** 1.5;
    near(independentBatchMoment([{ noise: { law: "twoPoint", q: 0.25 }, scales: [1, 2], count: 1 }], 1.5), want, "d = 2");
  });

  test("the lattice size limit: a coordinate sum over 10⁵ points is computed, one over 10⁵ + 1 is refused (groups)", () => {
    // Scales [99999, 1], one two-point summand (q = ½): coordinate 0 spans 99999 + 1 = 10⁵ lattice points;
    // X = (99999·(Y − ½), Y' − ½): ‖X‖ ∈ {‖(99999/2, ½)‖} always, so E‖X‖^κ = ‖(49999.5, 0.5)‖^κ.
    const tp: NoiseSpec = { law: "twoPoint", q: 0.5 };
    near(independentBatchMoment([{ noise: tp, scales: [99999, 1], count: 1 }], 1), Math.hypot(49999.5, 0.5), "10⁵ points");
    expectInputError(() => independentBatchMoment([{ noise: tp, scales: [100000, 1], count: 1 }], 1), "groups");
    // Two summands at scale 49999 (d = 2, the second coordinate at scale 1): the second convolution spans
    // (49999 + 1) + (49999 + 1) − 1 = 99999 points; B·X̄ = (49999·a, b), a, b ∈ {−1, 0, 1} w.p. ¼, ½, ¼ each.
    const k3: [number, number][] = [
      [-1, 0.25],
      [0, 0.5],
      [1, 0.25],
    ];
    let want = 0;
    for (const [a, p] of k3) for (const [b, r] of k3) want += p * r * Math.hypot((49999 * a) / 2, b / 2) ** 1.5;
    near(independentBatchMoment([{ noise: tp, scales: [49999, 1], count: 2 }], 1.5), want, "two summands, 99999 points");
    // Lattice K = 1 at scale 49999: 2·49999 + 1 = 99999 points, X = 49999·{−1, 0, 1} w.p. ¼, ½, ¼, E|X| = ½·49999;
    // at scale 50000: 2·50000 + 1 = 100001 points.
    near(independentBatchMoment([{ noise: { law: "lattice", probs: [0.5, 0.5] }, scales: [49999], count: 1 }], 1), 24999.5, "99999 points");
    expectInputError(() => independentBatchMoment([{ noise: { law: "lattice", probs: [0.5, 0.5] }, scales: [50000], count: 1 }], 1), "groups");
  });
});

describe("continuous batches by hand", () => {
  test("Gaussian: v = Σ count·s²/B² per coordinate; E‖N(0, vI₂)‖ = √v·√2·Γ(3/2) = √(πv/2), E‖·‖² = 2v", () => {
    const groups: BatchGroup[] = [
      { noise: { law: "gaussian" }, scales: [3, 3], count: 1 },
      { noise: { law: "gaussian" }, scales: [4, 4], count: 1 },
    ];
    // B = 2: v = (9 + 16)/4 = 6.25.
    near(independentBatchMoment(groups, 2), 12.5, "κ = 2");
    near(independentBatchMoment(groups, 1), Math.sqrt((Math.PI * 6.25) / 2), "κ = 1");
    // count 3 of scale 2 and 1 of scale 4, d = 1: v = (3·4 + 16)/16 = 1.75, E|X|² = v.
    near(
      independentBatchMoment(
        [
          { noise: { law: "gaussian" }, scales: [2], count: 3 },
          { noise: { law: "gaussian" }, scales: [4], count: 1 },
        ],
        2,
      ),
      1.75,
      "d = 1",
    );
  });

  test("Cauchy (SαS, α = 1): the mean of 3 at scale 1 and 1 at scale 2 is Cauchy at scale 5/4; E|C|^½ = sec(π/4)", () => {
    const c: NoiseSpec = { law: "symmetricStable", alpha: 1 };
    near(
      independentBatchMoment(
        [
          { noise: c, scales: [1], count: 3 },
          { noise: c, scales: [2], count: 1 },
        ],
        0.5,
      ),
      Math.sqrt(1.25) * Math.SQRT2,
      "E|X̄|^½",
    );
    // α = ½: scale (2·1 + 1·9^{½})^2/3 = 25/3; E|X|^{0.25} = 2^{¼}Γ(5/8)Γ(½)/(√πΓ(7/8)) = 2^{¼}Γ(5/8)/Γ(7/8).
    const s: NoiseSpec = { law: "symmetricStable", alpha: 0.5 };
    const g58 = 1.434518848090557; // Γ(5/8)
    const g78 = 1.089652357422897; // Γ(7/8)
    near(
      independentBatchMoment(
        [
          { noise: s, scales: [1], count: 2 },
          { noise: s, scales: [9], count: 1 },
        ],
        0.25,
      ),
      (25 / 3) ** 0.25 * ((2 ** 0.25 * g58) / g78),
      "α = ½",
    );
  });

  test("Σ_b E‖X_b‖^κ: count·s^κ·E|Z|^κ in one dimension, count·E‖(s_i Z_i)‖^κ in d dimensions", () => {
    // Gaussian, d = 1: 2·3²·1 + 1·4²·1 at κ = 2; d = 2: 1·(9 + 9) + 2·(16 + 1) at κ = 2.
    near(
      summandsNormMoment(
        [
          { noise: { law: "gaussian" }, scales: [3], count: 2 },
          { noise: { law: "gaussian" }, scales: [4], count: 1 },
        ],
        2,
      ),
      34,
      "d = 1",
    );
    near(
      summandsNormMoment(
        [
          { noise: { law: "gaussian" }, scales: [3, 3], count: 1 },
          { noise: { law: "gaussian" }, scales: [4, 1], count: 2 },
        ],
        2,
      ),
      52,
      "d = 2",
    );
    // Two-point q = ¼ at scale 2, count 3, κ = 1: 3·2·(3/8).
    near(summandsNormMoment([{ noise: { law: "twoPoint", q: 0.25 }, scales: [2], count: 3 }], 1), 2.25, "two-point");
    // d = 2, lattice {0: ½, ±1: ¼} at scales [1, 1], κ = 2: E‖X‖² = 2·½ = 1, count 2.
    near(summandsNormMoment([{ noise: { law: "lattice", probs: [0.5, 0.5] }, scales: [1, 1], count: 2 }], 2), 2, "lattice d = 2");
  });
});

describe("malformed batches name the parameter", () => {
  const gauss: NoiseSpec = { law: "gaussian" };
  test("κ, the group list, each group's scales and count", () => {
    for (const f of [independentBatchMoment, summandsNormMoment]) {
      expectInputError(() => f([{ noise: gauss, scales: [1], count: 1 }], 0), "kappa", 0);
      expectInputError(() => f([], 1), "groups");
      expectInputError(() => f("x" as unknown as BatchGroup[], 1), "groups");
      expectInputError(() => f([{ noise: gauss, scales: [1, Number.NaN], count: 1 }], 1), "groups[0].scales[1]");
      expectInputError(() => f([{ noise: gauss, scales: [], count: 1 }], 1), "groups[0].scales");
      // a group without scales, or no group object at all, is an InputError naming the scales (was a TypeError)
      expectInputError(() => f([{ noise: gauss, count: 1 } as unknown as BatchGroup], 1), "groups[0].scales");
      expectInputError(() => f([{ noise: gauss, scales: [1], count: 1 }, null as unknown as BatchGroup], 1), "groups[1].scales");
      expectInputError(
        () =>
          f(
            [
              { noise: gauss, scales: [1], count: 1 },
              { noise: gauss, scales: [1, 1], count: 1 },
            ],
            1,
          ),
        "groups[1].scales",
      );
      expectInputError(() => f([{ noise: gauss, scales: [1, 0], count: 1 }], 1), "groups[0].scales[1]", 0);
      expectInputError(
        () =>
          f(
            [
              { noise: gauss, scales: [1], count: 1 },
              { noise: gauss, scales: [1], count: 1.5 },
            ],
            1,
          ),
        "groups[1].count",
        1.5,
      );
      expectInputError(() => f([{ noise: gauss, scales: [1], count: 0 }], 1), "groups[0].count", 0);
    }
  });

  test("batches without a finite form, and non-integer scales of discrete groups", () => {
    const st = (alpha: number, scales: number[]): BatchGroup => ({ noise: { law: "symmetricStable", alpha }, scales, count: 1 });
    expectInputError(() => independentBatchMoment([st(1.5, [1, 1])], 1), "groups");
    expectInputError(() => independentBatchMoment([st(1.5, [1]), st(1.8, [1])], 1), "groups");
    expectInputError(() => independentBatchMoment([st(1.5, [1]), { noise: gauss, scales: [1], count: 1 }], 1), "groups", ["symmetricStable", "gaussian"]);
    expectInputError(() => independentBatchMoment([{ noise: { law: "laplace" }, scales: [1], count: 1 }], 1), "groups", ["laplace"]);
    expectInputError(
      () =>
        independentBatchMoment(
          [
            { noise: gauss, scales: [1], count: 1 },
            { noise: { law: "twoPoint", q: 0.5 }, scales: [1], count: 1 },
          ],
          1,
        ),
      "groups",
      ["gaussian", "twoPoint"],
    );
    expectInputError(
      () =>
        independentBatchMoment(
          [
            { noise: { law: "twoPoint", q: 0.5 }, scales: [1], count: 1 },
            { noise: { law: "lattice", probs: [0.5, 0.5] }, scales: [1.5], count: 1 },
          ],
          1,
        ),
      "groups[1].scales[0] (an integer for discrete laws)",
      1.5,
    );
    expectInputError(() => independentBatchMoment([{ noise: { law: "twoPoint", q: 1 }, scales: [1], count: 2 }], 1), "q", 1);
  });
});
