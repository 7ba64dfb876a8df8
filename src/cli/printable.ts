/**
 * Text from a claim's own code (an exception's message, an instance, a note) printed on a terminal with its
 * control characters escaped: a newline cannot forge a result line, an escape sequence cannot recolour, move
 * the cursor or retitle the terminal, and a bidirectional override cannot reorder what is shown. C0 and C1
 * controls and DEL become `\n`, `\t`, `\r` or `\u001b`-style escapes; the Unicode bidi and line/paragraph
 * separators are escaped the same way. Everything else, non-ASCII letters and symbols included, is kept.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\t": "\\t", "\r": "\\r" };

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A copy of `value` with every string in it made printable (for results rendered as several lines). */
export function printableDeep<T>(value: T): T {
  if (typeof value === "string") return printable(value) as T;
  if (Array.isArray(value)) return value.map(printableDeep) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableDeep(v)])) as T;
  }
  return value;
}
