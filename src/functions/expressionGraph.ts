/**
 * Symbolic differentiation of the expressions `fromExpression` accepts, on a hash-consed graph: every
 * distinct node (a number, a variable x_i, a sum, a product, a quotient, a power, a negation or one of
 * the whitelisted functions) exists once, and ∂/∂x_j of a node is memoised per variable, so the
 * derivative of a chain f₁(f₂(…fₖ(x))) adds O(k) nodes (the textbook rules, e.g. Griewank & Walther,
 * Evaluating Derivatives, 2nd ed., §2: d(uv) = u′v + uv′, d(u^w) = u^w(w′ log u + w u′/u), d exp u =
 * exp(u) u′ …), where a tree without sharing grows as O(k²) and its simplification search explodes.
 * The rules' zero terms and unit factors are pruned as nodes are built (a constant's derivative is
 * exactly 0, so 0·g is 0 even where g overflows); no other rewriting is done, and the expression's own
 * nodes are built without pruning, so its value keeps the rounding of the formula as written (sums and
 * products evaluated left to right, a − b as a + (−b), which IEEE arithmetic makes identical).
 * Evaluation runs a tape: the nodes a result needs, in creation order (children before parents),
 * computed into one Float64Array with Math's functions — no code is created, nothing recurses.
 */
import { InputError } from "../core/errors.ts";

export const OP = {
  constant: 0,
  variable: 1,
  add: 2,
  multiply: 3,
  divide: 4,
  pow: 5,
  negate: 6,
  exp: 7,
  log: 8,
  sqrt: 9,
  sin: 10,
  cos: 11,
  tan: 12,
  sinh: 13,
  cosh: 14,
  tanh: 15,
  atan: 16,
} as const;
export type Op = (typeof OP)[keyof typeof OP];

/** The unary functions by name (the whitelist of `fromExpression`). */
export const FUNCTION_OPS: Readonly<Record<string, Op>> = {
  exp: OP.exp,
  log: OP.log,
  sqrt: OP.sqrt,
  sin: OP.sin,
  cos: OP.cos,
  tan: OP.tan,
  sinh: OP.sinh,
  cosh: OP.cosh,
  tanh: OP.tanh,
  atan: OP.atan,
};

/** A compiled list of nodes to evaluate in order. */
export interface Tape {
  readonly nodes: Int32Array;
}

const BITS_F64 = new Float64Array(1);
const BITS_U32 = new Uint32Array(BITS_F64.buffer);

/** A growable typed array: the graph's columns grow by doubling, without an object per node. */
function grown<T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, 2 * a.length));
  b.set(a);
  return b;
}

export class ExpressionGraph {
  private count = 0;
  private ops = new Uint8Array(64);
  /** Constant value, or the 0-based variable index. */
  private payload = new Float64Array(64);
  private argStart = new Int32Array(65);
  private argList = new Int32Array(256);
  /** Variables each node depends on: `words` 32-bit words a node. */
  private deps: Uint32Array;
  /** Open-addressing hash table of node ids + 1 (0 = empty), at most half full. */
  private table = new Int32Array(1024);
  private readonly words: number;
  private readonly memo: Map<number, number>[];
  private values = new Float64Array(0);
  /** Nodes and arguments created plus derivative rules applied: the work done, checked against `maxWork`. */
  private work = 0;

  constructor(
    readonly dim: number,
    private readonly maxWork: number,
    private readonly onBudget: () => never,
  ) {
    this.words = Math.ceil(dim / 32);
    this.deps = new Uint32Array(64 * this.words);
    this.memo = Array.from({ length: dim }, () => new Map<number, number>());
  }

  get size(): number {
    return this.count;
  }

  private spend(units: number): void {
    this.work += units;
    if (this.work > this.maxWork) this.onBudget();
  }

  /** The arguments of a node (a view: valid until the next node is created). */
  private argsOf(node: number): Int32Array {
    return this.argList.subarray(this.argStart[node], this.argStart[node + 1]);
  }

  private hash(op: number, payload: number, args: ArrayLike<number>): number {
    BITS_F64[0] = payload;
    let h = Math.imul(op + 1, 0x9e3779b1) ^ Math.imul(BITS_U32[0], 0x85ebca6b) ^ Math.imul(BITS_U32[1], 0xc2b2ae35);
    for (let k = 0; k < args.length; k++) h = Math.imul(h ^ (args[k] + 0x27d4eb2f), 0x165667b1) ^ (h >>> 15);
    return h >>> 0;
  }

  private same(id: number, op: number, payload: number, args: ArrayLike<number>): boolean {
    if (this.ops[id] !== op || !Object.is(this.payload[id], payload)) return false;
    const start = this.argStart[id];
    if (this.argStart[id + 1] - start !== args.length) return false;
    for (let k = 0; k < args.length; k++) if (this.argList[start + k] !== args[k]) return false;
    return true;
  }

