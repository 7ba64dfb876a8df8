import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

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
    setupFiles: ["./vitest.setup.ts"],
    testTimeout: 60_000,
    pool: "forks",
  },
});
