/**
 * Functions from text: `fromExpression("log(1 + exp(-x1*x2)) + x3^4", { dim: 3 })` parses the
 * expression with mathjs, checks it, and differentiates it symbolically into the gradient and the
 * Hessian on a hash-consed graph (`ExpressionGraph`: the textbook rules with memoised sharing, zeros
 * pruned, evaluated from a tape). mathjs's own `derivative` is not used: its default `simplify` took
 * 384 s on `x1^x1^x1^x1^x1^x1`, and without it its trees grow as O(k³) in the nesting depth k at
 * ≈ 15 µs a node. The parser is restricted, following mathjs's "Security" advice
 * (docs/expressions/security.md, example more_secure_eval.js): on a private instance, import,
 * createUnit, evaluate, parse, simplify, derivative, compile and resolve are replaced by functions
 * that throw, and — stricter than that advice — the parsed tree is checked against a whitelist:
 * numbers, the variables x1…x_dim, the constants pi and e, the operators + − * / ^ and the functions
 * listed in ALLOWED_FUNCTIONS. Assignments, accessors, objects, arrays, indices, ranges, conditionals
 * and any other name are refused with a ParseError naming the offending token; nothing of the text is
 * ever compiled or evaluated by mathjs. The work is bounded by EXPRESSION_LIMITS (length, nodes,
 * nesting depth, dim, and the size of the derivative graph), each refused with a typed error, so no
 * input takes more than a fraction of a second to build (`npm run bench -- expression` measures the
 * worst shapes at the limits). The declared (L0, L1) is the caller's claim (default: none,
 * L0 = L1 = ∞); the smoothness auditor is how to test it.
 */
import { createRequire } from "node:module";
import type { MathNode } from "mathjs";
import { InputError, ParseError } from "../core/errors.ts";
import { requireInteger } from "../core/validate.ts";
import type { Vector } from "../core/vector.ts";
import { ExpressionGraph, FUNCTION_OPS, OP } from "./expressionGraph.ts";
import { requirePoint } from "./requirePoint.ts";
import { symmetricNorm } from "./symmetricEigen.ts";
import type { SmoothnessPair, SmoothFunction } from "./types.ts";

/**
 * What one expression may cost, each bound with its reason. `npm run bench -- expression` builds the
 * worst shapes at these bounds and prints the time (DEVELOPERS.md records the figure).
 */
export const EXPRESSION_LIMITS = {
  /** Characters: a quadratic in 100 variables written out is ≈ 1 500; the parser is linear in the length. */
  length: 10_000,
  /** Nodes of the parsed tree (numbers, variables, operators, calls): bounds every pass over it. */
  nodes: 2_000,
  /**
   * Nesting depth: calls, powers, unary signs, divisions and brackets each open a level; a chain
   * a + b − c … or a·b·c … is one level whatever its length. mathjs parses recursively (≈ 260 nested
   * parentheses overflow its stack), and the graph is built and differentiated recursively, level by
   * level: 32 levels leave a margin of 8 on the parser's stack.
   */
  depth: 32,
  /**
   * Dimension: the Hessian is dense — d² entries a call, and its norm by Jacobi sweeps of O(d³) each,
   * ≈ 0.15 s at d = 100 (2.7 s at d = 256).
   */
  dim: 100,
  /**
   * Graph size: nodes of the expression, its gradient and its Hessian together, plus the derivative
   * rules applied (≈ 1 µs each to build, ≈ 10 ns each to evaluate): bounds the build to a fraction of
   * a second and the memory to ≈ 100 MB. A dense Hessian of a k-fold product needs ≈ k³/2 nodes.
   */
  graphNodes: 400_000,
} as const;

/**
 * mathjs's parser, loaded on first use: importing mathjs costs ≈ 2 s, which every user of the package
 * (and every test file) would otherwise pay at start-up. Built once, with the code-creating functions
 * disabled on the private instance. Module state that carries no option: a memoised immutable value.
 */
