/**
 * The heavy-tailed laws (SαS, Student-t and its ziggurat, symmetric Pareto and Lomax) pinned where a
 * constant, a boundary or a branch shows: tails at t = ∞ and at the branch points, the expansions near 0
 * and far out against closed forms, the transform of a given uniform at the sign boundary, the ziggurat's
 * tables against the equal-area construction they come from. Expected values come from closed forms or
 * arithmetic by hand, never from the function under test. Every law is built inside the test that checks
 * it (see pinnedLaws.test.ts).
 */
import { describe, expect, test } from "vitest";
import { Stream, TOL, close, logGamma, studentT, symmetricLomax, symmetricPareto, symmetricStable, tZiggurat } from "signcheck/internal";
import { expectInputError } from "../expectInputError.ts";

/** Relative agreement to TOL.special's 1e-12, with no absolute floor (tails here reach 1e-200). */
const REL = { atol: 0, rtol: TOL.special.rtol };
const near = (a: number, b: number, what: string) => expect(close(a, b, REL), `${what}: ${a} vs ${b}`).toBe(true);

describe("symmetric α-stable", () => {
  test("tails at ±∞: P(X > ∞) = 0, ½ − P(X > ∞) = ½, P(X > −∞) = 1 (α = 1.5 and 0.7, the Zolotarev branch)", () => {
    for (const alpha of [1.5, 0.7]) {
      const law = symmetricStable(alpha);
      expect(law.sf(Infinity)).toBe(0);
      expect(law.halfMinusSf(Infinity)).toBe(0.5);
      expect(law.sf(-Infinity)).toBe(1);
      expect(law.halfMinusSf(-Infinity)).toBe(-0.5);
      expect(law.lowerTail(Infinity)).toBe(0);
    }
  });

  test("near 0: ½ − P(X > t) = f(0)·t with f(0) = Γ(1 + 1/α)/π (α = 1.5: Γ(5/3) = 0.9027452929509336)", () => {
    const law = symmetricStable(1.5);
    const f0 = 0.9027452929509336 / Math.PI;
    near(law.halfMinusSf(1e-10), f0 * 1e-10, "½ − sf(1e-10)");
    near(law.sf(1e-10), 0.5 - f0 * 1e-10, "sf(1e-10)");
    near(law.halfMinusSf(-1e-10), -f0 * 1e-10, "½ − sf(−1e-10)");
  });
  test("small t: ½ − P(X > t) against its series (1/(πα))Σ(−1)^k Γ((2k+1)/α)t^{2k+1}/(2k+1)! (asymptotic for α < 1), α = 0.3, 0.5, 1.5, 1.99999999", () => {
    // The branch f(0)·t must stop where its first omitted term reaches 1e-17 relative: a switch point
    // moved up 300-fold would leave an error above 1e-12 here.
    for (const alpha of [0.3, 0.5, 1.5]) {
      const law = symmetricStable(alpha);
      for (const t of [1e-12, 1e-10, 1e-8, 1e-7, 1e-6, 1e-5]) {
        let s = 0;
        for (let k = 0; k <= 4; k++) s += (k % 2 ? -1 : 1) * Math.exp(logGamma((2 * k + 1) / alpha) + (2 * k + 1) * Math.log(t) - logGamma(2 * k + 2));
        const want = s / (Math.PI * alpha);
        expect(close(law.halfMinusSf(t), want, { atol: 0, rtol: 1e-12 }), `α = ${alpha}, t = ${t}: ${law.halfMinusSf(t)} vs ${want}`).toBe(true);
      }
    }
    // Near α = 2 the quadrature's absolute tolerance decides the last digits: the series (its third term 1e-22
    // relative at t = 1e-4) holds the centred tail to 1e-14 (it came out within 2e-15).
    const law = symmetricStable(1.99999999);
    for (const t of [1e-5, 1e-4]) {
      let s = 0;
      for (let k = 0; k <= 4; k++) s += (k % 2 ? -1 : 1) * Math.exp(logGamma((2 * k + 1) / 1.99999999) + (2 * k + 1) * Math.log(t) - logGamma(2 * k + 2));
      const want = s / (Math.PI * 1.99999999);
      expect(close(law.halfMinusSf(t), want, { atol: 0, rtol: 1e-14 }), `α = 1.99999999, t = ${t}: ${law.halfMinusSf(t)} vs ${want}`).toBe(true);
    }
  });

  test("U = ½ draws the median 0: Cauchy tan(π(U − ½)) and Chambers–Mallows–Stuck (V = 0) for any W", () => {
    const half = { open: () => 0.5, exponential: () => 0.7 } as unknown as Stream;
    expect(symmetricStable(1).sample(half)).toBe(0);
    expect(Math.abs(symmetricStable(1.5).sample(half))).toBe(0);
    expect(Math.abs(symmetricStable(0.7).sample(half))).toBe(0);
    // U = ¾: V = π/4; Cauchy tan(π/4) = 1; CMS at α = ½: sin(π/8)/cos(π/4)² · (cos(π/8)/W)^{1} with W = 0.7.
    const q3 = { open: () => 0.75, exponential: () => 0.7 } as unknown as Stream;
    near(symmetricStable(1).sample(q3), 1, "Cauchy U = ¾");
    near(symmetricStable(0.5).sample(q3), (Math.sin(Math.PI / 8) / 0.5) * (Math.cos(Math.PI / 8) / 0.7), "CMS α = ½, U = ¾");
  });

  test("α = 2 is N(0, 2) for every moment order: E|X|³ = 2³Γ(2)/√π; κ ≥ α < 2 is refused (kappa)", () => {
    near(symmetricStable(2).absMoment(3), 8 / Math.sqrt(Math.PI), "E|X|³ at α = 2");
    expectInputError(() => symmetricStable(1.5).absMoment(1.5), "kappa", 1.5);
    expectInputError(() => symmetricStable(1.5).absMoment(0), "kappa", 0);
    expectInputError(() => symmetricStable(2).absMoment(-1), "kappa", -1);
    expectInputError(() => symmetricStable(2.0000001), "alpha", 2.0000001);
    expect(symmetricStable(2).maxMomentOrder).toBe(Infinity);
  });
});

