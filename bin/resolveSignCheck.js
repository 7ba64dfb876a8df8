// Module resolve hook (node:module register): maps the bare specifiers "signcheck" and
// "signcheck/vitest" to this package's sources, so a claim module anywhere on disk can import them,
// and loads TypeScript claim modules as ES modules even where no package.json says "type": "module".
const ROOT = new URL("../", import.meta.url);
const TARGETS = {
  signcheck: new URL("src/index.ts", ROOT).href,
  "signcheck/vitest": new URL("src/vitest.ts", ROOT).href,
};

export async function resolve(specifier, context, nextResolve) {
  const url = TARGETS[specifier];
  if (url) return { url, format: "module", shortCircuit: true };
  const resolved = await nextResolve(specifier, context);
  if (/\.ts$/.test(resolved.url) && !resolved.url.includes("/node_modules/")) return { ...resolved, format: "module" };
  return resolved;
}
