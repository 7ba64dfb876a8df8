import { describe, expect, test } from "vitest";
import { claimTest } from "signcheck/vitest";
import { efSignSgdConverges, floorOf, signSgdFails } from "./signsgd-fails.ts";

describe("karimireddy19/signsgd-fails", () => {
  claimTest(signSgdFails);
  test("karimireddy19/signsgd-fails: the floor is the line minimum (metamorphic: a grid on the line never goes below it)", () => {
    for (const [problem, shape, c] of [
      ["least-squares", 0.5, 3],
      ["non-smooth", 0.1, 1.12346],
      ["least-squares", 0.9, -0.7],
    ] as const) {
      const floor = floorOf(problem, shape, c);
      const rows = [
        [1, -1 + shape],
        [-1, 1 + shape],
      ];
      const f = (x: number[]) =>
        problem === "non-smooth"
          ? shape * Math.abs(x[0] + x[1]) + Math.abs(x[0] - x[1])
          : rows.reduce((s, a) => s + 0.25 * (a[0] * x[0] + a[1] * x[1]) ** 2, 0);
      let min = Infinity;
      for (let t = -5; t <= 5; t += 1e-3) min = Math.min(min, f([c / 2 + t, c / 2 - t]));
      expect(floor).toBeLessThanOrEqual(min);
      expect(floor).toBeGreaterThan(0);
    }
  });
});

describe("karimireddy19/ef-signsgd-converges", () => {
  claimTest(efSignSgdConverges);
});