/** 2³¹: the ziggurat's integers hz are multiples of 2^{−31} of a layer width. */
const M31 = 2 ** 31;

describe("the Student-t ziggurat", () => {
  /** t_ν's unnormalised density (1 + x²/ν)^{−(ν+1)/2} and ∫_r^∞ of it in closed form for ν = 1, 2, 3. */
  const density = (nu: number) => (x: number) => (1 + (x * x) / nu) ** (-(nu + 1) / 2);
  const tailIntegral: Record<number, (r: number) => number> = {
    1: (r) => Math.PI / 2 - Math.atan(r), // ∫ dx/(1 + x²)
    2: (r) => Math.SQRT2 - r / Math.sqrt(1 + (r * r) / 2), // d/dx x/√(1 + x²/2) = (1 + x²/2)^{−3/2}
    3: (r) => {
      // d/dx (√3/2)(atan u + u/(1 + u²)), u = x/√3, = (1 + x²/3)^{−2}
      const u = r / Math.sqrt(3);
      return (Math.sqrt(3) / 2) * (Math.PI / 2 - Math.atan(u) - u / (1 + u * u));
    },
  };
  const rel = { atol: 0, rtol: 1e-9 };

  test("tables: 256 layers of equal area v = r·f(r) + ∫_r^∞ f, widths X[k−1], heights f(X[k]), thresholds X[k]/W[k], top capped at f(0) = 1", () => {
    for (const nu of [1, 2, 3]) {
      const z = tZiggurat(nu);
      const { W, K, F, yr } = z.tables;
      const f = density(nu);
      const r = z.r;
      const v = r * f(r) + tailIntegral[nu](r);
      expect([W.length, K.length, F.length]).toEqual([256, 256, 257]);
      // Layer 0 is the base strip [0, r]×[0, f(r)] plus the tail: width v/f(r).
      expect(close(W[0] * M31 * f(r), v, rel), `ν = ${nu}: base area`).toBe(true);
      expect(W[1] * M31).toBe(r);
      const X = (k: number) => (k === 255 ? 0 : W[k + 1] * M31);
      for (let k = 0; k < 256; k++) {
        expect(close(F[k], f(X(k)), REL), `ν = ${nu}: F[${k}]`).toBe(true);
        expect(close(K[k] * W[k], X(k), REL), `ν = ${nu}: K[${k}]`).toBe(true);
      }
      for (let k = 1; k < 256; k++) expect(close(X(k - 1) * (F[k] - F[k - 1]), v, rel), `ν = ${nu}: layer ${k}`).toBe(true);
      expect([F[255], F[256], K[255]]).toEqual([1, 1, 0]);
      expect(close(yr, nu / (nu + r * r), REL)).toBe(true);
      // No threshold but the top layer's is an integer: |hz| < K[k] and |hz| ≤ K[k] differ only there.
      expect([...K].slice(0, 255).filter((x) => Number.isInteger(x))).toEqual([]);
    }
  });

  test("ν ∈ [¼, ∞): ν = ¼ is set up, ν below it and ν = ∞ are refused (nu); ν = 1e300 has no layer set-up", () => {
    const z = tZiggurat(0.25);
    const { W, F } = z.tables;
    const v = W[0] * M31 * F[0];
    for (let k = 1; k < 255; k++) expect(close(W[k] * M31 * (F[k] - F[k - 1]), v, rel), `layer ${k}`).toBe(true);
    expect(close(W[255] * M31 * (1 - F[254]), v, rel), "top layer").toBe(true);
    expectInputError(() => tZiggurat(0.2499), "nu", 0.2499);
    expectInputError(() => tZiggurat(Infinity), "nu", Infinity);
    expect(() => tZiggurat(1e300)).toThrow(Error);
  });

  /** A stand-in stream: int32() and next() hand out the given numbers in order (real streams give the same kinds of numbers). */
  function scripted(ints: number[], uniforms: number[]): Stream {
    const take = (q: number[], what: string) => {
      if (q.length === 0) throw new Error(`scripted stream: no ${what} left`);
      return q.shift()!;
    };
    return { int32: () => take(ints, "int32"), next: () => take(uniforms, "uniform") } as unknown as Stream;
  }

  test("fast path: |hz| < K[k] returns hz·W[k], the layer k from the low 8 bits of the second integer", () => {
    const z = tZiggurat(3);
    const { W } = z.tables;
    expect(z.sample(scripted([1000, 5], []))).toBe(1000 * W[5]);
    expect(z.sample(scripted([-1000, 256 + 5], []))).toBe(-1000 * W[5]);
    expect(z.sample(scripted([-7, -256 + 200], []))).toBe(-7 * W[200]);
  });

  test("tail (layer 0, |hz| ≥ K[0]): Y = y_r·U₁^{2/ν}, accepted when U₂²(1 − Y) < 1 − y_r, |X| = √((ν + r²)U₁^{−2/ν} − ν) with the sign of hz", () => {
    for (const nu of [1, 3]) {
      const z = tZiggurat(nu);
      const r = z.r;
      const yr = nu / (nu + r * r);
      const x = (u: number) => Math.sqrt((nu + r * r) * u ** (-2 / nu) - nu);
      expect(close(z.sample(scripted([M31 - 1, 0], [0.25, 0])), x(0.25), REL), `ν = ${nu}`).toBe(true);
      expect(close(z.sample(scripted([-M31, 256], [0.5, 0.5])), -x(0.5), REL), `ν = ${nu}, negative`).toBe(true);
      // U₁ → 0 puts Y near 0, accepted only when U₂² < 1 − y_r: U₂ = 1 − y_r/4 is refused, and the next pair used.
      const refuse = 1 - yr / 4;
      expect(refuse * refuse * (1 - yr * 1e-12 ** (2 / nu))).toBeGreaterThan(1 - yr);
      expect(close(z.sample(scripted([M31 - 1, 0], [1e-12, refuse, 0.5, 0])), x(0.5), REL), `ν = ${nu}, one refusal`).toBe(true);
      // U₁ near 1 puts Y near y_r, where every U₂ < 1 is accepted.
      const u1 = 1 - 2 ** -40;
      expect(close(z.sample(scripted([M31 - 1, 0], [u1, 1 - 2 ** -20])), x(u1), { atol: 0, rtol: 1e-9 }), `ν = ${nu}, Y near y_r`).toBe(true);
    }
  });

  test("wedge (layers 1–255, |hz| ≥ K[k]): x = hz·W[k] is kept when F[k−1] + U·(F[k] − F[k−1]) < f(x), else the draw starts over", () => {
    const nu = 3;
    const z = tZiggurat(nu);
    const { W, F } = z.tables;
    const f = density(nu);
    for (const k of [1, 10, 128, 254, 255]) {
      // hz halfway between the fast-accept threshold and the layer's outer edge 2³¹.
      const lo = k === 255 ? 0 : W[k + 1] * M31; // X[k]
      const hi = W[k] * M31; // X[k−1]
      const hz = Math.round(((lo + hi) / 2 / hi) * M31);
      const x = hz * W[k];
      const low = F[k - 1];
      const high = k === 255 ? 1 : F[k];
      const uStar = (f(x) - low) / (high - low); // the uniform at which the point reaches the density
      expect(uStar, `layer ${k}`).toBeGreaterThan(0.02);
      expect(uStar, `layer ${k}`).toBeLessThan(0.98);
      expect(z.sample(scripted([hz, k], [uStar - 0.01])), `layer ${k} kept`).toBe(x);
      expect(z.sample(scripted([-hz, k], [uStar - 0.01])), `layer ${k} kept, negative`).toBe(-x);
      // Refused: the next draw (fast path, layer 3) is returned.
      expect(z.sample(scripted([hz, k, 99, 3], [uStar + 0.01])), `layer ${k} refused`).toBe(99 * W[3]);
    }
  });

  test("tail acceptance at equality: U₂²(1 − Y) = 1 − y_r exactly is refused (the next pair is used)", () => {
    // ν ≤ 2: Y = y_r·U₁^{2/ν} ≤ y_r·U₁; U₁ = 2^{−53} makes 1 − Y = 1 in floating point, so the test is U₂² < 1 − y_r. Among the
    // uniforms next to √(1 − y_r) (multiples of 2^{−53}) look for one whose square is 1 − y_r exactly.
    let done = false;
    for (const nu of [2, 1, 1.5, 0.5, 0.75, 1.25, 1.75, 0.6, 0.9]) {
      const z = tZiggurat(nu);
      const yr = z.tables.yr;
      const u1 = 2 ** -53;
      expect(1 - yr * u1 ** (2 / nu)).toBe(1);
      const c = Math.round(Math.sqrt(1 - yr) * 2 ** 53);
      const hit = [c - 2, c - 1, c, c + 1, c + 2].map((k) => k / 2 ** 53).find((u) => u * u === 1 - yr);
      if (hit === undefined) continue;
      const x = Math.sqrt((nu + z.r ** 2) * 0.5 ** (-2 / nu) - nu);
      expect(close(z.sample(scripted([M31 - 1, 0], [u1, hit, 0.5, 0])), x, REL), `ν = ${nu}`).toBe(true);
      done = true;
      break;
    }
    expect(done).toBe(true);
  });

  test("wedge acceptance at equality: hz = −2³¹ puts x at the layer's outer edge −X[k−1], where f(x) = F[k−1] = the lowest point", () => {
    const z = tZiggurat(3);
    const { W } = z.tables;
    // U = 2^{−53}: F[k−1] + U·(F[k] − F[k−1]) rounds to F[k−1] = f(x): refused, and the next (fast) draw returned.
    for (const k of [1, 10, 200]) expect(z.sample(scripted([-M31, k, 99, 3], [2 ** -53])), `layer ${k}`).toBe(99 * W[3]);
  });

  test("the top layer (255) has no fast path: hz = 0 returns 0 after one uniform; fill draws exactly out.length numbers", () => {
    const z = tZiggurat(3);
    const { W } = z.tables;
    // The uniform 0.75 is consumed by the wedge test of hz = 0; the next draw, a tail draw, reads 0.25 and 0.
    const r = z.r;
    const s = scripted([0, 255, M31 - 1, 0, 5, 1], [0.75, 0.25, 0]);
    expect(z.sample(s)).toBe(0);
    expect(close(z.sample(s), Math.sqrt((3 + r * r) * 0.25 ** (-2 / 3) - 3), REL)).toBe(true);
    expect(z.sample(s)).toBe(5 * W[1]);
    const a = new Stream("zig-fill");
    const b = new Stream("zig-fill");
    const out = z.fill(a, new Float64Array(3));
    const want = [z.sample(b), z.sample(b), z.sample(b)];
    expect([...out]).toEqual(want);
    expect(z.sample(a)).toBe(z.sample(b));
  });
});

