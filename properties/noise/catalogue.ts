/**
 * The laws every noise property runs over: each family of src/noise at light, moderate and heavy
 * tail parameters (one shared contract suite, as fast-check's own unit contracts).
 */
import type { NoiseSpec } from "signcheck";

export const CATALOGUE: readonly NoiseSpec[] = [
  { law: "gaussian" },
  { law: "laplace" },
  { law: "studentT", nu: 0.2 },
  { law: "studentT", nu: 1.2 },
  { law: "studentT", nu: 3 },
  { law: "studentT", nu: 25 },
  { law: "symmetricLomax", alpha: 1.3 },
  { law: "symmetricLomax", alpha: 4 },
  { law: "symmetricPareto", alpha: 1.5 },
  { law: "symmetricStable", alpha: 0.7 },
  { law: "symmetricStable", alpha: 1 },
  { law: "symmetricStable", alpha: 1.5 },
  { law: "symmetricStable", alpha: 2 },
  { law: "contaminated", p: 0.1, inlier: { law: "gaussian" }, outlier: { law: "studentT", nu: 1.5 } },
  { law: "contaminated", p: 0.3, inlier: { law: "gaussian" }, outlier: { law: "lattice", probs: [0, 0.5, 0.5] } },
  { law: "centredLomax", alpha: 1.5 },
  { law: "centredLomax", alpha: 3 },
  { law: "twoPoint", q: 0.1 },
  { law: "twoPoint", q: 0.5 },
  { law: "lattice", probs: [0.5, 0.3, 0.2] },
  { law: "lattice", probs: [0, 0, 1] },
];

export const label = (s: NoiseSpec): string => JSON.stringify(s);
