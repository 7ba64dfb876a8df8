/**
 * A claim whose callbacks receive the audit's data sets: `bindData(claim, data)` returns the claim
 * with `data` passed as the last argument of each callback, so the deciders call them unchanged and
 * no data look-up lives in process-wide state. A new claim kind adds its callbacks here (the switch is
 * exhaustive, so the compiler points at this file).
 */
import type { DataAccess } from "../data/dataAccess.ts";
import type { Claim } from "./types.ts";

export function bindData<I>(claim: Claim<I>, data: DataAccess): Claim<I> {
  switch (claim.kind) {
    case "inequality":
      return { ...claim, check: (i) => claim.check(i, data) };
    case "probability": {
      const { exact, event } = claim;
      return {
        ...claim,
        bound: (i) => claim.bound(i, data),
        exact: exact && ((i) => exact(i, data)),
        event: event && ((i, s) => event(i, s, data)),
      };
    }
    case "high-probability": {
      const { deterministic } = claim;
      return {
        ...claim,
        delta: (i) => claim.delta(i, data),
        statistic: (i, s) => claim.statistic(i, s, data),
        bound: (i) => claim.bound(i, data),
        deterministic: deterministic && ((i) => deterministic(i, data)),
      };
    }
    default: {
      const unknown: never = claim;
      return unknown;
    }
  }
}