describe("Student-t", () => {
  /** t₄ in closed form (θ = arctan(t/2), s = sin θ, c² = cos² θ): ½ − P(T > t) = (s/2)(1 + c²/2), P(T > t) = c⁴(2 + s)/(4(1 + s)²). */
  const t4 = (t: number) => {
    // For t ≥ 1 in terms of 4/t², so that t² may overflow (t = 1e160).
    const s = t < 1 ? t / Math.sqrt(t * t + 4) : 1 / Math.sqrt(1 + 4 / (t * t));
    const c2 = t < 1 ? 4 / (t * t + 4) : 4 / (t * t) / (1 + 4 / (t * t));
    return { sf: (c2 * c2 * (2 + s)) / (4 * (1 + s) ** 2), centred: (s / 2) * (1 + c2 / 2) };
  };

  test("ν = 4 in closed form across the three branches: f(0)·t near 0, the incomplete beta, 3/t⁴ far out", () => {
    const law = studentT(4);
    // 1e-170 (t² underflows) and 1e160 (t² overflows) are reached only through the expansions.
    for (const t of [1e-170, 1e-12, 1e-9, 1e-3, 0.5, 3, 1e4, 1e9, 1e12, 1e50, 1e160]) {
      near(law.sf(t), t4(t).sf, `sf(${t})`);
      near(law.halfMinusSf(t), t4(t).centred, `½ − sf(${t})`);
      near(law.sf(-t), 1 - t4(t).sf, `sf(−${t})`);
      near(law.halfMinusSf(-t), -t4(t).centred, `½ − sf(−${t})`);
    }
    // Density (3/8)(1 + x²/4)^{−5/2}, f(0) = Γ(5/2)/(2√π Γ(2)) = 3/8.
    for (const x of [0, 1, -3]) near(law.pdf!(x), 0.375 * (1 + (x * x) / 4) ** -2.5, `pdf(${x})`);
  });

  test("tiny ν (1e-8): f(0)·t stands for ½ − P(X > t) only while (1 + 1/ν)t² < 1e-17; at t² = 9e-18 the next term (ν+1)t²/(6ν) is 1.5e-10", () => {
    const nu = 1e-8;
    const law = studentT(nu);
    // f(0) = Γ((ν+1)/2)/(√(νπ)Γ(ν/2)); ½ − P(X > t) = f(0)·t·(1 − (ν+1)t²/(6ν) + (ν+1)(ν+3)t⁴/(40ν²) − …).
    const f0 = Math.exp(logGamma((nu + 1) / 2) - logGamma(nu / 2) - 0.5 * Math.log(nu * Math.PI));
    for (const t of [3e-9, 1e-9, 1e-13]) {
      const t2 = t * t;
      near(law.halfMinusSf(t), f0 * t * (1 - ((nu + 1) / (6 * nu)) * t2 + (((nu + 1) * (nu + 3)) / (40 * nu * nu)) * t2 * t2), `½ − sf(${t})`);
    }
  });

  test("far out for small ν the centred tail is ½ minus a visible P(X > t); for tiny ν the far term takes over before t² overflows", () => {
    // ν = 0.3, t = 1e10 (t² > 1e17·ν(ν+1)): P(X > t) = f(0)ν^{(ν−1)/2}t^{−ν}(1 − ν²(ν+1)/(2(ν+2)t²)) ≈ 3.5e-4.
    const nu = 0.3;
    const lf0 = logGamma((nu + 1) / 2) - logGamma(nu / 2) - 0.5 * Math.log(nu * Math.PI);
    const t = 1e10;
    const far = Math.exp(lf0 + ((nu - 1) / 2) * Math.log(nu)) * t ** -nu * (1 - (nu * nu * (nu + 1)) / (2 * (nu + 2) * t * t));
    near(studentT(nu).sf(t), far, "ν = 0.3: sf(1e10)");
    near(studentT(nu).halfMinusSf(t), 0.5 - far, "ν = 0.3: ½ − sf(1e10)");
    // ν = 1e-300: P(X > t) = ½I_{ν/(ν+t²)}(ν/2, ½) → ½ for every fixed t as ν → 0 (t^{−ν} = 1 at t = 1e200).
    const tiny = studentT(1e-300);
    near(tiny.sf(1e200), 0.5, "ν = 1e-300: sf(1e200)");
    near(tiny.sf(-1e200), 0.5, "ν = 1e-300: sf(−1e200)");
  });

  test("t = ∞ where f(0)ν^{(ν−1)/2} overflows (ν = 300): P(X > ∞) = 0, ½ − P(X > ∞) = ½", () => {
    const law = studentT(300);
    expect(law.sf(Infinity)).toBe(0);
    expect(law.halfMinusSf(Infinity)).toBe(0.5);
    expect(law.sf(-Infinity)).toBe(1);
  });

  test("moments only below ν; ν > 0; the names of refused parameters", () => {
    expectInputError(() => studentT(0), "nu", 0);
    expectInputError(() => studentT(3).absMoment(3), "kappa", 3);
    expectInputError(() => studentT(3).absMoment(0), "kappa", 0);
    expect(studentT(3).maxMomentOrder).toBe(3);
  });

  test("ν ≥ ¼ draws through the ziggurat (the numbers of tZiggurat(ν) from the same stream); ν < ¼ by Bailey's polar method", () => {
    for (const nu of [0.25, 3]) {
      const a = new Stream(`t${nu}`);
      const b = new Stream(`t${nu}`);
      const law = studentT(nu);
      const zig = tZiggurat(nu);
      // fill first: a law that has not drawn yet sets up its ziggurat there too.
      const out = law.fill(a, new Float64Array(20));
      for (let i = 0; i < 20; i++) expect(out[i]).toBe(zig.sample(b));
      for (let i = 0; i < 50; i++) expect(law.sample(a)).toBe(zig.sample(b));
    }
    // ν < ¼ has no ziggurat: fill draws the numbers of successive sample calls.
    const c = new Stream("bailey-fill");
    const d = new Stream("bailey-fill");
    const small = studentT(0.2);
    const filled = small.fill(c, new Float64Array(5));
    for (let i = 0; i < 5; i++) expect(filled[i]).toBe(small.sample(d));
    // Bailey: (U, V) = successive symmetric32 draws until W = U² + V² < 1, X = U·√(ν(W^{−2/ν} − 1)/W).
    const nu = 0.2;
    const a = new Stream("bailey");
    const b = new Stream("bailey");
    const law = studentT(nu);
    for (let i = 0; i < 200; i++) {
      let u: number, w: number;
      do {
        u = b.symmetric32();
        const v = b.symmetric32();
        w = u * u + v * v;
      } while (w >= 1);
      const d = w ** (-2 / nu) - 1;
      const want = u * Math.sqrt((nu * d) / w);
      const x = law.sample(a);
      // The replay forms W^{−2/ν} − 1 directly and loses (1 + d)/d ulps to cancellation as W → 1; the sampler's
      // expm1(−(2/ν)·log W) loses about its argument's size in ulps as W → 0: a few ulps of each, and of the √.
      const rtol = 8 * Number.EPSILON * ((1 + d) / d + Math.abs((2 / nu) * Math.log(w)) + 1);
      expect(close(x, want, { atol: 0, rtol }), `draw ${i}: ${x} vs ${want}`).toBe(true);
    }
    // A pair on the unit circle in floating point (the int32 draws 1001749381, 1899522096 give u² + v² = 1
    // exactly) is refused: the next pair (0.5, 0.5), W = ½, gives X = ½·√(0.2·(2^{10} − 1)·2) = ½·√409.2.
    const pairs = [1001749381, 1899522096, 2 ** 30 - 0.5, 2 ** 30 - 0.5].map((i) => (i + 0.5) / 2 ** 31);
    const onCircle = { symmetric32: () => pairs.shift()! } as unknown as Stream;
    expect(pairs[0] * pairs[0] + pairs[1] * pairs[1]).toBe(1);
    near(law.sample(onCircle), 0.5 * Math.sqrt(409.2), "after a refused pair on the circle");
  });
});

