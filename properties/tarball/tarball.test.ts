/**
 * The package as a user gets it (`npm run test:tarball`, run by .ci/run, not by `npm test`): `npm pack` (which builds
 * dist/ through prepack), a check of what the tarball holds, then a scratch project outside the repository that
 * installs the tarball the way the README says (the README's install line with the tarball in place of the registry
 * name), and uses it from plain Node (ES module and require), from TypeScript (NodeNext, strict, type-checked against
 * the shipped declarations), from vitest (the README's examples, and a failing claimTest whose printed replay line is
 * run verbatim), and through `npx signcheck`: the built-in list, a built-in audit, every README `npx signcheck`
 * command as written, and an audit of a module that imports helper files.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { EXPERIMENTS, locateDataset } from "signcheck";
import { beforeAll, describe, expect, test } from "vitest";
import { COMMANDS, ROOT, linePattern, outputAfter } from "../cli/readmeBlocks.ts";

const MANIFEST = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const INSTALL = "npm install --save-dev signcheck vitest@4";

/** The folder holding a data set on this machine, or undefined where it is not available (a fresh clone). */
function datasetDir(name: string): string | undefined {
  try {
    return dirname(locateDataset(name));
  } catch {
    return undefined;
  }
}

/** A replay line as printed (the command may be set in backticks), as a command to run. */
function replayOf(line: string): string {
  return line
    .trim()
    .slice("replay: ".length)
    .replace(/^`(.*)`$/, "$1");
}

/** The environment of a user's shell: no npm_* variables inherited from `npm run`, no CI progress bar questions. */
function userEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")));
  const { FORCE_COLOR: _force, ...plain } = env;
  return { ...plain, CI: "1", NO_COLOR: "1" };
}

function sh(command: string, cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync("sh", ["-c", command], { cwd, encoding: "utf8", env: { ...userEnv(), ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, all: `${r.stdout}\n${r.stderr}` };
}

let tarball = "";
let files: string[] = [];
let project = "";

beforeAll(() => {
  const packDir = mkdtempSync(join(tmpdir(), "signcheck-pack-"));
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", packDir], { cwd: ROOT, encoding: "utf8", env: userEnv(), stdio: ["ignore", "pipe", "pipe"] }),
  );
  tarball = join(packDir, packed[0].filename);
  files = packed[0].files.map((f: { path: string }) => f.path);
  project = mkdtempSync(join(tmpdir(), "signcheck-user-"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "my-research", version: "1.0.0", private: true }, null, 2));
  expect(COMMANDS.map((c) => c.command)).toContain(INSTALL);
  const install = sh(INSTALL.replace(" signcheck ", ` ${tarball} `), project);
  expect(install.status, install.all).toBe(0);
  const ts = sh(`npm install --save-dev typescript@${MANIFEST.devDependencies.typescript}`, project);
  expect(ts.status, ts.all).toBe(0);
  for (const f of readdirSync(join(ROOT, "examples"))) copyFileSync(join(ROOT, "examples", f), join(project, f));
});

