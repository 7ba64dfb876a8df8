// Fixed global seed for every fast-check property, so CI is deterministic.
import fc from "fast-check";

fc.configureGlobal({ seed: 20250403 });
