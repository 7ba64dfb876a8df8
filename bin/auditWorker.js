// An audit worker thread (run by the pool of src/cli/auditPool.ts): sets up the same module loading as the command
// (./loader.js), then audits the claims it is sent, one task at a time (src/cli/auditWorker.ts). The claims are
// loaded here, in the worker, from the built-in theorems or from the claims modules named on the command line.
import { builtinClaims, packageFile, setupLoader } from "./loader.js";

const importModule = setupLoader();
const { auditTask } = await import(packageFile("src/cli/auditWorker.ts", "dist/cli/auditWorker.js"));

export default function run(task) {
  return auditTask(task, { builtins: builtinClaims, importModule });
}