  private rehash(): void {
    const table = new Int32Array(2 * this.table.length);
    const mask = table.length - 1;
    for (let id = 0; id < this.count; id++) {
      let slot = this.hash(this.ops[id], this.payload[id], this.argsOf(id)) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
    this.table = table;
  }

  /** The node (op, payload, args), created unless it exists. */
  node(op: Op, args: ArrayLike<number> = [], payload = 0): number {
    const mask = this.table.length - 1;
    let slot = this.hash(op, payload, args) & mask;
    for (let e = this.table[slot]; e !== 0; slot = (slot + 1) & mask, e = this.table[slot]) {
      if (this.same(e - 1, op, payload, args)) return e - 1;
    }
    this.spend(1 + args.length);
    const id = this.count++;
    const w = this.words;
    this.ops = grown(this.ops, id + 1);
    this.payload = grown(this.payload, id + 1);
    this.argStart = grown(this.argStart, id + 2);
    this.deps = grown(this.deps, (id + 1) * w);
    const start = this.argStart[id];
    this.argList = grown(this.argList, start + args.length);
    for (let k = 0; k < args.length; k++) this.argList[start + k] = args[k];
    this.argStart[id + 1] = start + args.length;
    this.ops[id] = op;
    this.payload[id] = payload;
    const deps = this.deps;
    if (op === OP.variable) deps[id * w + (payload >>> 5)] |= 1 << (payload & 31);
    for (let k = 0; k < args.length; k++) {
      const a = args[k] * w;
      for (let j = 0; j < w; j++) deps[id * w + j] |= deps[a + j];
    }
    this.table[slot] = id + 1;
    if (2 * this.count > this.table.length) this.rehash();
    return id;
  }

  constant(value: number): number {
    return this.node(OP.constant, [], value);
  }

  variable(i: number): number {
    return this.node(OP.variable, [], i);
  }

  dependsOn(node: number, variable: number): boolean {
    return (this.deps[node * this.words + (variable >>> 5)] & (1 << (variable & 31))) !== 0;
  }

  private isConstant(node: number, value: number): boolean {
    return this.ops[node] === OP.constant && this.payload[node] === value;
  }

  private constantValue(node: number): number | undefined {
    return this.ops[node] === OP.constant ? this.payload[node] : undefined;
  }

  // Pruning constructors, for derivatives only.
  private sum(terms: readonly number[]): number {
    const kept = terms.filter((t) => !this.isConstant(t, 0));
    if (kept.length === 0) return this.constant(0);
    if (kept.length === 1) return kept[0];
    if (kept.every((t) => this.ops[t] === OP.constant)) return this.constant(kept.slice(1).reduce((s, t) => s + this.payload[t], this.payload[kept[0]]));
    return this.node(OP.add, kept);
  }

  private product(factors: readonly number[]): number {
    if (factors.some((f) => this.isConstant(f, 0))) return this.constant(0);
    const kept = factors.filter((f) => !this.isConstant(f, 1));
    if (kept.length === 0) return this.constant(1);
    if (kept.length === 1) return kept[0];
    if (kept.every((f) => this.ops[f] === OP.constant)) return this.constant(kept.slice(1).reduce((s, f) => s * this.payload[f], this.payload[kept[0]]));
    return this.node(OP.multiply, kept);
  }

  private negation(u: number): number {
    const c = this.constantValue(u);
    if (c !== undefined) return this.constant(-c);
    if (this.ops[u] === OP.negate) return this.argList[this.argStart[u]];
    return this.node(OP.negate, [u]);
  }

  private quotient(u: number, v: number): number {
    if (this.isConstant(u, 0)) return this.constant(0);
    if (this.isConstant(v, 1)) return u;
    return this.node(OP.divide, [u, v]);
  }

  private power(u: number, w: number): number {
    if (this.isConstant(w, 1)) return u;
    if (this.isConstant(w, 0)) return this.constant(1);
    return this.node(OP.pow, [u, w]);
  }

  /** ∂node/∂x_v (0-based v), memoised per variable. */
  derivative(node: number, v: number): number {
    if (!this.dependsOn(node, v)) return this.constant(0);
    const memo = this.memo[v];
    const hit = memo.get(node);
    if (hit !== undefined) return hit;
    this.spend(1);
    const a = Array.from(this.argsOf(node));
    const D = (u: number) => this.derivative(u, v);
    let r: number;
    switch (this.ops[node]) {
      case OP.variable:
        r = this.constant(1);
        break;
      case OP.add:
        r = this.sum(a.filter((u) => this.dependsOn(u, v)).map(D));
        break;
      case OP.negate:
        r = this.negation(D(a[0]));
        break;
      case OP.multiply:
        // d(u₁⋯uₖ) = Σ_i u₁⋯u_i′⋯uₖ over the factors that depend on x_v.
        r = this.sum(a.map((u, i) => (this.dependsOn(u, v) ? this.product(a.map((w, j) => (i === j ? D(u) : w))) : this.constant(0))));
        break;
      case OP.divide: {
        const [u, w] = a;
        if (!this.dependsOn(w, v)) r = this.quotient(D(u), w);
        else {
          const w2 = this.power(w, this.constant(2));
          if (!this.dependsOn(u, v)) r = this.negation(this.quotient(this.product([u, D(w)]), w2));
          else r = this.quotient(this.sum([this.product([D(u), w]), this.negation(this.product([u, D(w)]))]), w2);
        }
        break;
      }
      case OP.pow: {
        const [u, w] = a;
        if (!this.dependsOn(w, v)) {
          // d(u^c) = c·u^(c−1)·u′ (c a number: its c − 1 folded now, as mathjs's rule evaluates it).
          const c = this.constantValue(w);
          const exponent = c === undefined ? this.sum([w, this.constant(-1)]) : this.constant(c - 1);
          r = this.product([w, this.power(u, exponent), D(u)]);
        } else if (!this.dependsOn(u, v)) {
          r = this.product([node, this.node(OP.log, [u]), D(w)]);
        } else {
          r = this.product([node, this.sum([this.product([D(w), this.node(OP.log, [u])]), this.product([w, this.quotient(D(u), u)])])]);
        }
        break;
      }
      case OP.exp:
        r = this.product([node, D(a[0])]);
        break;
      case OP.log:
        r = this.quotient(D(a[0]), a[0]);
        break;
      case OP.sqrt:
        r = this.quotient(D(a[0]), this.product([this.constant(2), node]));
        break;
      case OP.sin:
        r = this.product([this.node(OP.cos, [a[0]]), D(a[0])]);
        break;
      case OP.cos:
        r = this.negation(this.product([this.node(OP.sin, [a[0]]), D(a[0])]));
        break;
      case OP.tan:
        // sec² u = 1/cos² u, as mathjs's rule (1 + tan² u would lose nothing either, but differs in rounding).
        r = this.quotient(D(a[0]), this.power(this.node(OP.cos, [a[0]]), this.constant(2)));
        break;
      case OP.sinh:
        r = this.product([this.node(OP.cosh, [a[0]]), D(a[0])]);
        break;
      case OP.cosh:
        r = this.product([this.node(OP.sinh, [a[0]]), D(a[0])]);
        break;
      case OP.tanh:
        // sech² u = 1/cosh² u: 1 − tanh² u would cancel to 0 for |u| > 19.
        r = this.quotient(D(a[0]), this.power(this.node(OP.cosh, [a[0]]), this.constant(2)));
        break;
      case OP.atan:
        r = this.quotient(D(a[0]), this.sum([this.constant(1), this.power(a[0], this.constant(2))]));
        break;
      default:
        throw new InputError("expression node", this.ops[node], "a node of a differentiable operation");
    }
    memo.set(node, r);
    return r;
  }

  /** The nodes `roots` need, in creation order (children first). */
  tape(roots: readonly number[]): Tape {
    const seen = new Uint8Array(this.size);
    const stack = [...roots];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (seen[n]) continue;
      seen[n] = 1;
      for (let k = this.argStart[n]; k < this.argStart[n + 1]; k++) if (!seen[this.argList[k]]) stack.push(this.argList[k]);
    }
    const nodes: number[] = [];
    for (let i = 0; i < seen.length; i++) if (seen[i]) nodes.push(i);
    return { nodes: Int32Array.from(nodes) };
  }

