/**
 * The stream's generator is seedrandom's tychei stepped inline: the pinned values below are what
 * `seedrandom.tychei("signcheck/v1|1|properties/core|pin|0|main")` returns through double(), double(),
 * double(), int32() (printed by seedrandom itself when the inline stepping was written), so a change of
 * generator, seeding or bit layout fails here. Plus: keys separate streams, and the ziggurat normal and
 * the 32-bit symmetric uniforms have their laws.
 */
import { expect, test } from "vitest";
import { Stream, chiSquareTest, ksTest, normalCdf, streamFor, streamSeedText } from "signcheck/internal";

/** Significance level of each goodness-of-fit test (a level, not a tolerance). */
const GOF_LEVEL = 1e-3;

test("same key, same numbers: the pinned tychei sequence", () => {
  const key = { seed: 1, claim: "properties/core", instance: "pin", trial: 0 };
  expect(streamSeedText(key)).toBe("signcheck/v1|1|properties/core|pin|0|main");
  const s = streamFor(key);
  expect([s.next(), s.next(), s.next(), s.int32()]).toEqual([0.906498832233154, 0.7677296757583962, 0.5632339917687352, 1278063444]);
});

test("different keys give different streams; a stream never yields 0 from next()", () => {
  const a = streamFor({ seed: 1, claim: "c", instance: "i", trial: 0 });
  const b = streamFor({ seed: 1, claim: "c", instance: "i", trial: 1 });
  const xs = Array.from({ length: 8 }, () => a.next());
  expect(xs).not.toEqual(Array.from({ length: 8 }, () => b.next()));
  for (let i = 0; i < 1e5; i++) expect(a.next() > 0).toBe(true);
});

test("ziggurat normals and 32-bit symmetric uniforms have their laws", () => {
  const s = new Stream("properties/core/variates");
  const z = Float64Array.from({ length: 50_000 }, () => s.normal());
  expect(ksTest(z, normalCdf).pValue).toBeGreaterThan(GOF_LEVEL);
  // Beyond the ziggurat's base strip (|z| > 3.4426): the tail branch, P = 2Φ(−3.4426) ≈ 5.8e-4.
  const big = Float64Array.from({ length: 400_000 }, () => s.normal());
  const k = big.filter((x) => Math.abs(x) > 3.442619855899).length;
  const p = 2 * normalCdf(-3.442619855899);
  expect(chiSquareTest([k, big.length - k], [p, 1 - p]).pValue).toBeGreaterThan(GOF_LEVEL);
  const u = Float64Array.from({ length: 50_000 }, () => s.symmetric32());
  expect(u.every((x) => x > -1 && x < 1 && x !== 0)).toBe(true);
  expect(ksTest(u, (x) => (x + 1) / 2).pValue).toBeGreaterThan(GOF_LEVEL);
});
