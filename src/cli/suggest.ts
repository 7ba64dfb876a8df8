/**
 * "Did you mean …" for a claim id or `--only` pattern that matched nothing: the ids whose item (the part after
 * `<paper-key>/`) is exactly what was typed (the paper key was left out), else the ids within a few edits of it
 * (optimal-string-alignment distance, at most max(2, ⌊length/4⌋) edits), closest first, at most three.
 */
const MAX_SUGGESTIONS = 3;
// Longer input is no typo of an id (ids are short); skipping it bounds the quadratic distance computation.
const MAX_LENGTH = 200;

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}

export function suggest(typed: string, ids: readonly string[]): string[] {
  if (typed.length > MAX_LENGTH) return [];
  const sameItem = ids.filter((id) => id.slice(id.indexOf("/") + 1) === typed);
  if (sameItem.length) return sameItem.slice(0, MAX_SUGGESTIONS);
  const limit = Math.max(2, Math.floor(typed.length / 4));
  return ids
    .map((id) => ({ id, d: editDistance(typed, id) }))
    .filter(({ d }) => d <= limit)
    .sort((x, y) => x.d - y.d)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ id }) => id);
}

/** " (did you mean a or b?)"-style hint, or "" when nothing is close. */
export function didYouMean(typed: string, ids: readonly string[]): string {
  const close = suggest(typed, ids);
  return close.length ? `did you mean ${close.map((s) => JSON.stringify(s)).join(" or ")}?` : "";
}
