/**
 * Report lines every kind shares: the run line, the decision's α, the degenerate instances, the
 * worst-case search, the coverage per declared parameter, the tightness (and whether the bound is
 * loose), counterexamples with their replay commands, and the notes. Lines are plain text with
 * `code` spans; the Markdown report bullets them, the plain-text account indents them. Numbers go
 * through the one formatter (core/formatNumber), so a figure reads the same everywhere.
 */
import { formatNumber } from "../../core/formatNumber.ts";
import { LOOSE_FACTOR } from "../../core/tolerance.ts";
import type { Counterexample, Coverage, EvidenceCommon, Tightness } from "../../claims/types.ts";

export const num = (x: unknown): string => formatNumber(x, 5);

export function runLine(e: EvidenceCommon): string {
  return `evidence: seed ${e.seed}, budget ${e.budget}; ${e.instances} instances, ${e.tests} tests, ${e.trials} trials, ${e.failures} failures${e.diverged ? `, ${e.diverged} diverged` : ""}`;
}

export function alphaLine(e: EvidenceCommon, counts?: { certified: number; refuted: number; undecided: number; vacuous?: number }): string[] {
  if (e.alpha === undefined) return [];
  const c = counts ? `; certified ${counts.certified}, refuted ${counts.refuted}, undecided ${counts.undecided}${counts.vacuous ? `, vacuous ${counts.vacuous}` : ""}` : "";
  return [`decision: α = ${e.alpha} (${e.statistical ? `${num(e.alphaPerTest)} per test` : "no sampling: exact"})${c}`];
}

/** "loose by 35×" when the bound could be multiplied by less than 1/LOOSE_FACTOR and still not be refuted. */
export function looseness(t: Tightness | undefined): string | undefined {
  if (!t || t.unit !== "factor" || !(t.value >= 0)) return undefined;
  if (t.value === 0) return "loose: the bound times any factor > 0 is still not refuted";
  return 1 / t.value >= LOOSE_FACTOR ? `loose by ${num(1 / t.value)}× (the bound times ${num(t.value)} is still not refuted)` : undefined;
}

export function tightnessLine(t: Tightness | undefined): string[] {
  if (!t) return [];
  const where = t.instance !== undefined ? ` at \`${JSON.stringify(t.instance)}\`` : "";
  const how = t.method === "exact" ? "exact" : `at confidence ${num(t.confidence)}`;
  if (t.unit === "exponent") return [`tightness: the least exponent not refuted is ${num(t.value)} (${how}, over ${t.instances} instances)${where}`];
  const within = t.value > 0 ? `tight within ${num(1 / t.value)}×` : "no instance comes near the bound";
  return [`tightness: ${within} — the smallest factor c with bound × c not refuted is ${num(t.value)} (${how}, over ${t.instances} non-degenerate instances)${where}`];
}

export function degeneracyLine(e: EvidenceCommon): string[] {
  if (!e.degenerate.count) return [];
  const reasons = Object.entries(e.degenerate.reasons).map(([r, n]) => `${r}: ${n}`).join("; ");
  return [`degenerate instances (excluded from slack and tightness): ${e.degenerate.count} — ${reasons}`];
}

export function searchLine(e: EvidenceCommon): string[] {
  const s = e.search;
  if (!s.moved.length) return [];
  const gain = s.bestRandom !== undefined && s.bestAfterSearch !== undefined ? `; worst violation ratio ${num(s.bestRandom)} among the random instances, ${num(s.bestAfterSearch)} after the search` : "";
  return [`worst-case search: ${s.evaluations} instances from ${s.starts} start(s), moving ${s.moved.join(", ")}${gain}`];
}

export function coverageLines(c: Coverage): string[] {
  const out: string[] = [];
  if (c.labels) out.push(`coverage: ${Object.entries(c.labels).map(([k, v]) => `${k}: ${v}`).join(", ")}`);
  for (const p of c.parameters) {
    const range = p.range ? ` ${p.scale === "log" ? "|·| in " : ""}[${num(p.range[0])}, ${num(p.range[1])}]` : "";
    const bins = p.bins.map((b) => `${b.label} ${b.count}`).join(", ");
    const extra = [p.zeros ? `0: ${p.zeros}` : "", p.outside ? `**outside the range: ${p.outside}**` : ""].filter(Boolean).join(", ");
    const empty = p.bins.filter((b) => b.count === 0).length;
    const boundaries = p.boundaries.map((b) => `${b.label} ${b.count ? `✓ ${b.count}` : "✗ never"}`).join("; ");
    out.push(`coverage of ${p.name} (${p.scale}${range}, ${p.readings} values${empty ? `, ${empty} empty bin(s)` : ""}): ${bins}${extra ? `; ${extra}` : ""}${boundaries ? ` — boundaries: ${boundaries}` : ""}`);
  }
  return out;
}

export function counterexampleLines<D>(e: EvidenceCommon<D>, detail: (label: string, d: D) => string[]): string[] {
  const out: string[] = [];
  const cx = e.counterexample;
  const worst = e.worstCounterexample;
  if (cx) {
    out.push(`counterexample (${cx.origin === "shrunk" ? "shrunk" : cx.origin === "simplified" ? "simplified" : cx.origin}): \`${JSON.stringify(cx.instance)}\``);
    out.push(...detail("at the counterexample", cx.detail));
    out.push(`replay: \`${cx.replay}\``);
  }
  if (worst) {
    if (cx && worst.instanceHash === cx.instanceHash) out.push("worst violation found: the same instance (shrinking kept no smaller one)");
    else {
      const from = { random: "a random instance", search: "the worst-case search", shrunk: "a candidate met while shrinking", simplified: "a simplification", replay: "the replayed instance" }[worst.origin];
      out.push(`worst violation found (largest violation ratio, from ${from}): \`${JSON.stringify(worst.instance)}\``);
      out.push(...detail("at the worst violation", worst.detail));
      out.push(`replay: \`${worst.replay}\``);
    }
  }
  return out;
}

export function tailLines(e: EvidenceCommon): string[] {
  return [...(e.timedOut ? [`**time limit**: ${e.timedOut.limitSeconds} s reached during ${e.timedOut.phase}`] : []), ...e.notes.map((n) => `note: ${n}`)];
}
