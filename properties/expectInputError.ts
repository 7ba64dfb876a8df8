/**
 * The contract for bad input (src/core/errors.ts): a typed InputError (or a subclass) whose `parameter` names
 * the offending parameter (and, when given, carries the offending value). Shared by the property tests that pin each entry point's accepted ranges, open and
 * closed ends included.
 */
import { expect } from "vitest";
import { InputError } from "signcheck";

export function expectInputError(call: () => unknown, parameter: string, value?: unknown): void {
  let thrown: unknown;
  try {
    call();
  } catch (err) {
    thrown = err;
  }
  expect(thrown, `expected an InputError naming "${parameter}"`).toBeInstanceOf(InputError);
  expect((thrown as InputError).parameter).toBe(parameter);
  if (value !== undefined) expect((thrown as InputError).value).toEqual(value);
}
