import { claimTest } from "signcheck/vitest";
import { mSignSgdSkewedNoise } from "./m-signsgd-skewed-noise.ts";

claimTest(mSignSgdSkewedNoise);
