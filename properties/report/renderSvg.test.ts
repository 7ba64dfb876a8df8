/**
 * The headless SVG renderer and the chart builders: every builder's figure is well-formed SVG,
 * deterministic (same spec, same bytes — also when renders run concurrently), self-contained (no
 * URL, file or stylesheet reference; a spec that names a URL is refused without touching the
 * network), with ids that do not collide between figures; text is measured with Helvetica's widths
 * (not Vega's 0.8·fontSize guess); and builders refuse values they cannot draw, naming them.
 */
import { describe, expect, test } from "vitest";
import {
  InputError,
  assertSelfContained,
  intervalChart,
  lineChart,
  logLogFitChart,
  renderSvg,
  scatterChart,
  textWidth,
  type VegaLiteSpec,
} from "signcheck/internal";

/** Well-formedness: every tag closes in order, attribute values are quoted, one root <svg>. */
function checkWellFormed(svg: string): void {
  expect(svg.startsWith("<svg")).toBe(true);
  expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(svg))) {
    // Between tags only text: no stray '<' (an unquoted or broken tag would leave one).
    expect(svg.slice(last, m.index)).not.toContain("<");
    last = tag.lastIndex;
    const [, closing, name, , selfClosing] = m;
    if (closing) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else if (!selfClosing) stack.push(name);
  }
  expect(svg.slice(last).trim()).toBe("");
  expect(stack).toEqual([]);
}

const curve = (f: (x: number) => number, band = true) =>
  Array.from({ length: 40 }, (_, i) => {
    const x = (i + 1) * 5;
    const y = f(x);
    return band ? { x, y, lo: 0.8 * y, hi: 1.25 * y } : { x, y };
  });

const figures: Record<string, VegaLiteSpec> = {
  line: lineChart({
    title: "Loss against iterations",
    subtitle: "mean over 10 repeats",
    x: { title: "iteration t", domain: [0, 150] },
    y: { title: "f − f*", scale: "log" },
    series: [
      { name: "SGD, γ = 0.0038", points: curve((t) => 50 / t) },
      { name: "SignSGD, γ = 0.015", points: curve((t) => 200 / t ** 1.5), dashed: true },
    ],
    rules: [
      { y: 0.1, label: "target" },
      { x: 100, label: "T/2" },
    ],
    showPoints: true,
  }),
  scatter: scatterChart({
    title: "Local smoothness",
    x: { title: "‖∇f‖", scale: "log" },
    y: { title: "ℓ" },
    groups: [{ name: "GD", points: curve((g) => 3 - g / 100, false) }],
    lines: [{ name: "fit", points: curve((g) => 3.1 - g / 100) }],
    marked: [{ x: 50, y: 2.5, label: "tightest" }],
  }),
  loglog: logLogFitChart({
    title: "Scaling",
    x: { title: "T" },
    y: { title: "gap" },
    points: [10, 20, 40, 80, 160].map((t) => ({ x: t, y: 3 / Math.sqrt(t) })),
    pointsLabel: "observed",
    fit: { slope: -0.5, slopeInterval: [-0.55, -0.45], coefficient: 3, label: "fit" },
    claimed: { slope: -0.5, label: "claimed −1/2" },
  }),
  interval: intervalChart({
    title: "End-of-run gap",
    x: { title: "f − f*", scale: "log" },
    rows: [
      { label: "authors' setup", group: "SGD", estimate: 2, lo: 1.5, hi: 3 },
      { label: "authors' setup", group: "SignSGD", estimate: 0.3, lo: 0.2, hi: 0.4 },
      { label: "tuned", group: "SGD", estimate: 1.9, lo: 1.2, hi: 2.5 },
    ],
    reference: { value: 1, label: "reference" },
  }),
};

