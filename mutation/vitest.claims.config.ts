// The tests that guard src/claims under mutation (mutation/folders.ts); `npx vitest run -c mutation/vitest.claims.config.ts` runs them alone.
import { scopedVitestConfig } from "./scopedVitestConfig.ts";

export default scopedVitestConfig("claims");