describe("the tarball", () => {
  test("holds the compiled package, its declarations, the command, README and LICENSE, and nothing else", () => {
    const allowed = /^(dist\/.*\.(js|d\.ts)|bin\/[^/]+\.js|README\.md|LICENSE|package\.json)$/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    for (const f of [
      "LICENSE",
      "README.md",
      "bin/signcheck.js",
      "dist/index.js",
      "dist/index.d.ts",
      "dist/vitest.js",
      "dist/vitest.d.ts",
      "dist/theorems/index.js",
      "dist/cli/main.js",
    ]) {
      expect(files, f).toContain(f);
    }
    expect(files.some((f) => f.startsWith("dist/theorems/") && f.endsWith(".d.ts"))).toBe(false);
    expect(files.some((f) => /\.test\./.test(f))).toBe(false);
  });

  test("every entry of package.json exports is in it, with its declarations", () => {
    for (const [subpath, target] of Object.entries(MANIFEST.exports as Record<string, string | Record<string, string>>)) {
      const targets = typeof target === "string" ? [target] : Object.values(target);
      for (const t of targets) expect(files, `${subpath} → ${t}`).toContain(t.replace(/^\.\//, ""));
      if (typeof target !== "string") expect(target.types, subpath).toBeDefined();
    }
    expect(readFileSync(join(ROOT, "LICENSE"), "utf8")).toMatch(new RegExp(`^${MANIFEST.license} License`));
  });

  test("the type packages a consumer's compiler needs are dependencies, not devDependencies", () => {
    for (const t of ["@types/node", "@types/seedrandom"]) expect(MANIFEST.dependencies, t).toHaveProperty(t);
  });
});

describe("a user's project with the tarball installed", () => {
  test("plain Node, as an ES module: every entry but signcheck/vitest (signcheck/internal and signcheck/laws included) imports, and a claim is audited", () => {
    const entries = Object.keys(MANIFEST.exports)
      .filter((s) => s !== "./package.json" && s !== "./vitest")
      .map((s) => `signcheck${s.slice(1)}`);
    writeFileSync(
      join(project, "consumer.mjs"),
      `${entries.map((e, i) => `import * as entry${i} from "${e}";`).join("\n")}
import { auditClaim, defineClaim, fc } from "signcheck";
for (const e of [${entries.map((_, i) => `entry${i}`).join(", ")}]) if (Object.keys(e).length === 0) throw new Error("an empty entry");
const c = defineClaim({ id: "signcheck/plain-node", kind: "inequality", title: "x ≤ 10", source: { paper: "signcheck", item: "consumer" }, hypotheses: [],
  instances: fc.integer({ min: 0, max: 10 }), check: (x) => ({ lhs: x, rhs: 10 }) });
console.log(auditClaim(c, { seed: 1, budget: "quick" }).verdict);
`,
    );
    const r = sh("node consumer.mjs", project);
    expect(r.status, r.all).toBe(0);
    expect(r.stdout.trim()).toBe("holds");
  });

  test("plain Node, with require() (Node 20.19 and later load the ES module)", () => {
    writeFileSync(join(project, "consumer.cjs"), 'const { VERSION, sign } = require("signcheck");\nconsole.log(VERSION, sign(-2) === -1);\n');
    const r = sh("node consumer.cjs", project);
    expect(r.status, r.all).toBe(0);
    expect(r.stdout.trim()).toBe(`${MANIFEST.version} true`);
  });

  test("TypeScript, NodeNext and strict, with the library's own declarations checked: types, not any", () => {
    writeFileSync(
      join(project, "typed.mts"),
      `import { arb, auditClaim, defineClaim, fc, type ClaimResult, type InequalityClaim } from "signcheck";
import { claimTest } from "signcheck/vitest";
import { optimizerContract, type RegistryEntry } from "signcheck/laws";
import { OPTIMIZERS } from "signcheck/internal";
const entry: RegistryEntry = OPTIMIZERS[0];
// @ts-expect-error the contract takes an entry, not an optimizer
optimizerContract(entry.optimizer);
interface Instance { x: number }
export const c = defineClaim<InequalityClaim<Instance>>({ id: "signcheck/typed", kind: "inequality", title: "t", source: { paper: "signcheck", item: "consumer" },
  hypotheses: [], instances: fc.record({ x: arb.logUniform(1, 2) }), check: ({ x }) => ({ lhs: x, rhs: 2 }) });
const result: ClaimResult = auditClaim(c, { seed: 1, budget: "quick" });
// @ts-expect-error "proven" is no verdict
const verdict: ClaimResult["verdict"] = "proven";
// @ts-expect-error claimTest takes a claim
claimTest(42);
export { result, verdict };
`,
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, noEmit: true, skipLibCheck: false, types: [] },
        files: ["typed.mts"],
      }),
    );
    const r = sh("npx tsc -p tsconfig.json", project);
    expect(r.status, r.all).toBe(0);
  });

  test("vitest: the README's examples pass with `npx vitest run`", () => {
    expect(COMMANDS.map((c) => c.command)).toContain("npx vitest run");
    const r = sh("npx vitest run", project);
    expect(r.status, r.all).toBe(0);
    const testFiles = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".test.ts")).length;
    expect(r.stdout).toMatch(new RegExp(`Test Files\\s+${testFiles} passed \\(${testFiles}\\)`));
  });

  test("vitest: a failing claimTest prints a replay line naming the module, and that line, run as printed, reproduces", () => {
    mkdirSync(join(project, "gate"));
    writeFileSync(
      join(project, "gate/wrong-claims.ts"),
      `import { defineClaim, fc } from "signcheck";
export const wrong = defineClaim({ id: "signcheck/too-strong", kind: "inequality", title: "x ≤ 5", source: { paper: "signcheck", item: "consumer" }, hypotheses: [],
  instances: fc.integer({ min: 0, max: 10 }), check: (x: number) => ({ lhs: x, rhs: 5 }), expected: { verdict: "holds", reason: "a wrong expectation" } });
`,
    );
    writeFileSync(
      join(project, "gate/wrong.test.ts"),
      'import { claimTest } from "signcheck/vitest";\nimport { wrong } from "./wrong-claims.ts";\n\nclaimTest(wrong);\n',
    );
    const r = sh("npx vitest run gate", project);
    expect(r.status).toBe(1);
    const replay = /replay: `?(npx signcheck replay signcheck\/too-strong gate\/wrong-claims.ts --seed \d+ --path [\d:]+ --budget quick)`?$/m.exec(r.all)?.[1];
    expect(replay, r.all).toBeDefined();
    const again = sh(replay!, project);
    expect(again.status, again.all).toBe(1);
    expect(again.stdout).toContain("the violation reproduces");
  });

  test("npx signcheck list: the built-in claims; list --json", () => {
    const r = sh("npx signcheck list", project);
    expect(r.status, r.all).toBe(0);
    expect(r.stdout).toMatch(/^seed\/lemma1-eq1\s+inequality/m);
    const json = sh("npx signcheck list --json", project);
    expect(JSON.parse(json.stdout).length).toBe(r.stdout.trim().split("\n").length);
  });

  test("npx signcheck audit of a built-in claim writes ./signcheck-reports", () => {
    const r = sh("npx signcheck audit --only seed/eq4-sign-mismatch --budget quick --seed 1", project);
    expect(r.status, r.all).toBe(0);
    expect(JSON.parse(readFileSync(join(project, "signcheck-reports/audit.json"), "utf8")).claims[0].id).toBe("seed/eq4-sign-mismatch");
  });

  test.for(COMMANDS.filter((c) => c.command.startsWith("npx signcheck ")).map((c) => [c.command, c.block] as const))(
    "the README's `%s`, as written",
    ([command, block], ctx) => {
      const experiment = EXPERIMENTS.find((e) => command.split(/\s+/)[2] === "experiment" && command.split(/\s+/)[3] === e.name);
      const missing = (experiment?.datasets ?? []).filter((d) => datasetDir(d) === undefined);
      const dirs = new Set((experiment?.datasets ?? []).map(datasetDir).filter((d) => d !== undefined));
      expect(dirs.size, "the data sets an experiment needs are found in one folder").toBeLessThanOrEqual(1);
      const r = sh(command, project, dirs.size === 1 ? { SIGNCHECK_DATA_DIR: [...dirs][0] } : {});
      if (missing.length > 0) {
        expect(r.status, r.all).toBe(2);
        expect(r.stderr).toMatch(new RegExp(`needs the (${missing.join("|")}) data set, which was not found: run \`signcheck data fetch`));
        ctx.skip(`not applicable here: the ${missing.join(", ")} data set is not on this machine (the clear error was checked)`);
      }
      expect(r.status, r.all).toBe(0);
      for (const line of outputAfter(block)?.text.trimEnd().split("\n") ?? []) {
        expect(
          r.stdout.split("\n").some((l) => linePattern(line).test(l)),
          line,
        ).toBe(true);
      }
      for (const line of r.stdout.split("\n").filter((l) => l.trim().startsWith("replay: "))) {
        const again = sh(replayOf(line), project);
        expect(again.status, again.all).toBe(1);
      }
    },
  );

  test("an audit of a module that imports its helper files (TypeScript and CommonJS) and signcheck, from a subfolder", () => {
    mkdirSync(join(project, "mine"));
    writeFileSync(join(project, "mine/arbitraries.ts"), 'import { arb } from "signcheck";\nexport const gammas = arb.stepsize({ lo: 1e-3, hi: 1 });\n');
    writeFileSync(
      join(project, "mine/bounds.cjs"),
      'const { sign } = require("signcheck");\nmodule.exports = { stepLength: (gamma) => Math.abs(gamma * sign(1)) };\n',
    );
    writeFileSync(
      join(project, "mine/claims.ts"),
      `import { defineClaim } from "signcheck";
import { gammas } from "./arbitraries.ts";
import bounds from "./bounds.cjs";
export const step = defineClaim({ id: "signcheck/helper-step", kind: "inequality", title: "|γ·sign(1)| ≤ 1", source: { paper: "signcheck", item: "consumer" },
  hypotheses: ["0 < γ ≤ 1"], instances: gammas, check: (gamma: number) => ({ lhs: bounds.stepLength(gamma), rhs: 1 }), expected: { verdict: "holds", reason: "|sign| ≤ 1" } });
`,
    );
    const r = sh("npx signcheck audit mine/claims.ts --budget quick --seed 2", project);
    expect(r.stderr).toBe("");
    expect(r.status, r.all).toBe(0);
    expect(r.stdout).toMatch(/signcheck\/helper-step\s+holds/);
  });
});
