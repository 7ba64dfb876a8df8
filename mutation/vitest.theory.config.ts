// The tests that guard src/theory under mutation (mutation/folders.ts); `npx vitest run -c mutation/vitest.theory.config.ts` runs them alone.
import { scopedVitestConfig } from "./scopedVitestConfig.ts";

export default scopedVitestConfig("theory");
