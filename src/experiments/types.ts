/**
 * What an experiment is: a named, seeded computation that composes signcheck's building blocks
 * (optimizers, oracles, noise laws, the data-set objective, the smoothness auditor) and returns a
 * report as plain data — Markdown sections, figures as Vega-Lite specs, raw series — which
 * runExperiment.ts renders and writes. An experiment works in units (one optimizer run, say) and
 * calls `checkpoint` between them: that reports progress, yields to the event loop (so Ctrl-C is
 * noticed) and tells it to stop; a stopped experiment reports what it finished, marked partial.
 */
import type { Stream } from "../core/stream.ts";
import type { LabelledData } from "../data/readLibsvm.ts";
import type { VegaLiteSpec } from "../report/renderSvg.ts";

export interface ExperimentContext {
  /** Root seed: every random stream is keyed by (seed, experiment, label, repeat). */
  readonly seed: number;
  /** Number of repeats (independent runs) of each configuration. */
  readonly repeats: number;
  /** Smoke size: the smallest run that exercises every code path (what the tests run). */
  readonly smoke: boolean;
  /** The data sets the experiment declared in `datasets`, loaded. */
  readonly data: Readonly<Record<string, LabelledData>>;
  /** A fresh stream for (label, repeat), independent of every other label and repeat. */
  stream(label: string, repeat: number): Stream;
  /**
   * Between units: records progress (`done` of `total` units, what is running) and yields to the
   * event loop; resolves to false when the run must stop (Ctrl-C), and the experiment then reports
   * what it has.
   */
  checkpoint(done: number, total: number, label: string): Promise<boolean>;
  /** True once a stop was requested. */
  readonly stopped: boolean;
}

export interface Figure {
  /** File name of the SVG (e.g. "loss-iterations.svg"), written beside the Markdown. */
  readonly file: string;
  /** One sentence under the figure: what is plotted and what the band is. */
  readonly caption: string;
  readonly spec: VegaLiteSpec;
}

export interface RawFile {
  /** File name ("series.csv", "results.json"). */
  readonly file: string;
  readonly content: string;
}

export interface ReportSection {
  readonly heading: string;
  /** Markdown. */
  readonly body: string;
  /** Figures (by file name) shown at the end of the section. */
  readonly figures?: readonly string[];
}

export interface ExperimentReport {
  /** One line for the terminal: the headline result. */
  readonly headline: string;
  /** Markdown paragraphs under the title: what was run and what it shows, plainly. */
  readonly summary: string;
  readonly sections: readonly ReportSection[];
  readonly figures: readonly Figure[];
  readonly raw: readonly RawFile[];
  /** Machine-readable results (numbers, intervals, settings), written to results.json. */
  readonly results: Readonly<Record<string, unknown>>;
}

export interface Experiment {
  readonly name: string;
  readonly title: string;
  /** One line: what it reproduces, with the reference key(s) of src/references.ts. */
  readonly description: string;
  /** Registered data sets it needs (looked up by the data-set look-up; none for synthetic ones). */
  readonly datasets: readonly string[];
  readonly defaultRepeats: number;
  readonly smokeRepeats: number;
  /** Least repeats that make its intervals meaningful. */
  readonly minRepeats: number;
  run(ctx: ExperimentContext): Promise<ExperimentReport>;
}
