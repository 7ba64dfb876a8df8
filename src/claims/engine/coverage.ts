/**
 * Coverage of a claim's declared parameters over a set of instances: how the tested values spread
 * over each range — per decade for `log` ranges (magnitudes; 0 counted apart), per tenth of the range
 * for `linear` ones, per value for small integer ranges and categorical parameters — how many fall
 * outside the declared range, and which boundary cases (the range's ends, and the claim's declared
 * boundaries) were met. Also the counts of the claim's `classify` labels. A decade left empty by a
 * standard-budget generator is what the coverage property test looks for (`emptyDecades`).
 */
import { COVERAGE_RANGE_RTOL } from "../../core/tolerance.ts";
import type { Boundary, Coverage, Parameter, ParameterCoverage, ParameterValue } from "../types.ts";

function readings(p: Parameter, instance: unknown): ParameterValue[] {
  const v = p.read(instance);
  if (v === undefined) return [];
  if (v instanceof Float64Array || Array.isArray(v)) return Array.from(v as ArrayLike<number>);
  return [v as ParameterValue];
}

/** The decades [10^k, 10^{k+1}) that meet [lo, hi], as k. */
export function decadesOf(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let k = Math.floor(Math.log10(lo)); 10 ** k <= hi; k++) {
    // A decade that meets the range only at its lower end hi = 10^k is not a decade of the range.
    if (10 ** (k + 1) > lo && (10 ** k < hi || k === Math.floor(Math.log10(lo)))) out.push(k);
  }
  return out;
}

function decadeLabel(k: number): string {
  return `[1e${k}, 1e${k + 1})`;
}

function binsFor(p: Parameter): { labels: string[]; widths?: number[]; edges?: [number, number][]; index: (v: ParameterValue) => number } {
  if (p.scale === "categorical") {
    const values = p.values ?? [];
    return { labels: values.map(String), index: (v) => values.indexOf(v) };
  }
  const [lo, hi] = p.range!;
  if (p.scale === "log") {
    const ks = decadesOf(lo, hi);
    return {
      labels: ks.map(decadeLabel),
      edges: ks.map((k) => [10 ** k, 10 ** (k + 1)]),
      widths: ks.map((k) => Math.min(k + 1, Math.log10(hi)) - Math.max(k, Math.log10(lo))),
      index: (v) => {
        const m = Math.abs(v as number);
        const k = Math.floor(Math.log10(m));
        // Powers of ten computed through log10 can land one decade low or high: settle by comparison.
        const kk = 10 ** (k + 1) <= m ? k + 1 : 10 ** k > m ? k - 1 : k;
        // The range's upper end can sit on a power of ten whose decade is not a decade of the range: it counts in the last.
        return Math.min(ks.length - 1, Math.max(0, kk - ks[0]));
      },
    };
  }
  if (p.scale === "integer" && hi - lo < 20) {
    const labels = Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i));
    return { labels, edges: labels.map((_, i) => [lo + i, lo + i]), index: (v) => (v as number) - lo };
  }
  const edge = (x: number) => (p.scale === "integer" ? String(Math.round(x)) : fmtEdge(x));
  const labels = Array.from({ length: 10 }, (_, i) => `[${edge(lo + ((hi - lo) * i) / 10)}, ${edge(lo + ((hi - lo) * (i + 1)) / 10)}${i === 9 ? "]" : ")"}`);
  const edges = labels.map((_, i): [number, number] => [lo + ((hi - lo) * i) / 10, lo + ((hi - lo) * (i + 1)) / 10]);
  return { labels, edges, index: (v) => Math.min(9, Math.max(0, Math.floor((((v as number) - lo) / (hi - lo || 1)) * 10))) };
}

function fmtEdge(x: number): string {
  return Number(x.toPrecision(3)).toString();
}

function inRange(p: Parameter, v: ParameterValue): boolean {
  if (p.scale === "categorical") return (p.values ?? []).includes(v);
  if (typeof v !== "number" || Number.isNaN(v)) return false;
  const [lo, hi] = p.range!;
  const m = p.scale === "log" ? Math.abs(v) : v;
  const slack = COVERAGE_RANGE_RTOL * Math.max(Math.abs(lo), Math.abs(hi));
  return m >= lo - slack && m <= hi + slack;
}

function endBoundaries(p: Parameter): (Boundary & { end: "lower" | "upper"; value: number })[] {
  if (p.scale === "categorical" || !p.range) return [];
  const [lo, hi] = p.range;
  const mag = (v: ParameterValue) => (p.scale === "log" ? Math.abs(v as number) : (v as number));
  const fmtEdge = (x: number) => (p.scale === "integer" ? String(x) : Number(x.toPrecision(6)).toString());
  return [
    { label: `${p.name} = ${fmtEdge(lo)} (lower end)`, end: "lower", value: lo, test: (v) => mag(v) === lo },
    { label: `${p.name} = ${fmtEdge(hi)} (upper end)`, end: "upper", value: hi, test: (v) => mag(v) === hi },
  ];
}

export function parameterCoverage(p: Parameter, instances: readonly unknown[]): ParameterCoverage {
  const { labels, widths, edges, index } = binsFor(p);
  const counts = new Array<number>(labels.length).fill(0);
  const boundaries: (Boundary & { end?: "lower" | "upper"; value?: number })[] = [...endBoundaries(p), ...(p.boundaries ?? [])];
  const hits = new Array<number>(boundaries.length).fill(0);
  let zeros = 0;
  let outside = 0;
  let total = 0;
  for (const instance of instances) {
    const values = readings(p, instance);
    const met = new Array<boolean>(boundaries.length).fill(false);
    for (const v of values) {
      total++;
      boundaries.forEach((b, j) => {
        if (b.test(v, instance)) met[j] = true;
      });
      if (p.scale === "log" && v === 0) {
        zeros++;
        continue;
      }
      if (!inRange(p, v)) {
        outside++;
        continue;
      }
      const i = index(v);
      if (i >= 0 && i < counts.length) counts[i]++;
      else outside++;
    }
    met.forEach((m, j) => {
      if (m) hits[j]++;
    });
  }
  return {
    name: p.name,
    scale: p.scale,
    ...(p.range && { range: p.range }),
    readings: total,
    bins: labels.map((label, i) => ({ label, count: counts[i], ...(widths && { decades: widths[i] }), ...(edges && { lo: edges[i][0], hi: edges[i][1] }) })),
    zeros,
    outside,
    boundaries: boundaries.map((b, j) => ({ label: b.label, count: hits[j], ...(b.end && { end: b.end, value: b.value }) })),
  };
}

export function coverageOf<I>(parameters: readonly Parameter<I>[] | undefined, classify: ((i: I) => string) | undefined, instances: readonly I[]): Coverage {
  let labels: Record<string, number> | undefined;
  if (classify) {
    labels = {};
    for (const i of instances) {
      const label = classify(i);
      labels[label] = (labels[label] ?? 0) + 1;
    }
  }
  return { ...(labels && { labels }), parameters: (parameters ?? []).map((p) => parameterCoverage(p, instances)) };
}

/**
 * The decades of log-scale parameters that no instance reached: "name [1eK, 1eK+1)". A decade the
 * range covers by less than half (its end pieces) is not counted: a log-uniform draw lands there
 * with a probability proportional to that piece, and the range's end itself is a boundary case.
 */
export function emptyDecades(coverage: Coverage): string[] {
  return coverage.parameters
    .filter((p) => p.scale === "log")
    .flatMap((p) => p.bins.filter((b) => b.count === 0 && (b.decades ?? 1) >= 0.5).map((b) => `${p.name} ${b.label}`));
}
