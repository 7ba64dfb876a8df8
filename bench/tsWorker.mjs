// Bootstrap for benchmark worker threads: a worker does not inherit tsx's loader, so it registers it
// and then imports the TypeScript entry named in workerData.entry.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
