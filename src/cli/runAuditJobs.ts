/**
 * Runs the claims of an audit — one job per (root seed, claim) — in this thread (`workers: 1`) or over a pool
 * of worker threads (tinypool), and hands each result over as soon as it is decided (the caller journals it).
 * The results do not depend on the number of workers or the order the jobs run in: every random stream is
 * keyed by (root seed, claim, instance, trial), and the caller puts the results back in the claims' order.
 *
 * With workers, time limits are hard: a claim still running HARD_LIMIT_FACTOR × its limit + HARD_LIMIT_GRACE_S
 * after it started (its own cooperative limit, checked between evaluations and trials, should have ended it) has a
 * check that does not return; its worker is terminated and a fresh one started, the claim is `inconclusive` with
 * the reason, and the audit goes on. A worker that dies under a claim (out of memory — bounded per worker by
 * `memoryLimitMb` —, or killed) makes that claim `error` with the reason, and the audit goes on. In this thread
 * (`workers: 1`) neither can be caught: a check that never returns blocks the audit there.
 */
import { availableParallelism } from "node:os";
import { MessageChannel } from "node:worker_threads";
import Tinypool from "tinypool";
import { abandonedResult, auditClaim, timeLimitOf } from "../claims/auditClaim.ts";
import type { BudgetLevel, Claim, ClaimResult } from "../claims/types.ts";
import type { DataOptions } from "../data/dataAccess.ts";
import type { AuditTask, WorkerMessage } from "./auditWorker.ts";

/** A claim still running this many times its time limit after it started is stuck in code the cooperative limit cannot reach … */
export const HARD_LIMIT_FACTOR = 1.25;
/** … plus this many seconds, for the claim to wrap up after its cooperative limit (a last trial, the evidence). */
export const HARD_LIMIT_GRACE_S = 1;

export interface AuditJob {
  readonly seed: number;
  readonly claim: Claim;
}

export interface RunJobsOptions {
  /** 1: in this thread; more: that many worker threads. */
  readonly workers: number;
  /** The claims modules of the run as given (none: the built-in theorems), which workers load themselves. */
  readonly modules: readonly string[];
  readonly budget: BudgetLevel;
  readonly timeLimitSeconds?: number;
  readonly data?: DataOptions;
  readonly moduleOf?: (id: string) => readonly string[];
  /** Heap limit of each worker thread (old generation, MB). */
  readonly memoryLimitMb?: number;
  /** Expected cost of a job (e.g. its duration in the last run): in workers, costly jobs start first, so the slowest claim does not finish alone at the end. */
  readonly costOf?: (job: AuditJob) => number | undefined;
  readonly onStart?: (job: AuditJob) => void;
  readonly onProgress?: (job: AuditJob, message: string) => void;
  readonly onDone?: (job: AuditJob, result: ClaimResult) => void;
  /** Polled between jobs: true stops dispatching (jobs in flight are abandoned when running in workers). */
  readonly stopRequested?: () => boolean;
}

/** The default number of workers: the cores this process may use. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** The worker thread's entry (bin/, beside src/ and dist/ alike). */
const WORKER_ENTRY = new URL("../../bin/auditWorker.js", import.meta.url);

/** Runs the jobs; resolves to their results in the jobs' order (undefined where stopped before a job ran). */
export async function runAuditJobs(jobs: readonly AuditJob[], options: RunJobsOptions): Promise<(ClaimResult | undefined)[]> {
  const results: (ClaimResult | undefined)[] = new Array(jobs.length).fill(undefined);
  const order = jobs.map((job, i) => ({ job, i, cost: options.costOf?.(job) ?? 0 }));
  // In workers, costly jobs first (a stable sort: equal costs keep the claims' order); in this thread the order
  // changes nothing but the order of the lines, so it stays the claims' own.
  if (options.workers > 1) order.sort((a, b) => b.cost - a.cost);
  const auditOptions = (job: AuditJob) => ({
    seed: job.seed,
    budget: options.budget,
    timeLimitSeconds: options.timeLimitSeconds,
    modules: options.moduleOf?.(job.claim.id) ?? [],
    data: options.data,
  });
  if (options.workers <= 1) {
    for (const { job, i } of order) {
      if (options.stopRequested?.()) break;
      options.onStart?.(job);
      const r = auditClaim(job.claim, { ...auditOptions(job), progress: (m) => options.onProgress?.(job, m) });
      results[i] = r;
      options.onDone?.(job, r);
      // Let signal handlers and output run between claims.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return results;
  }
  const pool = new Tinypool({
    filename: WORKER_ENTRY.href,
    minThreads: Math.min(options.workers, jobs.length),
    maxThreads: options.workers,
    idleTimeout: 60_000,
    ...(options.memoryLimitMb !== undefined && { resourceLimits: { maxOldGenerationSizeMb: options.memoryLimitMb } }),
  });
  const inFlight = new Set<AbortController>();
  const runOne = async (job: AuditJob, i: number): Promise<void> => {
    const controller = new AbortController();
    inFlight.add(controller);
    const channel = new MessageChannel();
    let startedAt: number | undefined;
    let timer: NodeJS.Timeout | undefined;
    const limit = timeLimitOf(job.claim, options.budget, options.timeLimitSeconds);
    let timedOut = false;
    channel.port1.on("message", (m: WorkerMessage) => {
      if (m.type === "start" && startedAt === undefined) {
        startedAt = performance.now();
        options.onStart?.(job);
        timer = setTimeout(
          () => {
            timedOut = true;
            controller.abort();
          },
          (limit * HARD_LIMIT_FACTOR + HARD_LIMIT_GRACE_S) * 1000,
        );
      } else if (m.type === "progress") options.onProgress?.(job, m.message);
    });
    const task: AuditTask = { modules: options.modules, id: job.claim.id, options: auditOptions(job), port: channel.port2 };
    let result: ClaimResult | undefined;
    try {
      result = (await pool.run(task, { signal: controller.signal, transferList: [channel.port2] })) as ClaimResult;
    } catch (error) {
      const waited = startedAt === undefined ? 0 : performance.now() - startedAt;
      if (timedOut) result = abandonedResult(job.claim, auditOptions(job), { timedOut: true, limitSeconds: limit, durationMs: waited });
      else if (!controller.signal.aborted)
        result = abandonedResult(job.claim, auditOptions(job), {
          timedOut: false,
          reason: error instanceof Error ? error.message : String(error),
          durationMs: waited,
        });
      // else: stopped on request; the claim stays undecided
    } finally {
      clearTimeout(timer);
      channel.port1.close();
      inFlight.delete(controller);
    }
    if (result) {
      results[i] = result;
      options.onDone?.(job, result);
    }
  };
  try {
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < order.length && !options.stopRequested?.()) {
        const { job, i } = order[next++];
        await runOne(job, i);
      }
    };
    const stopWatch = setInterval(() => {
      if (options.stopRequested?.()) for (const c of inFlight) c.abort();
    }, 100);
    try {
      await Promise.all(Array.from({ length: Math.min(options.workers, order.length) }, lane));
    } finally {
      clearInterval(stopWatch);
    }
  } finally {
    await pool.destroy();
  }
  return results;
}
