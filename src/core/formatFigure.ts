/**
 * How figures read in signcheck's reports, terminal lines and vitest messages — one formatter, so a number
 * reads the same everywhere. Significant digits without trailing zeros; outside [10⁻³, 10⁵) the
 * scientific form a paper prints, 3.56×10¹⁹ (10⁻⁴ for a mantissa of 1); a minus sign, not a hyphen; ∞
 * spelled out. Two figures compared side by side get as many digits as it takes to tell them apart
 * (lhs 1.0000213 > rhs 1.0000208, never "1.00002 > 1.00002"), and a ratio near 1 is written as its
 * distance from 1 (1 + 2.6×10⁻⁵). A missing figure is never printed as "n/a": sections leave it out.
 */

const SUPERSCRIPT: Record<string, string> = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };
const MINUS = "−";

function strip(mantissa: string): string {
  return mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
}

/** `x` with `digits` significant digits (default 4). */
export function fig(x: number, digits = 4): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : `${MINUS}∞`;
  if (x === 0) return "0";
  const sign = x < 0 ? MINUS : "";
  const a = Math.abs(x);
  const d = Math.min(Math.max(1, Math.round(digits)), 17);
  if (a >= 1e-3 && a < 1e5) {
    const plain = strip(a.toPrecision(d));
    // toPrecision switches to exponent form itself past 10^d (e.g. 12345 at 3 digits): round to an integer instead.
    return sign + (plain.includes("e") ? String(Math.round(Number(plain))) : plain);
  }
  const [m, e] = a.toExponential(d - 1).split("e");
  const exponent = [...String(Number(e))].map((c) => SUPERSCRIPT[c]).join("");
  const mantissa = strip(m);
  return `${sign}${mantissa === "1" ? "" : `${mantissa}×`}10${exponent}`;
}

/** 10ᵏ written as a power ("10⁻³", "1", "10", "10²"). */
export function powerOfTen(k: number): string {
  if (k === 0) return "1";
  if (k === 1) return "10";
  return `10${[...String(k)].map((c) => SUPERSCRIPT[c]).join("")}`;
}

/** Two figures with as many digits (at least `digits`) as it takes for them to read differently when they differ. */
export function figs(a: number, b: number, digits = 4): [string, string] {
  let d = digits;
  while (d < 17 && a !== b && fig(a, d) === fig(b, d)) d++;
  return [fig(a, d), fig(b, d)];
}

/** A ratio: near 1 it is written as its distance from 1 ("1 + 2.6×10⁻⁵"), else as a figure. */
export function ratioFig(r: number, digits = 4): string {
  if (!Number.isFinite(r) || r === 1) return fig(r, digits);
  const off = r - 1;
  if (Math.abs(off) < 10 ** -(digits - 1)) return `1 ${off > 0 ? "+" : MINUS} ${fig(Math.abs(off), 2)}`;
  return fig(r, digits);
}

/** "1 instance", "3 instances"; the plural is `noun + "s"` unless given. */
export function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : many}`;
}

/** An interval "[lo, hi]" (an end at ±∞ is open: "[lo, ∞)"). */
export function interval(lo: number, hi: number, digits = 4): string {
  const [a, b] = figs(lo, hi, digits);
  return `${lo === -Infinity ? "(" : "["}${a}, ${b}${hi === Infinity ? ")" : "]"}`;
}
