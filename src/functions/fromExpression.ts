/**
 * Functions from text: `fromExpression("log(1 + exp(-x1*x2)) + x3^4", { dim: 3 })` parses the
 * expression with mathjs, differentiates it symbolically (mathjs `derivative`) into the gradient and
 * the Hessian, and compiles every expression once. The parser is restricted, following mathjs's
 * "Security" advice (docs/expressions/security.md, example more_secure_eval.js): on a private
 * instance, import, createUnit, evaluate, parse, simplify, derivative, compile and resolve are
 * replaced by functions that throw, and — stricter than that advice — the parsed tree is checked
 * against a whitelist before anything is compiled: numbers, the variables x1…x_dim, the constants
 * pi and e, the operators + − * / ^ and the functions listed in ALLOWED_FUNCTIONS. Assignments,
 * accessors, objects, arrays, indices, ranges, conditionals and any other name are refused with a
 * ParseError naming the offending token. The declared (L0, L1) is the caller's claim (default: none,
 * L0 = L1 = ∞); the smoothness auditor is how to test it.
 */
import { createRequire } from "node:module";
import type { MathNode } from "mathjs";
import { InputError, ParseError } from "../core/errors.ts";
import { requireInteger } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";
import { requirePoint } from "./requirePoint.ts";
import { symmetricNorm } from "./symmetricEigen.ts";
import type { SmoothnessPair, SmoothFunction } from "./types.ts";

/**
 * mathjs, loaded on first use: importing it costs ≈ 2 s, which every user of the package (and every
 * test file) would otherwise pay at start-up. Built once, with the code-creating functions disabled.
 */
let restricted: { parse: (text: string) => MathNode; derivative: (expr: MathNode, variable: string) => MathNode } | undefined;
function mathjs(): NonNullable<typeof restricted> {
  if (restricted) return restricted;
  const { create, all } = createRequire(import.meta.url)("mathjs") as typeof import("mathjs");
  const math = create(all);
  // Out-of-domain arguments (log of a negative number) give NaN, never a complex number.
  math.config({ predictable: true });
  const parse = math.parse;
  const derivative = math.derivative;
  const disabled = (name: string) => () => {
    throw new Error(`function ${name} is disabled in signcheck expressions`);
  };
  math.import(
    Object.fromEntries(["import", "createUnit", "evaluate", "parse", "simplify", "derivative", "compile", "resolve", "rationalize", "reviver"].map((n) => [n, disabled(n)])),
    { override: true },
  );
  restricted = { parse: (text) => parse(text), derivative: (expr, variable) => derivative(expr, variable) };
  return restricted;
}

/** Smooth elementary functions an expression may call (all C^∞ where defined). */
// Unary, smooth where defined, and differentiable by mathjs's `derivative` (which has no rule for log1p).
export const ALLOWED_FUNCTIONS: readonly string[] = ["exp", "log", "sqrt", "sin", "cos", "tan", "sinh", "cosh", "tanh", "atan"];
const ALLOWED_OPERATORS = new Set(["add", "subtract", "multiply", "divide", "pow", "unaryMinus", "unaryPlus"]);
const CONSTANTS = new Set(["pi", "e"]);

export interface ExpressionOptions {
  readonly dim: number;
  readonly smoothness?: SmoothnessPair;
  readonly fStar?: number;
  readonly fStarAttained?: boolean;
  readonly convex?: boolean;
  readonly name?: string;
}

type Compiled = { evaluate(scope: Record<string, number>): unknown };

