// The registry of the seed's §4.1 proof steps (proof41Steps.ts) against the built-in claims, and every
// quote attributed to the seed against the seed's text.
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, test } from "vitest";
import { PACKAGE_ROOT, quoteOccurs, readSourceText, sourceTextCandidates, type Claim } from "signcheck/internal";
import { claims } from "../index.ts";
import { DERIVATION, ON_TRAJECTORIES } from "./proof41.ts";
import { PROOF41_STEPS } from "./proof41Steps.ts";

const byId = new Map(claims.map((c) => [c.id, c]));
const registered = PROOF41_STEPS.flatMap((s) => s.claims.map((c) => ({ ...c, step: s.step })));

describe("seed/proof41 registry", () => {
  test("lists the steps S1 … S25 of the proof, once each, in order", () => {
    expect(PROOF41_STEPS.map((s) => s.step)).toEqual(Array.from({ length: 25 }, (_, k) => `S${k + 1}`));
  });

  test("every numbered step has at least one claim, and every claim it names is a built-in claim", () => {
    for (const s of PROOF41_STEPS) {
      expect(s.claims.length, `${s.step} has no claim`).toBeGreaterThan(0);
      for (const c of s.claims) expect(byId.has(c.id), `${s.step} names ${c.id}, which is not in theorems/index.ts`).toBe(true);
    }
  });

  test("every seed/proof41-* claim names an existing step in source.step, and is registered under it", () => {
    const steps = new Set(PROOF41_STEPS.map((s) => s.step));
    for (const c of claims.filter((c) => c.id.startsWith("seed/proof41-"))) {
      expect(steps.has(c.source.step ?? ""), `${c.id} names step ${c.source.step}, which does not exist`).toBe(true);
      expect(
        registered.some((r) => r.id === c.id && r.step === c.source.step),
        `${c.id} is not registered under ${c.source.step}`,
      ).toBe(true);
    }
  });

  test("every registered claim quotes its source, says how it is checked, and has a test file that runs it", async () => {
    for (const r of registered) {
      const claim = byId.get(r.id)! as Claim;
      expect(claim.source.quote?.length ?? 0, `${r.id} quotes nothing`).toBeGreaterThan(0);
      if (r.id.startsWith("seed/proof41-")) {
        expect(claim.hypotheses[0], `${r.id}: first hypothesis line says how it is checked`).toBe(r.checkedAs === "derivation" ? DERIVATION : ON_TRAJECTORIES);
      }
      const testPath = join(PACKAGE_ROOT, r.test);
      expect(existsSync(testPath), `${r.test} does not exist`).toBe(true);
      // The registered module exports the claim, and the test runs it with claimTest.
      const module = (await import(join(PACKAGE_ROOT, r.module))) as Record<string, unknown>;
      const exported = Object.entries(module).find(([, v]) => (v as Claim)?.id === r.id);
      expect(exported, `${basename(r.module)} does not export ${r.id}`).toBeDefined();
      expect(readFileSync(testPath, "utf8"), `${r.test} does not run ${r.id}`).toContain(`claimTest(${exported![0]}`);
    }
  });
});

const seedText = readSourceText("seed");
const seedQuoted = claims.filter((c) => c.source.paper === "seed" && c.source.quote);

describe("quotes attributed to the seed", () => {
  // On a clone without the seed's text the check is skipped, and its title says why and where it looked.
  const title =
    seedText !== undefined
      ? `occur in the seed's text (whitespace-normalised; "…" elides), for all ${seedQuoted.length} claims quoting it`
      : `not applicable: the seed's text is not beside this checkout (looked in ${sourceTextCandidates("seed").join(", ") || "nowhere: SIGNCHECK_NO_SHARED=1"}; set SIGNCHECK_SOURCE_DIR)`;
  test.skipIf(seedText === undefined)(title, () => {
    const missing = seedQuoted.filter((c) => !quoteOccurs(seedText!, c.source.quote!)).map((c) => c.id);
    expect(missing).toEqual([]);
  });
});
