/**
 * The evidence of a result, narrowed to its kind: `evidenceOf(result, "high-probability").worst`.
 * Evidence is a union keyed by kind, so a field that only one kind has is read after narrowing; asking
 * for the wrong kind is an InputError naming both (a test that reads the wrong figures fails loudly).
 */
import { InputError } from "../core/errors.ts";
import type { ClaimKind, ClaimResult, Evidence } from "./types.ts";

export function evidenceOf<K extends ClaimKind>(result: ClaimResult, kind: K): Extract<Evidence, { kind: K }> {
  if (result.evidence.kind !== kind) throw new InputError("kind", kind, `the kind of ${result.id} (${result.evidence.kind})`);
  return result.evidence as Extract<Evidence, { kind: K }>;
}
