// `npm run test:tarball`: packs the package, installs the tarball into a scratch project from the npm registry and
// uses it as a user would (see properties/tarball/tarball.test.ts). Not part of `npm test`; .ci/run runs it.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["properties/tarball/**/*.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: "forks",
  },
});
