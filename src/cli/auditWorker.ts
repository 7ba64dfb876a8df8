/**
 * What an audit worker thread does with one task (the thread itself is bin/auditWorker.js, which sets up the
 * module loaders first): find the claim — among the built-in theorems, or in the claims modules named on the
 * command line, loaded once per worker and kept — audit it with `auditClaim`, and return its result (plain data,
 * structured-cloned to the main thread). Over the task's port it says when the claim starts (the main thread's
 * hard time limit runs from there, not from the worker's start-up) and relays the claim's progress lines.
 */
import type { MessagePort } from "node:worker_threads";
import { auditClaim, type AuditOptions } from "../claims/auditClaim.ts";
import type { ClaimResult } from "../claims/types.ts";
import { loadClaims, type BuiltinClaims, type ImportModule, type LoadedClaims } from "./loadClaims.ts";

export interface AuditTask {
  /** The claims modules of the run as given on the command line (none: the built-in theorems). */
  readonly modules: readonly string[];
  readonly id: string;
  readonly options: Omit<AuditOptions, "progress" | "path" | "instance">;
  /** Where the worker posts `{ type: "start" }` and `{ type: "progress", message }`. */
  readonly port?: MessagePort;
}

export type WorkerMessage = { readonly type: "start" } | { readonly type: "progress"; readonly message: string };

/** Progress lines are relayed at most this often (ms): the main thread only shows the latest. */
const PROGRESS_INTERVAL_MS = 250;

const loaded = new Map<string, Promise<LoadedClaims>>();

export async function auditTask(task: AuditTask, how: { builtins: BuiltinClaims; importModule: ImportModule }): Promise<ClaimResult> {
  const key = JSON.stringify(task.modules);
  let claims = loaded.get(key);
  if (!claims) loaded.set(key, (claims = loadClaims(task.modules, { ...how, checkShadowing: false })));
  const claim = (await claims).claims.find((c) => c.id === task.id);
  if (!claim) throw new Error(`claim ${task.id} is not among the claims the worker loaded`);
  const post = (m: WorkerMessage) => task.port?.postMessage(m);
  post({ type: "start" });
  let last = 0;
  try {
    return auditClaim(claim, {
      ...task.options,
      progress: (message) => {
        const now = performance.now();
        if (now - last < PROGRESS_INTERVAL_MS) return;
        last = now;
        post({ type: "progress", message });
      },
    });
  } finally {
    task.port?.close();
  }
}
