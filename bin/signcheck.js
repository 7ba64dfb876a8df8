#!/usr/bin/env node
// The `signcheck` command. No build step: tsx compiles TypeScript at run time (the package's own
// sources and a user's claim modules alike), and a resolve hook makes `import … from "signcheck"`
// resolve to this package from any file on disk, even one whose folder has no dependency on it.
import { register } from "node:module";
import { register as registerTsx } from "tsx/esm/api";

registerTsx();
register("./resolveSignCheck.js", import.meta.url);
const { main } = await import("../src/cli/main.ts");
const builtins = async () => (await import("../theorems/index.ts")).claims;
process.exitCode = await main(process.argv.slice(2), undefined, undefined, { builtins });
