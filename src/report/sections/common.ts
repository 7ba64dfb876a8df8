/**
 * Report lines every kind shares: the run, the decision's α, the degenerate instances, the worst-case
 * search, the coverage per declared parameter, the tightness (and whether the bound is loose),
 * counterexamples with their replay commands, and the notes. Lines are typed spans (richText.ts): the
 * Markdown and HTML reports and the plain-text account render the same lines. Numbers go through the
 * one formatter (formatFigure.ts), so a figure reads the same everywhere.
 */
import { LOOSE_FACTOR } from "../../core/tolerance.ts";
import type { AlphaSplit } from "../../claims/engine/decideStatistical.ts";
import type { Coverage, CoverageBin, EvidenceCommon, ParameterCoverage, Tightness } from "../../claims/types.ts";
import { fig, plural, powerOfTen, ratioFig } from "../../core/formatFigure.ts";
import { code, join, strong, t, type Line } from "../richText.ts";

/** A figure with 5 significant digits (the evidence lines' precision). */
export const num = (x: number): string => fig(x, 5);

/** An instance as compact JSON (a code span). */
export function instanceCode(instance: unknown): Line {
  return [code(JSON.stringify(instance))];
}

/** What a statistical kind's evidence adds to the common fields, as far as the shared lines read it. */
export interface DecisionCounts {
  readonly certified: number;
  readonly refuted: number;
  readonly undecided: number;
  readonly vacuous?: number;
  readonly alphaSplit?: AlphaSplit;
}

export function runLine(e: EvidenceCommon, what: "evaluations" | "trials" | "runs"): Line[] {
  const searched = e.search.evaluations;
  const head = `run: root seed ${e.seed}, budget ${e.budget} — ${plural(e.instances, "random instance")}${searched ? `, ${searched} from the worst-case search` : ""}`;
  if (what === "evaluations") return [[`${head}; ${plural(e.tests, "evaluation")} in all (shrinking included), ${e.failures} failing`]];
  const trials =
    what === "runs"
      ? `${plural(e.trials, "run")} in all (replicates × sizes)`
      : e.trials
        ? `${plural(e.trials, "Monte-Carlo trial")}, ${plural(e.failures, "failure")}${e.diverged ? ` (${e.diverged} diverged)` : ""}`
        : "no Monte-Carlo trial (decided exactly)";
  return [[`${head}; ${plural(e.tests, "instance")} tested in all (shrinking and confirmations included); ${trials}`]];
}

export function alphaLine(e: EvidenceCommon, counts: DecisionCounts): Line[] {
  const tally = `certified ${counts.certified}, refuted ${counts.refuted}, undecided ${counts.undecided}${counts.vacuous ? `, vacuous ${counts.vacuous} (a bound ≥ 1 needs no trial)` : ""}`;
  const a = counts.alphaSplit;
  if (!e.statistical || !a || e.alpha === undefined)
    return [[`decision: exact — every instance was decided in closed form or deterministically, so no sampling error is at stake; ${tally}`]];
  const parts = [
    plural(a.instances, "instance"),
    ...(a.searchSteps ? [`${a.searchSteps[0]}×${a.searchSteps[1]} search steps`] : []),
    plural(a.shrinks, "shrink candidate"),
    plural(a.confirmations, "confirmation"),
  ];
  return [
    [
      `decision: α = ${num(e.alpha)} for the claim — ${num(a.verdicts)} for its verdicts, split by Bonferroni over at most ${a.tests} tests (${parts.join(", ")}): ${num(e.alphaPerTest ?? a.verdicts / a.tests)} per test; ${num(a.figures)} for the re-estimated figures and the tightness; ${tally}`,
    ],
  ];
}

/** "loose by 35×" when the bound could be multiplied by less than 1/LOOSE_FACTOR and still not be refuted. */
export function looseness(t: Tightness | undefined): string | undefined {
  if (t?.unit !== "factor" || !(t.value >= 0)) return undefined;
  if (t.value === 0) return "loose: the bound times any factor > 0 is still not refuted";
  return 1 / t.value >= LOOSE_FACTOR ? `loose by ${fig(1 / t.value, 3)}× (the bound times ${fig(t.value, 3)} is still not refuted)` : undefined;
}