function check(node: MathNode, dim: number, expression: string): void {
  const reject = (token: string, why: string): never => {
    throw new ParseError("expression", token, `${why} (in ${JSON.stringify(expression)})`);
  };
  node.traverse((n: MathNode, _path: string, parent: MathNode | null) => {
    const any = n as unknown as { type: string; name?: string; fn?: unknown; op?: string; value?: unknown };
    switch (any.type) {
      case "ConstantNode":
        if (typeof any.value !== "number" || !Number.isFinite(any.value)) reject(String(any.value), "a finite number");
        return;
      case "ParenthesisNode":
        return;
      case "OperatorNode":
        if (!ALLOWED_OPERATORS.has(String(any.fn))) reject(any.op ?? String(any.fn), "one of the operators + - * / ^");
        return;
      case "FunctionNode": {
        const fn = any.fn as { type?: string; name?: string };
        if (fn?.type !== "SymbolNode" || !ALLOWED_FUNCTIONS.includes(fn.name ?? "")) reject(fn?.name ?? String(any.name), `a function among ${ALLOWED_FUNCTIONS.join(", ")}`);
        const args = (n as unknown as { args?: unknown[] }).args ?? [];
        if (args.length !== 1) reject(`${fn.name}(…${args.length} arguments)`, `${fn.name} with exactly one argument`);
        return;
      }
      case "SymbolNode": {
        const name = any.name ?? "";
        const isCallee = (parent as unknown as { type?: string; fn?: unknown } | null)?.type === "FunctionNode" && (parent as unknown as { fn: unknown }).fn === n;
        if (isCallee) return; // checked with its FunctionNode
        const m = /^x([1-9][0-9]*)$/.exec(name);
        if (m && Number(m[1]) <= dim) return;
        if (CONSTANTS.has(name)) return;
        reject(name, `a variable x1…x${dim} or a constant pi, e`);
        return;
      }
      default:
        reject(n.toString(), `numbers, variables, + - * / ^ and function calls only (${any.type} is not allowed)`);
    }
  });
}

export function fromExpression(expression: string, options: ExpressionOptions): SmoothFunction {
  if (typeof expression !== "string" || expression.trim() === "") throw new ParseError("expression", expression, "a non-empty expression");
  const d = requireInteger("dim", options?.dim, 1);
  const { parse: parseExpression, derivative: differentiate } = mathjs();
  let tree: MathNode;
  try {
    tree = parseExpression(expression);
  } catch (error) {
    const e = error as { message?: string; char?: number };
    const at = typeof e.char === "number" ? expression.slice(Math.max(0, e.char - 1), e.char + 2) : expression;
    throw new ParseError("expression", at, `a well-formed expression: ${e.message ?? String(error)}`);
  }
  check(tree, d, expression);
  const names = Array.from({ length: d }, (_, i) => `x${i + 1}`);
  const grads = names.map((v) => differentiate(tree, v));
  const valueC = tree.compile() as Compiled;
  const gradC = grads.map((g) => g.compile() as Compiled);
  const hessC: Compiled[] = [];
  for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) hessC.push(j < i ? hessC[j * d + i] : (differentiate(grads[i], names[j]).compile() as Compiled));
  const scope: Record<string, number> = {};
  const bind = (x: Vector) => {
    requirePoint("x", x, d);
    for (let i = 0; i < d; i++) scope[names[i]] = x[i];
    return scope;
  };
  const num = (v: unknown): number => (typeof v === "number" ? v : NaN);
  const hessian = (x: Vector) => {
    const s = bind(x);
    return Float64Array.from(hessC, (c) => num(c.evaluate(s)));
  };
  const smoothness = options.smoothness ?? { L0: Infinity, L1: Infinity, proof: "none declared" };
  if (!(smoothness.L0 >= 0) || !(smoothness.L1 >= 0)) throw new InputError("smoothness", smoothness, "L0 ≥ 0 and L1 ≥ 0");
  return {
    name: options.name ?? expression,
    dim: d,
    spec: { family: "expression", expression, dim: d },
    value: (x) => num(valueC.evaluate(bind(x))),
    gradient(x, out: Vector = new Float64Array(d)) {
      const s = bind(x);
      // Outside the domain (log of a negative number: value NaN) the gradient is undefined too, never finite.
      const defined = Number.isFinite(num(valueC.evaluate(s)));
      for (let i = 0; i < d; i++) out[i] = defined ? num(gradC[i].evaluate(s)) : NaN;
      return out;
    },
    hessianVector(x, v, out: Vector = new Float64Array(d)) {
      const h = hessian(x);
      for (let i = 0; i < d; i++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += h[i * d + j] * v[j];
        out[i] = s;
      }
      return out;
    },
    hessianNorm(x) {
      const h = hessian(x);
      return h.every(Number.isFinite) && Number.isFinite(num(valueC.evaluate(bind(x)))) ? symmetricNorm(h, d) : NaN;
    },
    fStar: options.fStar ?? -Infinity,
    fStarAttained: options.fStarAttained ?? false,
    convex: options.convex ?? false,
    smoothness,
  };
}
