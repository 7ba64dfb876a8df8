/**
 * `signcheck list [modules…] [--json]`: every claim with its kind and source, one a line, or as a JSON array on
 * standard output (id, kind, title, source, hypotheses, expectation, and the module it came from).
 */
import type { Command } from "commander";
import type { CliContext } from "./cliContext.ts";
import { loadClaims } from "./loadClaims.ts";
import { printable } from "../core/printable.ts";

export function registerListCommand(program: Command, ctx: CliContext): Command {
  return program
    .command("list")
    .description("list the claims with their sources")
    .argument("[modules...]", "claim modules to list instead of the built-in theorems")
    .option("--json", "print the list as JSON on standard output")
    .action(async (modules: string[], opts: { json?: boolean }) => {
      const { claims, moduleOf } = await loadClaims(modules, { builtins: ctx.builtins, importModule: ctx.importModule });
      if (opts.json) {
        const list = claims.map((c) => ({
          id: c.id,
          kind: c.kind,
          title: c.title,
          source: c.source,
          hypotheses: c.hypotheses,
          expected: c.expected ?? null,
          module: moduleOf(c.id)[0] ?? null,
        }));
        ctx.out(JSON.stringify(list, null, 2));
        return;
      }
      for (const c of claims) {
        ctx.out(
          printable(
            `${c.id.padEnd(44)} ${c.kind.padEnd(16)} ${c.source.paper}, ${c.source.item}${c.source.equation ? `, eq. ${c.source.equation}` : ""} — ${c.title}`,
          ),
        );
      }
    });
}