export function tightnessLine(tt: Tightness | undefined): Line[] {
  if (!tt) return [];
  const where: Line = tt.instance !== undefined ? [" — set by ", ...instanceCode(tt.instance)] : [];
  const how = tt.method === "exact" ? "exact" : `at confidence ${num(tt.confidence ?? NaN)}`;
  const over = tt.unit === "exponent" ? plural(tt.instances, "instance") : plural(tt.instances, "non-degenerate instance");
  if (tt.unit === "exponent") return [t`tightness: the least exponent not refuted is ${num(tt.value)} (${how}, over ${over})${where}`];
  if (tt.value === 0) return [t`tightness: c = 0 — the bound times any factor > 0 is still not refuted (${how}, over ${over})${where}`];
  const within =
    tt.value >= 1
      ? "the bound is attained"
      : tt.value >= 1 - 1e-6
        ? `the bound is attained to within a relative ${fig(1 - tt.value, 2)}`
        : `tight within ${fig(1 / tt.value, 4)}×`;
  return [
    t`tightness: ${within} — the smallest factor c such that the bound times c is still not refuted is ${ratioFig(tt.value, 5)} (${how}, over ${over})${where}`,
  ];
}

export function degeneracyLine(e: EvidenceCommon): Line[] {
  if (!e.degenerate.count) return [];
  const reasons = Object.entries(e.degenerate.reasons);
  const why = reasons.length === 1 ? `all with ${reasons[0][0]}` : reasons.map(([r, n]) => `${r}: ${n}`).join("; ");
  return [[`degenerate instances (kept out of the slack and the tightness): ${e.degenerate.count} — ${why}`]];
}

export function searchLine(e: EvidenceCommon): Line[] {
  const s = e.search;
  if (!s.moved.length) return [["worst-case search: none (no parameter of the claim is declared movable with `write`)"]];
  const gain =
    s.bestRandom !== undefined && s.bestAfterSearch !== undefined
      ? `; largest violation ratio ${ratioFig(s.bestRandom, 5)} among the random instances, ${ratioFig(s.bestAfterSearch, 5)} after the search`
      : "";
  const moved = `moving ${s.moved.join(", ")}`;
  if (!s.evaluations) return [[`worst-case search (${moved}): ${plural(s.starts, "start")}, no instance evaluated${gain}`]];
  return [[`worst-case search: ${plural(s.evaluations, "instance")} from ${plural(s.starts, "start")}, ${moved}${gain}`]];
}

function decadeEdge(x: number): string {
  const k = Math.round(Math.log10(x));
  return Math.abs(10 ** k - x) > 1e-9 * x ? fig(x, 3) : powerOfTen(k);
}

/** A bin's label from its edges when it has them ("[10⁻⁶, 10⁻⁵)", "[−4, −3.6)"), else the engine's label. */
export function binLabel(p: ParameterCoverage, b: CoverageBin, last: boolean): string {
  if (b.lo === undefined || b.hi === undefined) return b.label;
  if (b.lo === b.hi) return fig(b.lo, 6);
  // A decade reads [10ᵏ, 10ᵏ⁺¹) whatever its size (fig would print 0.01 beside 10⁻⁶).
  const edge = (x: number) => (p.scale === "integer" ? String(Math.round(x)) : p.scale === "log" ? decadeEdge(x) : fig(x, 3));
  return `[${edge(b.lo)}, ${edge(b.hi)}${last && p.scale !== "log" ? "]" : ")"}`;
}

export function boundaryLabel(p: ParameterCoverage, b: ParameterCoverage["boundaries"][number]): string {
  return b.end && b.value !== undefined ? `${p.name} = ${fig(b.value, 6)} (${b.end} end)` : b.label;
}

/** Classes (the claim's `classify` labels) listed in a report line. */
const MAX_CLASSES = 12;