let restrictedParse: ((text: string) => MathNode) | undefined;
function parse(text: string): MathNode {
  if (!restrictedParse) {
    const { create, all } = createRequire(import.meta.url)("mathjs") as typeof import("mathjs");
    const math = create(all);
    const mathParse = math.parse;
    const disabled = (name: string) => () => {
      throw new Error(`function ${name} is disabled in signcheck expressions`);
    };
    math.import(
      Object.fromEntries(
        ["import", "createUnit", "evaluate", "parse", "simplify", "derivative", "compile", "resolve", "rationalize", "reviver"].map((n) => [n, disabled(n)]),
      ),
      { override: true },
    );
    restrictedParse = (t) => mathParse(t);
  }
  return restrictedParse(text);
}

/** Smooth elementary functions an expression may call (all C^∞ where defined). */
// Unary, smooth where defined, each with its derivative rule in ExpressionGraph (values from Math's functions).
export const ALLOWED_FUNCTIONS: readonly string[] = Object.keys(FUNCTION_OPS);
const ALLOWED_OPERATORS = new Set(["add", "subtract", "multiply", "divide", "pow", "unaryMinus", "unaryPlus"]);
const CONSTANTS = new Set(["pi", "e"]);

/** Options of `fromExpression`: dimension and the (L0,L1) constants to audit it with. */
export interface ExpressionOptions {
  readonly dim: number;
  readonly smoothness?: SmoothnessPair;
  readonly fStar?: number;
  readonly fStarAttained?: boolean;
  readonly convex?: boolean;
  readonly name?: string;
}

/** The fields of mathjs nodes this module reads (mathjs's own types are a union too wide to narrow). */
interface RawNode {
  type: string;
  name?: string;
  fn?: unknown;
  op?: string;
  value?: unknown;
  args?: RawNode[];
  content?: RawNode;
}

const raw = (n: MathNode | RawNode): RawNode => n as unknown as RawNode;
const isOp = (n: RawNode | undefined, ...fns: string[]): boolean => n?.type === "OperatorNode" && fns.includes(String(n.fn));
/** A left operand that continues a chain of its parent: a + b − c and a·b·c are one level each. */
const continuesChain = (parent: RawNode, child: RawNode, index: number): boolean =>
  index === 0 && ((isOp(parent, "add", "subtract") && isOp(child, "add", "subtract")) || (isOp(parent, "multiply") && isOp(child, "multiply")));

/** The deepest run of brackets in the text, found before mathjs's recursive parser sees it. */
function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 41 || c === 93 || c === 125) depth--;
  }
  return max;
}

/** A refused node as the user wrote it, cut to 60 characters (its type when it cannot be printed). */
function describeNode(node: RawNode): string {
  try {
    const text = (node as unknown as MathNode).toString();
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  } catch {
    return node.type;
  }
}

/**
 * One iterative pass over the parsed tree (never recursive: the tree of a long sum is as deep as it is
 * long): checks each node against the whitelist, counts the nodes and measures the nesting depth (chains
 * counted once). Throws a ParseError naming the offending token.
 */
