/**
 * The file a claim was defined in, so that a failing `claimTest` in a user's vitest suite prints a replay command
 * naming the module to replay from (the CLI knows the modules it loaded; vitest does not tell a test which module
 * a claim object came from). `defineClaim` notes the first stack frame outside this folder — the module that
 * called it — on the claim as a non-enumerable symbol property, so the claim's own data and JSON are unchanged.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const DEFINED_IN = Symbol.for("signcheck.definedIn");
const HERE = dirname(fileURLToPath(import.meta.url));
// "    at fn (/abs/file.ts:3:9)", "    at /abs/file.ts:3:9", "    at async file:///abs/file.ts:3:9"
const FRAME = /(?:\(|\s)((?:file:\/\/)?\/[^():]*?):\d+:\d+\)?$/;

/** The file of the first caller outside src/claims (undefined when the stack says nothing usable). */
function callerFile(): string | undefined {
  for (const line of (new Error().stack ?? "").split("\n").slice(1)) {
    const m = FRAME.exec(line.trim());
    if (!m) continue;
    const file = m[1].startsWith("file://") ? fileURLToPath(m[1]) : m[1];
    if (dirname(file) !== HERE) return file;
  }
  return undefined;
}

/** Notes where `claim` is being defined, once (a claim re-checked later keeps its first place). */
export function noteDefinedIn(claim: object): void {
  if (Object.hasOwn(claim, DEFINED_IN) || !Object.isExtensible(claim)) return;
  const file = callerFile();
  if (file) Object.defineProperty(claim, DEFINED_IN, { value: file, enumerable: false });
}

/** The absolute path of the file that defined `claim`, when known. */
export function definedIn(claim: object): string | undefined {
  return (claim as { [DEFINED_IN]?: string })[DEFINED_IN];
}
