/** The README's example and CLI reference match what the code does. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { runCli } from "signcheck";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const readme = readFileSync(`${ROOT}README.md`, "utf8");

async function help(command: string): Promise<string> {
  const lines: string[] = [];
  await runCli([...command.split(" "), "--help"], (s) => lines.push(s), (s) => lines.push(s));
  return lines.join("\n");
}

describe("README", () => {
  test("shows the two commands and the example claim module and gating test verbatim", () => {
    expect(readme).toContain("npm ci && npm run audit");
    expect(readme).toContain("npm test");
    expect(readme).toContain(readFileSync(`${ROOT}examples/my-claims.ts`, "utf8"));
    expect(readme).toContain(readFileSync(`${ROOT}examples/my-claims.test.ts`, "utf8"));
  });

  test("gives one command for every experiment", async () => {
    const { EXPERIMENTS } = await import("signcheck");
    for (const e of EXPERIMENTS) expect(readme).toMatch(new RegExp(`npx signcheck experiment ${e.name}\\s`));
  });

  test.each(["audit", "list", "replay", "data fetch", "experiment"])("the CLI reference names every option of `%s`", async (command) => {
    const text = await help(command);
    const options = [...text.matchAll(/^\s+(--[a-z-]+)/gm)].map((m) => m[1]).filter((o) => o !== "--help");
    expect(readme).toContain(`signcheck ${command}`);
    for (const o of options) expect(readme, `${command} ${o}`).toContain(o);
  });

  test("npm run audit uses the seed kept in package.json", () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8"));
    expect(pkg.scripts.audit).toContain(`--seed ${pkg.signcheck.auditSeed}`);
    expect(pkg.scripts.audit).toContain("--budget standard");
  });
});
