// Fixed global seed for every fast-check property, so CI is deterministic.
import fc from "fast-check";
import { AUDIT_SEED } from "signcheck";

fc.configureGlobal({ seed: AUDIT_SEED });
