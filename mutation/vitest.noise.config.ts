// The tests that guard src/noise under mutation (mutation/folders.ts); `npx vitest run -c mutation/vitest.noise.config.ts` runs them alone.
import { scopedVitestConfig } from "./scopedVitestConfig.ts";

export default scopedVitestConfig("noise");
