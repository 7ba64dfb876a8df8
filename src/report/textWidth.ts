/**
 * Text widths without a canvas, for laying out plot labels headless. Vega measures text with a
 * canvas when one exists and otherwise guesses 0.8·fontSize per character, which is ~50 % too wide
 * for a proportional sans-serif font (axis titles drift away from their ticks, labels are dropped as
 * "overlapping" when they are not). We measure instead with the advance widths of Helvetica (Adobe's
 * Core 14 font metrics, units of 1/1000 em), which Arial and Liberation Sans share by design, and the
 * figures name exactly those fonts (chartTheme.ts), so a viewer renders them at the widths assumed
 * here. Characters outside printable ASCII get a class width (Greek and mathematical symbols ≈ 0.6 em,
 * combining marks 0, East Asian wide characters 1 em). Deterministic: no font file, no system font.
 */

/** Helvetica advance widths for the characters 32…126 (space … tilde), regular weight. */
const REGULAR = [
  278,
  278,
  355,
  556,
  556,
  889,
  667,
  191,
  333,
  333,
  389,
  584,
  278,
  333,
  278,
  278, // space ! " # $ % & ' ( ) * + , - . /
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  278,
  278,
  584,
  584,
  584,
  556, // 0-9 : ; < = > ?
  1015,
  667,
  667,
  722,
  722,
  667,
  611,
  778,
  722,
  278,
  500,
  667,
  556,
  833,
  722,
  778, // @ A-O
  667,
  778,
  722,
  667,
  611,
  722,
  667,
  944,
  667,
  667,
  611,
  278,
  278,
  278,
  469,
  556, // P-Z [ \ ] ^ _
  333,
  556,
  556,
  500,
  556,
  556,
  278,
  556,
  556,
  222,
  222,
  500,
  222,
  833,
  556,
  556, // ` a-o
  556,
  556,
  333,
  500,
  278,
  556,
  500,
  722,
  500,
  500,
  500,
  334,
  260,
  334,
  584, // p-z { | } ~
];

/** Helvetica-Bold advance widths for the characters 32…126. */
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584,
  611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333,
  584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280,
  389, 584,
];

/** Widths of the non-ASCII characters our figures use (Helvetica where it has them, else a close glyph). */
const SPECIAL: Readonly<Record<string, number>> = {
  "\u00a0": 278, // no-break space
  "−": 584, // minus, as wide as +
  "–": 556,
  "—": 1000,
  "·": 278,
  "×": 584,
  "÷": 584,
  "±": 584,
  "≤": 584,
  "≥": 584,
  "≈": 584,
  "≠": 584,
  "∞": 713,
  "‖": 500,
  "∇": 713,
  "∑": 713,
  "√": 549,
  "…": 1000,
  "‘": 222,
  "’": 222,
  "“": 333,
  "”": 333,
  "°": 400,
  µ: 556,
};

/** Superscript and subscript digits and signs: about 0.6 of a digit. */
const SCRIPT = /[\u2070-\u209f\u00b2\u00b3\u00b9]/u;
/** Combining marks take no advance. */
const COMBINING = /\p{M}/u;
/** East Asian wide and full-width characters. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32];
  const special = SPECIAL[ch];
  if (special !== undefined) return bold ? special * 1.05 : special;
  if (COMBINING.test(ch)) return 0;
  if (SCRIPT.test(ch)) return 350;
  if (WIDE.test(ch)) return 1000;
  // Greek, Cyrillic and everything else: a lower-case Helvetica letter is 500–611.
  return bold ? 611 : 578;
}

/** Width in pixels of one line of text at `fontSize` px, regular or bold. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, bold);
  return (w * fontSize) / 1000;
}

/** Whether a CSS font-weight names a bold face (Helvetica-Bold metrics apply from 600 up). */
export function isBold(fontWeight: unknown): boolean {
  if (fontWeight === undefined || fontWeight === null) return false;
  if (typeof fontWeight === "number") return fontWeight >= 600;
  const w = String(fontWeight).toLowerCase();
  return w === "bold" || w === "bolder" || (/^\d+$/.test(w) && Number(w) >= 600);
}
