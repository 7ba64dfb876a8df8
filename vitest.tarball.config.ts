// `npm run test:tarball`: packs the package, installs the tarball into a scratch project from the npm registry and
// uses it as a user would (see properties/tarball/tarball.test.ts). Not part of `npm test`; .ci/run runs it. The
// package aliases are the main config's: the test's own imports of signcheck (which experiments need which data
// set) read the sources, not a dist/ that the pack it starts is about to rebuild.
import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ["properties/tarball/**/*.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: "forks",
  },
});
