/**
 * A Stryker ignore-plugin: mutants inside the human-readable text of a typed error are reported as ignored
 * (with this reason) instead of being run. signcheck's typed errors are `new InputError(parameter, value,
 * accepted, detail?)` and its subclasses: the PARAMETER name (argument 1) and the value (argument 2) are part
 * of the contract — tests check `err.parameter` — and stay mutated, unless the value is written as a literal
 * (a description of the value, not the value); the `accepted` description and the
 * `detail` (arguments 3 and 4), and every argument of a plain `new Error(message)`, are sentences for a
 * person: no verdict, exit code or test reads them, so a mutant there ("expected a number in (0, 1)" → "")
 * can only be an equivalent mutant. Plain JavaScript because Stryker loads plugins in its worker processes
 * with plain node (no TypeScript loader).
 */
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin";

/** Errors whose arguments from the third on are message text (src/core/errors.ts). */
const TYPED = new Set(["InputError", "UndefinedQuantityError", "ParseError", "SignCheckError", "ClaimDefinitionError"]);
/** Errors whose every argument is message text. */
const PLAIN = new Set(["Error", "TypeError", "RangeError"]);

const REASON = "error-message text: read by people, never by a verdict, an exit code or a test (mutation/ignoreErrorMessages.mjs)";

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "error-messages", {
    shouldIgnore(path) {
      const parent = path.parentPath;
      if (!parent?.isNewExpression() || !parent.get("callee").isIdentifier()) return undefined;
      const name = parent.node.callee.name;
      const index = parent.node.arguments.indexOf(path.node);
      if (index < 0) return undefined;
      if (PLAIN.has(name) || (TYPED.has(name) && index >= 2)) return REASON;
      // A value written as a literal ("an optimizer state without error feedback") describes the value for people;
      // a value computed from the input stays mutated.
      if (TYPED.has(name) && index === 1 && (path.isStringLiteral() || path.isTemplateLiteral())) return REASON;
      return undefined;
    },
  }),
];
