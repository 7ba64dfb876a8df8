/**
 * Batches of independent, non-identical summands (independentBatchMoment, summandsNormMoment): the
 * exact E‖mean‖₂^κ of discrete batches agrees with brute-force enumeration of every summand's atoms;
 * at κ = 2 both sides obey the variance identity E‖ΣX_b‖² = ΣE‖X_b‖² for every family; the value
 * does not depend on how the batch is split into groups or in which order; SαS(2) is N(0, 2); a lone
 * group reduces to the i.i.d. batchAbsMoment; the Gaussian norm moment with unequal variances agrees
 * with an independent polar integral; batches without a finite form throw typed errors.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  InputError,
  TOL,
  TOL_QUADRATURE,
  UndefinedQuantityError,
  arb,
  atomsNormMoment,
  batchAbsMoment,
  close,
  gaussianNormMoment,
  independentBatchMoment,
  integrate,
  logGamma,
  noiseFromSpec,
  summandsNormMoment,
  type BatchGroup,
  type NoiseSpec,
} from "signcheck/internal";

const kappaArb = fc.integer({ min: 1, max: 1000 }).map((j) => 1 + j / 1000);
const qArb = fc.integer({ min: 1, max: 999 }).map((j) => j / 1000);
const discreteSpec: fc.Arbitrary<NoiseSpec> = fc.oneof(
  qArb.map((q) => ({ law: "twoPoint", q }) as NoiseSpec),
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 3 }).map((w) => {
    const ws = w.map((x, k) => (k === w.length - 1 ? x + 1 : x));
    const tot = ws.reduce((a, b) => a + b, 0);
    return { law: "lattice", probs: ws.map((x) => x / tot) } as NoiseSpec;
  }),
);

/** A discrete batch: 1–3 groups, d ≤ 2, integer scales 1–2, B ≤ 4 (so 3^{B·d}·… atoms stay enumerable). */
const smallDiscreteBatch = fc.integer({ min: 1, max: 2 }).chain((d) =>
  fc.array(
    fc.record({
      noise: discreteSpec,
      scales: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: d, maxLength: d }),
      count: fc.integer({ min: 1, max: 2 }),
    }),
    { minLength: 1, maxLength: 2 },
  ),
);

/** Atoms of one summand's coordinate scale·Z. */
function summandAtoms(noise: NoiseSpec, scale: number): { values: number[]; probs: number[] } {
  const law = noiseFromSpec(noise);
  const support =
    noise.law === "twoPoint"
      ? [-noise.q, 1 - noise.q]
      : noise.law === "lattice"
        ? Array.from({ length: 2 * noise.probs.length - 1 }, (_, j) => j - noise.probs.length + 1)
        : [];
  return { values: support.map((x) => scale * x), probs: support.map((x) => law.atom(x)) };
}

/** E‖(1/B)Σ X_b‖₂^κ by enumerating the product of all B·d coordinates' atoms. */
function bruteForce(groups: readonly BatchGroup[], kappa: number): number {
  const d = groups[0].scales.length;
  const summands = groups.flatMap((g) => new Array<BatchGroup>(g.count).fill(g));
  const B = summands.length;
  let total = 0;
  const rec = (b: number, p: number, sums: number[]): void => {
    if (b === B) {
      total += p * Math.hypot(...sums.map((s) => s / B)) ** kappa;
      return;
    }
    const per = summands[b].scales.map((s) => summandAtoms(summands[b].noise, s));
    const recCoord = (i: number, q: number, acc: number[]): void => {
      if (i === d) return rec(b + 1, q, acc);
      per[i].values.forEach((v, j) =>
        recCoord(
          i + 1,
          q * per[i].probs[j],
          acc.map((a, k) => (k === i ? a + v : a)),
        ),
      );
    };
    recCoord(0, p, sums);
  };
  rec(0, 1, new Array<number>(d).fill(0));
  return total;
}

