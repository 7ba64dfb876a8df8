// The tests that guard src/optimizers under mutation (mutation/folders.ts); `npx vitest run -c mutation/vitest.optimizers.config.ts` runs them alone.
import { scopedVitestConfig } from "./scopedVitestConfig.ts";

export default scopedVitestConfig("optimizers");
