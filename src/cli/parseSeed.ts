/** commander's parser for `--seed`: a non-negative safe integer, written in decimal digits. */
import { InvalidArgumentError } from "commander";

export function parseSeed(value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError(`seed must be a non-negative integer ≤ ${Number.MAX_SAFE_INTEGER}, got "${value}"`);
  }
  return Number(value);
}
