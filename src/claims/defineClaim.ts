/**
 * `defineClaim` checks a claim's declaration once, where it is written, and returns it unchanged:
 * id of the form `<paper-key>/<item>` with a known paper key, the functions its kind needs (checked by
 * the kind's module), well-formed parameters (scale, range, reader), a valid expectation, α in
 * (0, ½) and well-formed budgets (no unknown level or field). A malformed claim throws
 * `ClaimDefinitionError` naming the claim and the field.
 */
import { ClaimDefinitionError } from "../core/errors.ts";
import { isReferenceKey } from "../references.ts";
import { budgetFor } from "./budgets.ts";
import { noteDefinedIn } from "./definedIn.ts";
import { KINDS, isKindName } from "./kinds/index.ts";
import { BUDGET_LEVELS, type Claim, type Parameter } from "./types.ts";

const ID = /^[a-z][a-z0-9]*\/[a-z0-9][a-z0-9.-]*$/;
const VERDICTS = ["holds", "violated", "inconclusive", "not-applicable"];
const SCALES = ["log", "linear", "integer", "categorical"];

function checkParameter(p: Parameter, i: number, fail: (m: string) => never): void {
  const where = `parameters[${i}]${typeof p?.name === "string" ? ` (${p.name})` : ""}`;
  if (typeof p !== "object" || p === null) fail(`${where} must be an object`);
  if (typeof p.name !== "string" || !p.name) fail(`${where}.name is required`);
  if (!SCALES.includes(p.scale)) fail(`${where}.scale ${JSON.stringify(p.scale)} must be one of ${SCALES.join(", ")}`);
  if (typeof p.read !== "function") fail(`${where}.read(instance) is required`);
  if (p.write !== undefined && typeof p.write !== "function") fail(`${where}.write must be a function (instance, value) → instance`);
  if (p.scale === "categorical") {
    if (!Array.isArray(p.values) || p.values.length === 0) fail(`${where}: a categorical parameter needs values`);
    if (p.write) fail(`${where}: a categorical parameter cannot be moved by the search (no write)`);
  } else {
    const r = p.range;
    if (!Array.isArray(r) || r.length !== 2 || !r.every((v) => typeof v === "number" && Number.isFinite(v)) || !(r[0] <= r[1]))
      fail(`${where}.range must be [lo, hi] with finite lo ≤ hi`);
    if (p.scale === "log" && !(r![0] > 0)) fail(`${where}: a log range needs lo > 0 (0 is counted apart), got ${r![0]}`);
    if (p.scale === "integer" && !(Number.isInteger(r![0]) && Number.isInteger(r![1]))) fail(`${where}: an integer range needs integer ends`);
  }
  for (const [j, b] of (p.boundaries ?? []).entries()) {
    if (typeof b?.label !== "string" || typeof b?.test !== "function") fail(`${where}.boundaries[${j}] needs a label and test(value, instance)`);
  }
}

/** Checks a claim's definition (id, reference, kind fields, budgets) and returns it, typed; a bad definition throws ClaimDefinitionError. */
export function defineClaim<C extends Claim>(claim: C): C {
  const where = typeof claim?.id === "string" ? claim.id : "claim";
  const fail = (msg: string): never => {
    throw new ClaimDefinitionError(`${where}: ${msg}`);
  };
  if (typeof claim !== "object" || claim === null) fail("a claim must be an object");
  if (typeof claim.id !== "string" || !ID.test(claim.id))
    fail(`id ${JSON.stringify(claim.id)} must look like <paper-key>/<item> (lower case, e.g. seed/lemma1-eq2)`);
  const key = claim.id.split("/")[0];
  const inline = claim.source?.reference;
  if (!isReferenceKey(key) && !(inline?.title && inline.authors && inline.pinned && Number.isInteger(inline.year))) {
    fail(
      `paper key "${key}" is not in src/references.ts: give source.reference = { authors, year, title, pinned } (pinned: arXiv id with version, DOI or repository@commit)`,
    );
  }
  if (claim.source?.paper !== key) fail(`source.paper must be "${key}" (the id's paper key), got ${JSON.stringify(claim.source?.paper)}`);
  if (!claim.source?.item) fail('source.item is required (e.g. "Lemma 1")');
  if (!claim.title) fail("title is required");
  if (!Array.isArray(claim.hypotheses)) fail("hypotheses must be an array of strings");
  if (!claim.instances || typeof (claim.instances as { generate?: unknown }).generate !== "function") fail("instances must be a fast-check arbitrary");
  if (!isKindName(claim.kind)) fail(`kind ${JSON.stringify((claim as { kind: unknown }).kind)} is not one of ${Object.keys(KINDS).join(", ")}`);
  (KINDS[claim.kind].validate as (c: Claim, f: (m: string) => never) => void)(claim, fail);
  if (claim.parameters !== undefined) {
    if (!Array.isArray(claim.parameters)) fail("parameters must be an array");
    claim.parameters.forEach((p, i) => checkParameter(p, i, fail));
    const names = claim.parameters.map((p) => p.name);
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice) fail(`parameter ${twice} is declared twice`);
  }
  if (claim.degenerate !== undefined && typeof claim.degenerate !== "function") fail("degenerate must be a function (instance) → reason | undefined");
  if (claim.classify !== undefined && typeof claim.classify !== "function") fail("classify must be a function (instance) → label");
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
