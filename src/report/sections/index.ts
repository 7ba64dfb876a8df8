/** The report section of each kind, dispatched on the evidence's `kind` (one section module per kind). */
import type { Evidence } from "../../claims/types.ts";
import { expectationSection } from "./expectation.ts";
import { inequalitySection } from "./inequality.ts";
import { probabilitySection } from "./probability.ts";
import { scalingSection } from "./scaling.ts";
import { tuningSection } from "./tuning.ts";

export function evidenceLines(e: Evidence): string[] {
  switch (e.kind) {
    case "inequality":
      return inequalitySection(e);
    case "probability":
    case "high-probability":
      return probabilitySection(e);
    case "expectation":
      return expectationSection(e);
    case "scaling":
      return scalingSection(e);
    case "tuning":
      return tuningSection(e);
  }
}
