/**
 * `--only` patterns: an exact claim id, or a glob in which `*` matches any run of characters (none included,
 * `/` included); every other character matches itself, case-sensitively. No regular expression is built from
 * the pattern: the literal pieces between stars are placed left to right, each at its first occurrence after the
 * previous one — the leftmost placement leaves the most room for the rest, so it is never wrong and never
 * revisited (no backtracking; one pass over the id per piece, whatever the number of stars).
 */
export function globMatch(pattern: string, text: string): boolean {
  const pieces = pattern.split("*");
  if (pieces.length === 1) return pattern === text;
  const head = pieces[0];
  const tail = pieces[pieces.length - 1];
  if (text.length < head.length + tail.length || !text.startsWith(head) || !text.endsWith(tail)) return false;
  const end = text.length - tail.length;
  let at = head.length;
  for (const piece of pieces.slice(1, -1)) {
    if (piece === "") continue;
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}
