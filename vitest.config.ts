import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    // theorems/ and properties/ import the package by name, as a user's suite does (signcheck/internal: the
    // internals tests reach, a superset of signcheck).
    alias: [
      { find: /^signcheck\/vitest$/, replacement: src("vitest.ts") },
      { find: /^signcheck\/laws$/, replacement: src("laws.ts") },
      { find: /^signcheck\/internal$/, replacement: src("internal.ts") },
      { find: /^signcheck$/, replacement: src("index.ts") },
    ],
  },
  test: {
    include: ["properties/**/*.test.ts", "theorems/**/*.test.ts", "examples/**/*.test.ts"],
    // the packed-package test installs from the npm registry (`npm run test:tarball`) and the HTML report's test needs a
    // browser (`npm run test:browser`): .ci/run runs both
    exclude: [...configDefaults.exclude, "properties/tarball/**", "properties/browser/**"],
    setupFiles: ["./vitest.setup.ts"],
    testTimeout: 60_000,
    pool: "forks",
  },
});