describe("symmetric Pareto and Lomax", () => {
  const at = (u: number) => ({ next: () => u }) as unknown as Stream;

  test("the sign boundary U = ½: Pareto draws (2 − 1)^{−1/α} = 1, Lomax 1^{−1/α} − 1 = 0; U = 0 draws −1 and 0", () => {
    expect(symmetricPareto(2).sample(at(0.5))).toBe(1);
    expect(Math.abs(symmetricLomax(2).sample(at(0.5)))).toBe(0);
    expect(symmetricPareto(2).sample(at(0))).toBe(-1);
    expect(Math.abs(symmetricLomax(2).sample(at(0)))).toBe(0);
    // U = ¼: 2U = ½, Pareto −(½)^{−1/2} = −√2, Lomax −(√2 − 1); U = 7/8: 2 − 2U = ¼, Pareto 2, Lomax 1.
    near(symmetricPareto(2).sample(at(0.25)), -Math.SQRT2, "Pareto U = ¼");
    near(symmetricLomax(2).sample(at(0.25)), 1 - Math.SQRT2, "Lomax U = ¼");
    near(symmetricPareto(2).sample(at(0.875)), 2, "Pareto U = 7/8");
    near(symmetricLomax(2).sample(at(0.875)), 1, "Lomax U = 7/8");
  });

  test("Pareto's density at the edge of its support: ½α·1^{−α−1} = α/2 at |x| = 1, 0 inside", () => {
    const p = symmetricPareto(3);
    expect(p.pdf!(1)).toBe(1.5);
    expect(p.pdf!(-1)).toBe(1.5);
    expect(p.pdf!(1 - 2 ** -53)).toBe(0);
    near(p.pdf!(2), 1.5 / 16, "pdf(2) = ½·3·2^{−4}");
  });

  test("moments only below α; α > 0 (the names of refused parameters)", () => {
    for (const law of [symmetricPareto, symmetricLomax]) {
      expectInputError(() => law(0), "alpha", 0);
      expectInputError(() => law(2).absMoment(2), "kappa", 2);
      expectInputError(() => law(2).absMoment(-1), "kappa", -1);
      expect(law(2.5).maxMomentOrder).toBe(2.5);
    }
  });
});
