// The tests that guard src/stats under mutation (mutation/folders.ts); `npx vitest run -c mutation/vitest.stats.config.ts` runs them alone.
import { scopedVitestConfig } from "./scopedVitestConfig.ts";

export default scopedVitestConfig("stats");