function check(root: MathNode, dim: number, expression: string): void {
  const reject = (token: string, why: string): never => {
    throw new ParseError("expression", token, `${why} (in ${JSON.stringify(expression.length > 80 ? `${expression.slice(0, 77)}…` : expression)})`);
  };
  const stack: { node: RawNode; depth: number }[] = [{ node: raw(root), depth: 1 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (++nodes > EXPRESSION_LIMITS.nodes) {
      throw new InputError("expression", `${expression.slice(0, 40)}…`, `at most ${EXPRESSION_LIMITS.nodes} nodes (numbers, variables, operators and calls)`);
    }
    if (depth > EXPRESSION_LIMITS.depth) {
      throw new InputError(
        "expression",
        `${expression.slice(0, 40)}${expression.length > 40 ? "…" : ""}`,
        `a nesting depth of at most ${EXPRESSION_LIMITS.depth} (calls, powers, signs, divisions, parentheses)`,
      );
    }
    let children: RawNode[] = [];
    switch (node.type) {
      case "ConstantNode":
        if (typeof node.value !== "number" || !Number.isFinite(node.value)) reject(String(node.value), "a finite number");
        break;
      case "ParenthesisNode":
        children = [node.content!];
        break;
      case "OperatorNode":
        if (!ALLOWED_OPERATORS.has(String(node.fn))) reject(node.op ?? String(node.fn), "one of the operators + - * / ^");
        children = node.args ?? [];
        break;
      case "FunctionNode": {
        const fn = node.fn as RawNode | undefined;
        if (fn?.type !== "SymbolNode" || !ALLOWED_FUNCTIONS.includes(fn.name ?? ""))
          reject(fn?.name ?? String(node.name), `a function among ${ALLOWED_FUNCTIONS.join(", ")}`);
        children = node.args ?? [];
        if (children.length !== 1) reject(`${fn!.name}(…${children.length} arguments)`, `${fn!.name} with exactly one argument`);
        break;
      }
      case "SymbolNode": {
        const name = node.name ?? "";
        const m = /^x([1-9][0-9]*)$/.exec(name);
        if (!(m && Number(m[1]) <= dim) && !CONSTANTS.has(name)) reject(name, `a variable x1…x${dim} or a constant pi, e`);
        break;
      }
      default:
        reject(describeNode(node), `numbers, variables, + - * / ^ and function calls only (${node.type} is not allowed)`);
    }
    children.forEach((child, i) => {
      const level = node.type === "ParenthesisNode" || continuesChain(node, child, i) ? depth : depth + 1;
      stack.push({ node: child, depth: level });
    });
  }
}

/**
 * The checked tree as graph nodes: parentheses and unary plus dropped, a chain a + b − c … one n-ary
 * sum (a − b is a + (−b) exactly in IEEE arithmetic), a chain a·b·c … one n-ary product (evaluated left
 * to right, as the chain). Chains are walked in a loop; recursion only descends a nesting level, so it
 * is bounded by EXPRESSION_LIMITS.depth.
 */
function toGraph(node: RawNode, g: ExpressionGraph): number {
  switch (node.type) {
    case "ConstantNode":
      return g.constant(node.value as number);
    case "SymbolNode": {
      if (node.name === "pi") return g.constant(Math.PI);
      if (node.name === "e") return g.constant(Math.E);
      return g.variable(Number(node.name!.slice(1)) - 1);
    }
    case "ParenthesisNode":
      return toGraph(node.content!, g);
    case "FunctionNode":
      return g.node(FUNCTION_OPS[(node.fn as RawNode).name!], [toGraph(node.args![0], g)]);
    default: {
      const args = node.args ?? [];
      if (isOp(node, "add", "subtract")) {
        const terms: number[] = [];
        let cur: RawNode = node;
        while (isOp(cur, "add", "subtract")) {
          const right = toGraph(cur.args![1], g);
          terms.push(cur.fn === "subtract" ? g.node(OP.negate, [right]) : right);
          cur = cur.args![0];
        }
        terms.push(toGraph(cur, g));
        return g.node(OP.add, terms.reverse());
      }
      if (isOp(node, "multiply")) {
        const factors: number[] = [];
        let cur: RawNode = node;
        while (isOp(cur, "multiply")) {
          factors.push(toGraph(cur.args![1], g));
          cur = cur.args![0];
        }
        factors.push(toGraph(cur, g));
        return g.node(OP.multiply, factors.reverse());
      }
      if (isOp(node, "unaryPlus")) return toGraph(args[0], g);
      if (isOp(node, "unaryMinus")) return g.node(OP.negate, [toGraph(args[0], g)]);
      if (isOp(node, "divide")) return g.node(OP.divide, [toGraph(args[0], g), toGraph(args[1], g)]);
      return g.node(OP.pow, [toGraph(args[0], g), toGraph(args[1], g)]);
    }
  }
}

/** A test function from a formula in x1, x2, … (restricted mathjs parser, symbolic gradient). */
export function fromExpression(expression: string, options: ExpressionOptions): SmoothFunction {
  if (typeof expression !== "string" || expression.trim() === "") throw new ParseError("expression", expression, "a non-empty expression");
  if (expression.length > EXPRESSION_LIMITS.length) {
    throw new InputError("expression", `${expression.slice(0, 40)}… (${expression.length} characters)`, `at most ${EXPRESSION_LIMITS.length} characters`);
  }
  const d = requireInteger("dim", options?.dim, 1, EXPRESSION_LIMITS.dim);
  if (bracketDepth(expression) > EXPRESSION_LIMITS.depth) {
    throw new InputError(
      "expression",
      `${expression.slice(0, 40)}${expression.length > 40 ? "…" : ""}`,
      `brackets nested at most ${EXPRESSION_LIMITS.depth} deep`,
    );
  }
  let tree: MathNode;
  try {
    tree = parse(expression);
  } catch (error) {
    const e = error as { message?: string; char?: number };
    const at = typeof e.char === "number" ? expression.slice(Math.max(0, e.char - 1), e.char + 2) : expression.slice(0, 40);
    throw new ParseError("expression", at, `a well-formed expression: ${e.message ?? String(error)}`);
  }
  check(tree, d, expression);
  const graph = new ExpressionGraph(d, EXPRESSION_LIMITS.graphNodes, () => {
    throw new InputError(
      "expression",
      `${expression.slice(0, 40)}${expression.length > 40 ? "…" : ""}`,
      `an expression whose gradient and Hessian need at most ${EXPRESSION_LIMITS.graphNodes} symbolic nodes`,
    );
  });
  const root = toGraph(raw(tree), graph);
  // A variable the expression does not use has a zero partial derivative, built without work.
  const grads = Array.from({ length: d }, (_, i) => graph.derivative(root, i));
  const hess = new Int32Array(d * d);
  for (let i = 0; i < d; i++) for (let j = i; j < d; j++) hess[i * d + j] = hess[j * d + i] = graph.derivative(grads[i], j);
  const valueTape = graph.tape([root]);
  const gradientTape = graph.tape([root, ...grads]);
  const hessianTape = graph.tape([root, ...hess]);
  const at = (x: Vector) => requirePoint("x", x, d);
  const hessian = (x: Vector): { h: Float64Array; defined: boolean } => {
    at(x);
    const v = graph.run(hessianTape, x);
    return { h: Float64Array.from(hess, (n) => v[n]), defined: Number.isFinite(v[root]) };
  };
  const smoothness = options.smoothness ?? { L0: Infinity, L1: Infinity, proof: "none declared" };
  if (!(smoothness.L0 >= 0) || !(smoothness.L1 >= 0)) throw new InputError("smoothness", smoothness, "L0 ≥ 0 and L1 ≥ 0");
  return {
    name: options.name ?? expression,
    dim: d,
    spec: { family: "expression", expression, dim: d },
    value: (x) => {
      at(x);
      return graph.run(valueTape, x)[root];
    },
    gradient(x, out: Vector = new Float64Array(d)) {
      at(x);
      const v = graph.run(gradientTape, x);
      // Outside the domain (log of a negative number: value NaN) the gradient is undefined too, never finite.
      const defined = Number.isFinite(v[root]);
      for (let i = 0; i < d; i++) out[i] = defined ? v[grads[i]] : NaN;
      return out;
    },
    hessianVector(x, v, out: Vector = new Float64Array(d)) {
      const { h } = hessian(x);
      for (let i = 0; i < d; i++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += h[i * d + j] * v[j];
        out[i] = s;
      }
      return out;
    },
    hessianNorm(x) {
      const { h, defined } = hessian(x);
      return defined && h.every(Number.isFinite) ? symmetricNorm(h, d) : NaN;
    },
    fStar: options.fStar ?? -Infinity,
    fStarAttained: options.fStarAttained ?? false,
    convex: options.convex ?? false,
    smoothness,
  };
}
