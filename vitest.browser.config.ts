// `npm run test:browser`: the HTML report in a real headless browser — Debian's chromium (/usr/bin/chromium, or
// $SIGNCHECK_CHROMIUM) driven by playwright-core, which never downloads a browser of its own (see
// properties/browser/indexHtml.test.ts). Not part of `npm test`, so a user without a browser still passes; .ci/run
// installs chromium and runs it. The package aliases are the main config's.
import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ["properties/browser/**/*.test.ts"],
    setupFiles: ["./vitest.setup.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: "forks",
  },
});
