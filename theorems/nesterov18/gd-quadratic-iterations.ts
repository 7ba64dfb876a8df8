/**
 * nesterov18/gd-quadratic-iterations and nesterov18/gd-quadratic-iterations-sqrt — how the iteration
 * count of gradient descent grows with the condition number κ = L/μ (Nesterov 2018, §2.1.5, Thm 2.1.15):
 * with h = 2/(μ + L), every eigen-component of a quadratic contracts by |1 − hλ| ≤ (κ − 1)/(κ + 1) per
 * step, with equality at λ = μ and λ = L, so reaching f(x_k) − f* ≤ ε·(f(x_0) − f*) takes
 *   k ≈ log(1/ε)/(2·log((κ + 1)/(κ − 1))) ≈ κ·log(1/ε)/4 iterations: O(κ), and not O(√κ).
 * The cost is measured by running GD (μ = 1, L = κ, the other eigenvalues drawn in between, x_0 with
 * entries ±1 so that the extreme components carry weight), never from this formula. The false twin
 * claims the accelerated order O(√κ) for plain GD: its fitted slope is ≈ 1 > 1/2 on every instance.
 */
import fc from "fast-check";
import { arb, defineClaim, type ScalingClaim, type Stream } from "signcheck";

export interface GdQuadraticInstance {
  readonly d: number;
  readonly eps: number;
}

/** κ at 10^{1, 1.5, 2, 2.5, 3}. */
const SIZES = [1, 1.5, 2, 2.5, 3].map((e) => 10 ** e);

function iterations({ d, eps }: GdQuadraticInstance, kappa: number, stream: Stream): number {
  const lambda = Float64Array.from({ length: d }, (_, i) => (i === 0 ? 1 : i === d - 1 ? kappa : kappa ** stream.next()));
  const x = Float64Array.from({ length: d }, () => (stream.next() < 0.5 ? -1 : 1));
  const h = 2 / (1 + kappa);
  const f = () => x.reduce((a, xi, i) => a + 0.5 * lambda[i] * xi * xi, 0);
  const target = eps * f();
  // Thm 2.1.15 bounds the count; the loop stops there at the latest (a guard, never the measurement).
  const guard = Math.ceil(Math.log(1 / eps) / (2 * Math.log((kappa + 1) / (kappa - 1)))) + 10;
  let k = 0;
  while (f() > target && k < guard) {
    for (let i = 0; i < d; i++) x[i] -= h * lambda[i] * x[i];
    k++;
  }
  return k;
}

const source = {
  paper: "nesterov18",
  item: "Theorem 2.1.15",
  equation: "(2.1.39)",
  quote: "‖x_k − x*‖ ≤ ((L − μ)/(L + μ))^k ‖x_0 − x*‖ for h = 2/(μ + L)",
} as const;

const instances = fc.record({ d: arb.dimension({ min: 2, max: 8 }), eps: arb.logUniform(1e-8, 1e-3) });
const parameters = [
  { name: "d", scale: "integer" as const, range: [2, 8] as const, read: (i: GdQuadraticInstance) => i.d },
  {
    name: "ε",
    scale: "log" as const,
    range: [1e-8, 1e-3] as const,
    read: (i: GdQuadraticInstance) => i.eps,
    write: (i: GdQuadraticInstance, v: number | number[]) => ({ ...i, eps: v as number }),
  },
];

export const gdQuadraticIterations = defineClaim<ScalingClaim<GdQuadraticInstance>>({
  id: "nesterov18/gd-quadratic-iterations",
  kind: "scaling",
  title: "Gradient descent on a quadratic needs O(κ) iterations to reduce f − f* by ε",
  source,
  hypotheses: ["f(x) = ½Σλ_i x_i², λ ∈ [1, κ] with both ends present, d ∈ [2, 8]", "h = 2/(μ + L), x_0 ∈ {±1}^d", "ε ∈ [1e-8, 1e-3]; κ = 10 … 1000"],
  tightness: "tight",
  instances,
  size: "κ",
  sizes: () => SIZES,
  cost: iterations,
  exponent: () => 1,
  parameters,
  // Cheap (≈ 10⁵ GD steps an instance): enough instances at standard for every decade of ε.
  budgets: { standard: { instances: 30 } },
  expected: { verdict: "holds", reason: "the extreme eigen-components contract by exactly (κ−1)/(κ+1) per step, so the count is ≈ κ·log(1/ε)/4: slope 1" },
});

export const gdQuadraticIterationsSqrt = defineClaim<ScalingClaim<GdQuadraticInstance>>({
  id: "nesterov18/gd-quadratic-iterations-sqrt",
  kind: "scaling",
  title: "Plain gradient descent with the accelerated order O(√κ) (false)",
  source,
  hypotheses: ["as nesterov18/gd-quadratic-iterations"],
  tightness: "upper",
  instances,
  size: "κ",
  sizes: () => SIZES,
  cost: iterations,
  exponent: () => 0.5,
  parameters,
  // Cheap (≈ 10⁵ GD steps an instance): enough instances at standard for every decade of ε.
  budgets: { standard: { instances: 30 } },
  expected: { verdict: "violated", reason: "the count grows like κ·log(1/ε)/4: its log–log slope is ≈ 1 > 1/2" },
});