describe("renderSvg", () => {
  test.each(Object.keys(figures))("%s chart: well-formed, self-contained SVG with its title and labels", async (name) => {
    const svg = await renderSvg(figures[name]);
    checkWellFormed(svg);
    expect(() => assertSelfContained(svg)).not.toThrow();
    expect(svg).not.toMatch(/\b(?:href|src)="(?!#)/);
    expect(svg).not.toMatch(/url\((?!#)/);
    expect(svg).toContain("Helvetica");
    const title = (figures[name] as { title: { text: string } }).title.text;
    expect(svg).toContain(title);
  });

  test("same spec, same bytes — also when figures render concurrently", async () => {
    const solo = await Promise.all(Object.values(figures).map((s) => renderSvg(s)));
    const together = await Promise.all([...Object.values(figures), ...Object.values(figures)].map((s) => renderSvg(s)));
    expect(together.slice(0, solo.length)).toEqual(solo);
    expect(together.slice(solo.length)).toEqual(solo);
  });

  test("ids are prefixed per figure, so figures inlined in one page do not collide", async () => {
    const ids = async (spec: VegaLiteSpec) => new Set([...(await renderSvg(spec)).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const a = await ids(figures.line);
    const b = await ids(lineChart({ title: "other", x: { title: "x", domain: [0, 10] }, y: { title: "y" }, series: [{ name: "s", points: curve((t) => t) }] }));
    expect(a.size).toBeGreaterThan(0);
    for (const id of a) expect(b.has(id)).toBe(false);
    const svg = await renderSvg(figures.line, { idPrefix: "loss" });
    for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) expect(m[1].startsWith("loss-")).toBe(true);
    await expect(renderSvg(figures.line, { idPrefix: "1 bad" })).rejects.toThrow(/idPrefix/);
  });

  test("a spec that names a URL is refused (the loader is disabled); a spec with warnings is refused", async () => {
    const remote = {
      data: { url: "https://example.org/data.json" },
      mark: "point",
      encoding: { x: { field: "a", type: "quantitative" } },
    } as unknown as VegaLiteSpec;
    await expect(renderSvg(remote)).rejects.toThrow(InputError);
    const warned = {
      data: { values: [{ a: 1 }] },
      mark: "point",
      encoding: { x: { field: "a", type: "quantitative", scale: { type: "log", zero: true } } },
    } as unknown as VegaLiteSpec;
    await expect(renderSvg(warned)).rejects.toThrow(/without warnings/);
  });

  test("assertSelfContained rejects external references", () => {
    expect(() => assertSelfContained('<svg><image href="https://x/y.png"/></svg>')).toThrow(InputError);
    expect(() => assertSelfContained('<svg><path style="fill: url(http://x)"/></svg>')).toThrow(InputError);
    expect(() => assertSelfContained('<svg><path clip-path="url(#c1)"/></svg>')).not.toThrow();
  });
});

describe("text layout without a canvas", () => {
  test("Helvetica advance widths: digits 0.556 em, i narrower than M, bold wider", () => {
    expect(textWidth("0123456789", 10)).toBe(55.6);
    expect(textWidth("iiii", 12)).toBeLessThan(textWidth("MMMM", 12));
    expect(textWidth("Loss", 12, true)).toBeGreaterThan(textWidth("Loss", 12));
    expect(textWidth("", 12)).toBe(0);
    // Vega's fallback would give 0.8 em a character: far wider than any of these strings.
    const label = "SignSGD, γ = 0.015";
    expect(textWidth(label, 11)).toBeLessThan(0.65 * 0.8 * 11 * [...label].length);
  });

  test("the layout follows the measured widths: a legend of wide letters makes a wider figure than one of narrow letters", async () => {
    const chart = (name: string) => lineChart({ title: "t", x: { title: "x" }, y: { title: "y" }, series: [{ name, points: curve((t) => t, false) }] });
    const width = (svg: string) => Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
    const narrow = width(await renderSvg(chart("i".repeat(30))));
    const wide = width(await renderSvg(chart("M".repeat(30))));
    // 30 × (0.833 − 0.222) em at 11 px ≈ 202 px more; with Vega's estimate both would be equal.
    expect(wide - narrow).toBeGreaterThan(150);
  });
});

describe("builders refuse what cannot be drawn, naming it", () => {
  const base = { title: "t", x: { title: "x" }, y: { title: "y", scale: "log" as const } };
  test.each([
    ["a NaN value", { ...base, series: [{ name: "a", points: [{ x: 1, y: NaN }] }] }, /series\[0\] \(a\)\.points\[0\]\.y/],
    ["a zero on a log axis", { ...base, series: [{ name: "a", points: [{ x: 1, y: 0 }] }] }, /log axis/],
    ["an infinite x", { ...base, series: [{ name: "a", points: [{ x: Infinity, y: 1 }] }] }, /points\[0\]\.x/],
    ["half a band", { ...base, series: [{ name: "a", points: [{ x: 1, y: 1, lo: 0.5 }] }] }, /both ends/],
    ["lo above hi", { ...base, series: [{ name: "a", points: [{ x: 1, y: 1, lo: 2, hi: 1 }] }] }, /lo/],
    [
      "two series of one name",
      {
        ...base,
        series: [
          { name: "a", points: [{ x: 1, y: 1 }] },
          { name: "a", points: [{ x: 1, y: 1 }] },
        ],
      },
      /used once/,
    ],
    ["no series", { ...base, series: [] }, /at least one series/],
  ] as const)("lineChart: %s", (_what, options, message) => {
    expect(() => lineChart(options as Parameters<typeof lineChart>[0])).toThrow(message);
  });

  test("intervalChart: an estimate outside its interval; scatterChart: a log axis with a negative value", () => {
    expect(() => intervalChart({ title: "t", x: { title: "v" }, rows: [{ label: "a", estimate: 3, lo: 1, hi: 2 }] })).toThrow(/lo ≤ estimate ≤ hi/);
    expect(() => scatterChart({ title: "t", x: { title: "x", scale: "log" }, y: { title: "y" }, groups: [{ name: "g", points: [{ x: -1, y: 1 }] }] })).toThrow(
      InputError,
    );
    expect(() =>
      logLogFitChart({
        title: "t",
        x: { title: "x" },
        y: { title: "y" },
        points: [
          { x: 1, y: 1 },
          { x: 2, y: 2 },
        ],
        pointsLabel: "p",
        fit: { slope: 1, coefficient: 1, slopeInterval: [2, 3], label: "f" },
      }),
    ).toThrow(/containing the slope/);
  });

  test("frame sizes are checked", () => {
    expect(() => lineChart({ ...base, width: 10, series: [{ name: "a", points: [{ x: 1, y: 1 }] }] })).toThrow(/width/);
  });
});
