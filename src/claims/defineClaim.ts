/**
 * `defineClaim` checks a claim's declaration once, where it is written, and returns it unchanged:
 * id of the form `<paper-key>/<item>` with a known paper key, the functions its kind needs, a valid
 * expectation, α in (0, ½) and well-formed budgets. A malformed claim throws `ClaimDefinitionError`
 * naming the claim and the field.
 */
import { ClaimDefinitionError } from "../core/errors.ts";
import { isReferenceKey } from "../references.ts";
import { budgetFor } from "./budgets.ts";
import { noteDefinedIn } from "./definedIn.ts";
import { BUDGET_LEVELS, type Claim } from "./types.ts";

const ID = /^[a-z][a-z0-9]*\/[a-z0-9][a-z0-9.-]*$/;
const VERDICTS = ["holds", "violated", "inconclusive", "not-applicable"];

export function defineClaim<C extends Claim>(claim: C): C {
  const where = typeof claim?.id === "string" ? claim.id : "claim";
  const fail = (msg: string): never => {
    throw new ClaimDefinitionError(`${where}: ${msg}`);
  };
  if (typeof claim !== "object" || claim === null) fail("a claim must be an object");
  if (typeof claim.id !== "string" || !ID.test(claim.id)) fail(`id ${JSON.stringify(claim.id)} must look like <paper-key>/<item> (lower case, e.g. seed/lemma1-eq2)`);
  const key = claim.id.split("/")[0];
  const inline = claim.source?.reference;
  if (!isReferenceKey(key) && !(inline && inline.title && inline.authors && inline.pinned && Number.isInteger(inline.year))) {
    fail(`paper key "${key}" is not in src/references.ts: give source.reference = { authors, year, title, pinned } (pinned: arXiv id with version, DOI or repository@commit)`);
  }
  if (claim.source?.paper !== key) fail(`source.paper must be "${key}" (the id's paper key), got ${JSON.stringify(claim.source?.paper)}`);
  if (!claim.source?.item) fail("source.item is required (e.g. \"Lemma 1\")");
  if (!claim.title) fail("title is required");
  if (!Array.isArray(claim.hypotheses)) fail("hypotheses must be an array of strings");
  if (!claim.instances || typeof (claim.instances as { generate?: unknown }).generate !== "function") fail("instances must be a fast-check arbitrary");
  switch (claim.kind) {
    case "inequality":
      if (typeof claim.check !== "function") fail("an inequality claim needs check(instance) → { lhs, rhs }");
      break;
    case "probability":
      if (typeof claim.bound !== "function") fail("a probability claim needs bound(instance)");
      if (typeof claim.exact !== "function" && typeof claim.event !== "function") fail("a probability claim needs exact(instance) or event(instance, stream)");
      break;
    case "high-probability":
      if (typeof claim.delta !== "function" || typeof claim.statistic !== "function" || typeof claim.bound !== "function") {
        fail("a high-probability claim needs delta(instance), statistic(instance, stream) and bound(instance)");
      }
      break;
    default:
      fail(`kind ${JSON.stringify((claim as { kind: unknown }).kind)} is not one of inequality, probability, high-probability`);
  }
  if (claim.alpha !== undefined && !(claim.alpha > 0 && claim.alpha < 0.5)) fail(`alpha = ${claim.alpha} must be in (0, 0.5)`);
  if (claim.expected) {
    if (!VERDICTS.includes(claim.expected.verdict)) fail(`expected.verdict ${JSON.stringify(claim.expected.verdict)} must be one of ${VERDICTS.join(", ")}`);
    if (claim.expected.from && !BUDGET_LEVELS.includes(claim.expected.from)) fail(`expected.from must be one of ${BUDGET_LEVELS.join(", ")}`);
    if (!claim.expected.reason) fail("expected.reason is required: one line saying why");
  }
  for (const level of BUDGET_LEVELS) budgetFor(claim, level);
  noteDefinedIn(claim);
  return claim;
}
