/**
 * A Stryker reporter: every mutant that goes undetected (survived, or covered by no test) is appended, the moment it
 * is tested, to the file named by $MUTATION_LIVE_FILE (mutation/mutate.ts sets `.cache/mutation/<folder>.live.txt`),
 * one line each: status, file:line, mutator, replacement, and the original source line. A whole-folder run can take an
 * hour; with this file the survivors can be read, and killed, while it goes on. Plain JavaScript: Stryker loads
 * plugins with plain node.
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { PluginKind, declareClassPlugin } from "@stryker-mutator/api/plugin";

class LiveSurvivors {
  file = process.env.MUTATION_LIVE_FILE;
  lines = new Map();

  onDryRunCompleted() {
    if (this.file) writeFileSync(this.file, "");
  }

  onMutantTested(m) {
    if (!this.file || (m.status !== "Survived" && m.status !== "NoCoverage")) return;
    let lines = this.lines.get(m.fileName);
    if (!lines) this.lines.set(m.fileName, (lines = readFileSync(m.fileName, "utf8").split("\n")));
    const line = m.location.start.line;
    const at = `${m.fileName.replace(/^.*?\/(src\/)/, "$1")}:${line}`;
    appendFileSync(this.file, `${m.status} ${at} ${m.mutatorName} ${JSON.stringify(m.replacement ?? "")} | ${lines[line - 1]?.trim() ?? ""}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, "live-survivors", LiveSurvivors)];