export function coverageLines(c: Coverage): Line[] {
  const out: Line[] = [];
  if (c.labels) {
    // The most frequent classes; a claim with hundreds of classes lists the rest in audit.json only.
    const all = Object.entries(c.labels).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const shown = all
      .slice(0, MAX_CLASSES)
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ");
    out.push([
      `coverage by class (${plural(all.length, "class", "classes")}${all.length > MAX_CLASSES ? `, the ${MAX_CLASSES} most frequent shown; all in audit.json` : ""}): ${shown}`,
    ]);
  }
  for (const p of c.parameters) {
    const range = p.range ? `, ${p.scale === "log" ? "|·| in " : ""}[${fig(p.range[0], 4)}, ${fig(p.range[1], 4)}]` : "";
    const bins = p.bins.map((b, i) => `${binLabel(p, b, i === p.bins.length - 1)}: ${b.count}`).join(", ");
    const empty = p.bins.filter((b) => b.count === 0).length;
    const extra = [p.zeros ? `0: ${p.zeros}` : "", p.outside ? `outside the range: ${p.outside}` : ""].filter(Boolean).join("; ");
    const boundaries = p.boundaries.map((b) => `${boundaryLabel(p, b)} ${b.count ? `✓ ${b.count}` : "✗ never"}`).join("; ");
    const head = `coverage of ${p.name} (${p.scale}${range}; ${plural(p.readings, "value")}${empty ? `; ${plural(empty, "empty bin")}` : ""})`;
    out.push([
      `${head}: ${bins}`,
      ...(extra ? ["; ", ...(p.outside ? [strong(extra)] : [extra])] : []),
      ...(boundaries ? [` — boundaries: ${boundaries}`] : []),
    ]);
  }
  return out;
}

/** "300 random instances and 80 searched": what a headline says was tried. */
export function searchedText(e: EvidenceCommon): string {
  return `${plural(e.instances, "random instance")}${e.search.evaluations ? ` and ${e.search.evaluations} searched` : ""}`;
}

/** Where the reported counterexample comes from, as a headline says it ("lhs 2 > rhs 1 at the shrunk instance"). */
export const AT = {
  shrunk: "at the shrunk instance",
  simplified: "at the simplified instance",
  random: "at the first failing instance, which shrinking could not simplify",
  search: "at an instance of the worst-case search",
  replay: "at the replayed instance",
} as const;

export function counterexampleLines<D>(e: EvidenceCommon<D>, detail: (label: string, d: D) => Line[]): Line[] {
  const out: Line[] = [];
  const cx = e.counterexample;
  const worst = e.worstCounterexample;
  if (cx) {
    const origin = {
      shrunk: "shrunk",
      simplified: "simplified",
      random: "a random instance that shrinking could not simplify",
      search: "from the worst-case search",
      replay: "the replayed instance",
    }[cx.origin];
    out.push(t`counterexample (${origin}): ${instanceCode(cx.instance)}`);
    out.push(...detail("at the counterexample", cx.detail));
    out.push(t`replay: ${code(cx.replay)}`);
  }
  if (worst) {
    if (cx && worst.instanceHash === cx.instanceHash) out.push(["worst violation found: the counterexample itself"]);
    else {
      const from = {
        random: "a random instance",
        search: "the worst-case search",
        shrunk: "a candidate met while shrinking",
        simplified: "a simplification",
        replay: "the replayed instance",
      }[worst.origin];
      out.push(t`worst violation found (largest violation ratio, from ${from}): ${instanceCode(worst.instance)}`);
      out.push(...detail("at the worst violation", worst.detail));
      out.push(t`replay: ${code(worst.replay)}`);
    }
  }
  return out;
}

export function tailLines(e: EvidenceCommon): Line[] {
  return [
    ...(e.timedOut ? [[strong("time limit"), `: ${e.timedOut.limitSeconds} s reached during ${e.timedOut.phase}; the rest was not run`]] : []),
    ...e.notes.map((n) => [`note: ${n}`]),
  ];
}

export { join };
