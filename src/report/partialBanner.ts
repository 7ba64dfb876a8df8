/**
 * The first lines of a partial audit report (`audit.partial.md`): a run that was interrupted, crashed or killed
 * before every claim was decided. It says how much was decided, which claims are missing, and the command that
 * resumes the run from its journal; the report below it holds only decided claims.
 */
export interface PartialInfo {
  readonly decided: number;
  readonly total: number;
  readonly missing: readonly string[];
  readonly resume: string;
  readonly shard?: string;
}

export function partialBanner(p: PartialInfo): string {
  const shown = p.missing.slice(0, 20).join(", ");
  return [
    `> **PARTIAL REPORT** — ${p.decided} of ${p.total} claims decided${p.shard ? ` (shard ${p.shard})` : ""}; the run stopped before the rest.`,
    `> Missing: ${shown}${p.missing.length > 20 ? `, and ${p.missing.length - 20} more` : ""}.`,
    `> Resume it: \`${p.resume}\``,
    "",
  ].join("\n");
}
