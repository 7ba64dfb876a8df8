/**
 * The README's fenced blocks, for the tests that run them as written: `ts` blocks (each is an example file,
 * verbatim), `sh` blocks (one command a line) and unlabelled blocks (a command's expected output, `…` standing for
 * any text, or the CLI synopsis).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const README = readFileSync(`${ROOT}README.md`, "utf8");

export interface Block {
  readonly lang: string;
  readonly text: string;
  /** Index among all blocks, in README order. */
  readonly index: number;
}

export const BLOCKS: readonly Block[] = [...README.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m, index) => ({ lang: m[1], text: m[2], index }));

/** Every command of every `sh` block, in README order, with the block it is in. */
export const COMMANDS: readonly { command: string; block: Block }[] = BLOCKS.filter((b) => b.lang === "sh").flatMap((block) =>
  block.text
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter(Boolean)
    .map((command) => ({ command, block })),
);

/** The block right after `block`, when it is an unlabelled one (the expected output of the command before it). */
export function outputAfter(block: Block): Block | undefined {
  const next = BLOCKS[block.index + 1];
  return next && next.lang === "" && README.indexOf(next.text) > README.indexOf(block.text) && !next.text.startsWith("signcheck ") ? next : undefined;
}

/** A line of expected output as a pattern: `…` matches any text, everything else itself; spaces are exact. */
export function linePattern(line: string): RegExp {
  return new RegExp(
    `^${line
      .split("…")
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*?")}$`,
  );
}