describe("exact batch moments", () => {
  test("discrete batches agree with brute-force enumeration of every summand", () => {
    fc.assert(
      fc.property(smallDiscreteBatch, kappaArb, (groups, kappa) => {
        expect(close(independentBatchMoment(groups, kappa), bruteForce(groups, kappa), TOL.sum)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  test("κ = 2: E‖ΣX_b‖² = ΣE‖X_b‖² for independent zero-mean summands of every family", () => {
    const gaussian = fc.integer({ min: 1, max: 4 }).chain((d) =>
      fc
        .array(fc.record({ scales: fc.array(arb.logUniform(1e-1, 1e1), { minLength: d, maxLength: d }), count: arb.iterations({ min: 1, max: 1e4 }) }), {
          minLength: 1,
          maxLength: 3,
        })
        .map((gs) => gs.map(({ scales, count }) => ({ noise: { law: "gaussian" } as NoiseSpec, scales, count }))),
    );
    const stable2 = fc
      .array(fc.record({ s: arb.logUniform(1e-1, 1e1), count: arb.iterations({ min: 1, max: 1e4 }) }), { minLength: 1, maxLength: 3 })
      .map((gs) => gs.map(({ s, count }) => ({ noise: { law: "symmetricStable", alpha: 2 } as NoiseSpec, scales: [s], count })));
    fc.assert(
      fc.property(fc.oneof(gaussian, stable2, smallDiscreteBatch), (groups) => {
        const B = groups.reduce((s, g) => s + g.count, 0);
        expect(close(independentBatchMoment(groups, 2), summandsNormMoment(groups, 2) / (B * B), TOL.sum)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  test("splitting a group in two and reordering the groups leave the moment unchanged", () => {
    fc.assert(
      fc.property(smallDiscreteBatch, kappaArb, (groups, kappa) => {
        const split = groups.flatMap((g) =>
          g.count > 1
            ? [
                { ...g, count: 1 },
                { ...g, count: g.count - 1 },
              ]
            : [g],
        );
        const base = independentBatchMoment(groups, kappa);
        expect(close(independentBatchMoment([...split].reverse(), kappa), base, TOL.sum)).toBe(true);
        expect(close(summandsNormMoment([...split].reverse(), kappa), summandsNormMoment(groups, kappa), TOL.sum)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  test("a lone two-point group (binomial form) equals the same batch split in two groups (convolution)", () => {
    fc.assert(
      fc.property(qArb, kappaArb, fc.integer({ min: 2, max: 60 }), (q, kappa, B) => {
        const noise: NoiseSpec = { law: "twoPoint", q };
        const whole = independentBatchMoment([{ noise, scales: [1], count: B }], kappa);
        const halves = independentBatchMoment(
          [
            { noise, scales: [1], count: 1 },
            { noise, scales: [1], count: B - 1 },
          ],
          kappa,
        );
        expect(close(whole, halves, TOL.sum)).toBe(true);
        expect(close(whole, batchAbsMoment(noise, kappa, B), TOL.exact)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  test("SαS(2) = N(0, 2): non-identical stable and Gaussian batches agree; a lone SαS group has scale B^{1/α−1}", () => {
    const kappa = 1.5;
    const cs = [0.3, 2, 7];
    const counts = [5, 1, 40];
    const stable = independentBatchMoment(
      cs.map((c, j) => ({ noise: { law: "symmetricStable", alpha: 2 }, scales: [c], count: counts[j] })),
      kappa,
    );
    const gauss = independentBatchMoment(
      cs.map((c, j) => ({ noise: { law: "gaussian" }, scales: [Math.SQRT2 * c], count: counts[j] })),
      kappa,
    );
    expect(close(stable, gauss, TOL.special)).toBe(true);
    const st: NoiseSpec = { law: "symmetricStable", alpha: 1.5 };
    expect(
      close(independentBatchMoment([{ noise: st, scales: [1], count: 8 }], 1.2), 8 ** (1.2 * (1 / 1.5 - 1)) * noiseFromSpec(st).absMoment(1.2), TOL.special),
    ).toBe(true);
  });

  test("atomsNormMoment of a point mass is its norm to the κ", () => {
    expect(
      close(
        atomsNormMoment(
          [
            { values: [3], probs: [1] },
            { values: [4], probs: [1] },
          ],
          1.5,
        ),
        5 ** 1.5,
        TOL.exact,
      ),
    ).toBe(true);
  });
});

describe("Gaussian vectors with unequal variances (gaussianNormMoment)", () => {
  /** d = 2 in polar form: Q = R²·(v₁cos²θ + v₂sin²θ), R² ~ χ²₂, E R^{2s} = 2^s Γ(1 + s), θ uniform. */
  function polar(v1: number, v2: number, kappa: number): number {
    const s = kappa / 2;
    const avg = (2 / Math.PI) * integrate((th) => (v1 * Math.cos(th) ** 2 + v2 * Math.sin(th) ** 2) ** s, 0, Math.PI / 2, { atol: 0, rtol: 1e-14 });
    return 2 ** s * Math.exp(logGamma(1 + s)) * avg;
  }
  test("agrees with the polar integral (d = 2) over variance ratios up to 10⁴ and κ ∈ (0, 2]", () => {
    fc.assert(
      fc.property(
        arb.logUniform(1e-2, 1e2),
        arb.logUniform(1e-2, 1e2),
        fc.integer({ min: 1, max: 2000 }).map((j) => j / 1000),
        (v1, v2, kappa) => {
          expect(close(gaussianNormMoment([v1, v2], kappa), polar(v1, v2, kappa), TOL_QUADRATURE)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
  test("is continuous into the closed form χ_d of equal variances, and Σv at κ = 2", () => {
    for (const d of [1, 2, 4]) {
      const equal = new Array<number>(d).fill(3);
      const nearly = equal.map((v, i) => v * (1 + (i === 0 ? 1e-12 : 0)));
      for (const kappa of [1.2, 1.9]) expect(close(gaussianNormMoment(nearly, kappa), gaussianNormMoment(equal, kappa), TOL_QUADRATURE)).toBe(true);
    }
    expect(close(gaussianNormMoment([1, 2, 7], 2), 10, TOL.exact)).toBe(true);
  });
});

describe("batches without a finite form get typed errors", () => {
  const g = (noise: NoiseSpec, scales: number[], count = 2): BatchGroup => ({ noise, scales, count });
  test.each([
    ["SαS vectors", [g({ law: "symmetricStable", alpha: 1.5 }, [1, 1])], UndefinedQuantityError, 1.5],
    ["SαS with two α", [g({ law: "symmetricStable", alpha: 1.5 }, [1]), g({ law: "symmetricStable", alpha: 1.8 }, [1])], UndefinedQuantityError, 1.5],
    ["Gaussian with unequal coordinate scales and κ > 2", [g({ law: "gaussian" }, [1, 2])], UndefinedQuantityError, 3],
    ["mixed families", [g({ law: "gaussian" }, [1]), g({ law: "twoPoint", q: 0.2 }, [1])], UndefinedQuantityError, 1.5],
    ["Student-t", [g({ law: "studentT", nu: 3 }, [1])], UndefinedQuantityError, 1.5],
    ["a non-integer scale of a discrete batch", [g({ law: "twoPoint", q: 0.2 }, [1.5]), g({ law: "lattice", probs: [0.5, 0.5] }, [1])], InputError, 1.5],
    ["a zero count", [g({ law: "gaussian" }, [1], 0)], InputError, 1.5],
    ["groups of different d", [g({ law: "gaussian" }, [1]), g({ law: "gaussian" }, [1, 1])], InputError, 1.5],
    ["no groups", [], InputError, 1.5],
  ] as [string, BatchGroup[], typeof InputError, number][])("%s", (_, groups, err, kappa) => {
    expect(() => independentBatchMoment(groups, kappa)).toThrow(err);
  });
});
