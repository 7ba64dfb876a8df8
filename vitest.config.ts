import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    // theorems/ and properties/ import the package by name, as a user's suite does.
    alias: [
      { find: /^signcheck\/vitest$/, replacement: src("vitest.ts") },
      { find: /^signcheck$/, replacement: src("index.ts") },
    ],
  },
  test: {
    include: ["properties/**/*.test.ts", "theorems/**/*.test.ts", "examples/**/*.test.ts"],
    // the packed-package test installs from the npm registry: `npm run test:tarball`, run by .ci/run
    exclude: [...configDefaults.exclude, "properties/tarball/**"],
    setupFiles: ["./vitest.setup.ts"],
    testTimeout: 60_000,
    pool: "forks",
  },
});
