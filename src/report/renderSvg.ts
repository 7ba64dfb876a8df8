/**
 * Renders a Vega-Lite specification to a standalone SVG string, headless: vega-lite compiles the spec
 * to Vega, a Vega View with the "none" renderer lays out the scenegraph and `view.toSVG()` serialises
 * it. Nothing is fetched and nothing is drawn on a canvas:
 * - data must be inline (`data.values`); the View's loader refuses every load, file or URL
 *   (a spec that names a URL fails with an InputError instead of reaching the network);
 * - text is measured with Helvetica's advance widths (textWidth.ts) instead of node-canvas, which is
 *   not installed, and instead of Vega's fallback guess of 0.8·fontSize a character;
 * - the ids Vega gives clip paths and gradients restart for every figure and are then prefixed with
 *   a hash of the compiled spec, so the same input gives the same bytes and several figures can be
 *   inlined in one HTML page without their ids colliding.
 * Renders are serialised (one at a time): Vega keeps its id counters and text metrics in module state.
 * vega and vega-lite are loaded on the first render, not when this module is imported (they take
 * about a second to load, which every importer of the package would otherwise pay).
 * References: Satyanarayan et al. 2017 (Vega-Lite, IEEE TVCG 23(1)); vega 6.4.0, vega-lite 6.4.3.
 */
import type * as Vega from "vega";
import type { TopLevelSpec } from "vega-lite";
import { InputError } from "../core/errors.ts";
import { hashString } from "../core/hash.ts";
import { isBold, textWidth } from "./textWidth.ts";

export type VegaLiteSpec = TopLevelSpec;

export interface RenderSvgOptions {
  /** Prefix of the SVG's internal ids (default: "f" + a hash of the compiled spec). */
  readonly idPrefix?: string;
}

type VegaLib = typeof Vega;
type VegaLiteLib = typeof import("vega-lite");

// Module state that carries no option: the libraries, loaded once on first use and never changed after (a memoised
// immutable value, the same for every caller).
let libraries: Promise<{ vega: VegaLib; vegaLite: VegaLiteLib }> | undefined;

function loadLibraries(): Promise<{ vega: VegaLib; vegaLite: VegaLiteLib }> {
  libraries ??= Promise.all([import("vega"), import("vega-lite")]).then(([vega, vegaLite]) => ({ vega: vega as VegaLib, vegaLite: vegaLite as VegaLiteLib }));
  return libraries;
}

/**
 * A loader that refuses everything: figures are rendered from inline data only. Vega logs a failed
 * load and renders an empty mark, so the refusals are also recorded and turned into an error after
 * the run.
 */
function refusingLoader(refused: unknown[]): Vega.Loader {
  const refuse =
    (what: string) =>
    async (uri: unknown): Promise<never> => {
      refused.push(uri);
      throw new InputError("figure data", uri, `inline data (data.values); ${what} is disabled when rendering figures`);
    };
  return {
    load: refuse("loading"),
    sanitize: refuse("loading") as Vega.Loader["sanitize"],
    http: refuse("network access"),
    file: refuse("file access"),
  } as unknown as Vega.Loader;
}

interface TextItem {
  readonly fontSize?: number;
  readonly fontWeight?: string | number;
}

/**
 * Vega's text-width hook. It returns the full width of the line: Vega calls the same hook from its
 * own truncation (to find where an over-long label must be cut), so the hook must not truncate; a
 * label Vega does cut is then reserved its full width — a little white space, never a clipped label.
 */
function measure(item: TextItem, text: unknown): number {
  const size = item.fontSize ?? 11;
  if (!(size > 0) || text === null || text === undefined) return 0;
  return textWidth(String(text).trim(), size, isBold(item.fontWeight));
}

interface VegaInternals {
  readonly textMetrics: { width: (item: TextItem, text: unknown) => number };
  readonly resetSVGDefIds: () => void;
}

/** Every internal id in the SVG, prefixed (ids, url(#…) and href="#…" references alike). */
function prefixIds(svg: string, prefix: string): string {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  if (ids.size === 0) return svg;
  const escaped = [...ids].sort((a, b) => b.length - a.length).map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(\\sid="|url\\(#|href="#)(${escaped.join("|")})(?=[")])`, "g");
  return svg.replace(pattern, (_m, lead: string, id: string) => `${lead}${prefix}-${id}`);
}

/** What must never appear in a figure: a reference to anything outside the SVG itself. */
const EXTERNAL = [/\b(?:href|src)\s*=\s*"(?!#)/i, /url\(\s*(?!['"]?#)/i, /@import/i];

/** Throws when the SVG references anything outside itself (a URL, a file, a stylesheet). */
export function assertSelfContained(svg: string): void {
  for (const pattern of EXTERNAL) {
    const m = pattern.exec(svg);
    if (m) throw new InputError("svg", svg.slice(Math.max(0, m.index - 40), m.index + 60), "a figure with no external reference");
  }
}

/** A vega-lite logger that keeps warnings and errors instead of printing them. */
function collectingLogger(into: string[]): Vega.LoggerInterface {
  let level = 0;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: readonly unknown[]) {
      into.push(args.map(String).join(" "));
      return logger;
    },
    warn(...args: readonly unknown[]) {
      into.push(args.map(String).join(" "));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger as unknown as Vega.LoggerInterface;
}

// Module state that carries no option: the tail of the render queue. Renders run one at a time because vega's text
// metrics and SVG definition ids are process-wide; the queue only orders them.
let queue: Promise<unknown> = Promise.resolve();

async function renderNow(spec: VegaLiteSpec, options: RenderSvgOptions): Promise<string> {
  const { vega, vegaLite } = await loadLibraries();
  const { textMetrics: metrics, resetSVGDefIds: resetIds } = vega as unknown as VegaInternals;
  let compiled: Vega.Spec;
  const warnings: string[] = [];
  const title = JSON.stringify((spec as { title?: unknown }).title ?? "(untitled)");
  try {
    compiled = vegaLite.compile(spec, { logger: collectingLogger(warnings) }).spec as Vega.Spec;
  } catch (error) {
    throw new InputError("spec", title, "a valid Vega-Lite specification", error instanceof Error ? error.message : String(error));
  }
  // A warning means vega-lite ignored or changed part of the spec: the figure would not show what was asked.
  if (warnings.length) throw new InputError("spec", title, "a Vega-Lite specification that compiles without warnings", warnings.join("; "));
  const prefix = options.idPrefix ?? `f${hashString(JSON.stringify(compiled)).slice(0, 8)}`;
  if (!/^[A-Za-z][\w-]*$/.test(prefix)) throw new InputError("idPrefix", prefix, "a letter followed by letters, digits, _ or -");
  const saved = metrics.width;
  metrics.width = measure;
  try {
    resetIds();
    const refused: unknown[] = [];
    const view = new vega.View(vega.parse(compiled), { renderer: "none", loader: refusingLoader(refused), logLevel: vega.None });
    try {
      await view.runAsync();
      if (refused.length) throw new InputError("figure data", refused[0], "inline data (data.values): figures never load files or URLs");
      const svg = prefixIds(await view.toSVG(), prefix);
      assertSelfContained(svg);
      return svg;
    } finally {
      view.finalize();
    }
  } finally {
    metrics.width = saved;
  }
}

/** The SVG of a Vega-Lite spec (inline data only). Same spec, same bytes. */
export function renderSvg(spec: VegaLiteSpec, options: RenderSvgOptions = {}): Promise<string> {
  const result = queue.then(() => renderNow(spec, options));
  queue = result.catch(() => undefined);
  return result;
}