  /** Evaluates a tape at x; returns the value array (indexed by node, valid for the tape's nodes). */
  run(tape: Tape, x: ArrayLike<number>): Float64Array {
    if (this.values.length < this.size) this.values = new Float64Array(this.size);
    const val = this.values;
    const { ops, payload, argStart, argList } = this;
    for (const n of tape.nodes) {
      const a0 = argStart[n];
      const a1 = argStart[n + 1];
      let r: number;
      switch (ops[n]) {
        case OP.constant:
          r = payload[n];
          break;
        case OP.variable:
          r = x[payload[n]];
          break;
        case OP.add:
          r = val[argList[a0]];
          for (let k = a0 + 1; k < a1; k++) r += val[argList[k]];
          break;
        case OP.multiply:
          r = val[argList[a0]];
          for (let k = a0 + 1; k < a1; k++) r *= val[argList[k]];
          break;
        case OP.divide:
          r = val[argList[a0]] / val[argList[a0 + 1]];
          break;
        case OP.pow:
          r = val[argList[a0]] ** val[argList[a0 + 1]];
          break;
        case OP.negate:
          r = -val[argList[a0]];
          break;
        case OP.exp:
          r = Math.exp(val[argList[a0]]);
          break;
        case OP.log:
          r = Math.log(val[argList[a0]]);
          break;
        case OP.sqrt:
          r = Math.sqrt(val[argList[a0]]);
          break;
        case OP.sin:
          r = Math.sin(val[argList[a0]]);
          break;
        case OP.cos:
          r = Math.cos(val[argList[a0]]);
          break;
        case OP.tan:
          r = Math.tan(val[argList[a0]]);
          break;
        case OP.sinh:
          r = Math.sinh(val[argList[a0]]);
          break;
        case OP.cosh:
          r = Math.cosh(val[argList[a0]]);
          break;
        case OP.tanh:
          r = Math.tanh(val[argList[a0]]);
          break;
        case OP.atan:
          r = Math.atan(val[argList[a0]]);
          break;
        default:
          r = NaN;
      }
      val[n] = r;
    }
    return val;
  }
}
