/**
 * Build time of `fromExpression` on the worst shapes inside EXPRESSION_LIMITS (the shapes of
 * properties/functions/expressionShapes.ts, each at the largest size the limits accept), and the time
 * to refuse one step past the limit; the median of 5 builds after a warm-up, and the worst of all.
 * The issue asks that every expression within the limits builds in well under a second.
 */
import { EXPRESSION_LIMITS, fromExpression } from "signcheck";
import { EXPRESSION_SHAPES, largestAccepted } from "../properties/functions/expressionShapes.ts";

function medianMs(f: () => unknown, reps = 5): number {
  const attempt = () => {
    try {
      f();
    } catch {
      // a refusal is what is timed
    }
  };
  attempt();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    attempt();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(reps / 2)];
}

export function run(): void {
  console.log(`limits: ${JSON.stringify(EXPRESSION_LIMITS)}`);
  fromExpression("x1", { dim: 1 }); // loads mathjs (≈ 2 s, once per process)
  let worst = { ms: 0, name: "" };
  for (const shape of EXPRESSION_SHAPES) {
    const n = largestAccepted(shape);
    const { expression, dim } = shape.at(n);
    const build = medianMs(() => fromExpression(expression, { dim }));
    const next = shape.at(n + 1);
    const refuse = n < shape.maxN ? medianMs(() => fromExpression(next.expression, { dim: next.dim })) : NaN;
    if (build > worst.ms) worst = { ms: build, name: shape.name };
    console.log(
      `  ${shape.name.padEnd(36)} n = ${String(n).padStart(5)} (${String(expression.length).padStart(5)} chars, dim ${String(dim).padStart(3)}): build ${build.toFixed(1).padStart(6)} ms, ${Number.isNaN(refuse) ? "n + 1 is past dim's limit" : `refuse n + 1 ${refuse.toFixed(1).padStart(6)} ms`}`,
    );
  }
  console.log(`worst build within the limits: ${worst.ms.toFixed(1)} ms (${worst.name})`);
  // The inputs of issue 13, which took 384 s, 28 s and > 60 s with mathjs's simplifying derivative.
  const issue = [
    ["x1^x1^x1^x1^x1^x1", 1],
    [Array.from({ length: 25 }, (_, i) => `x${(i % 5) + 1}^${i + 2}`).join(" + "), 5],
    [`${"exp(".repeat(12)}x1${")".repeat(12)}`, 1],
  ] as const;
  for (const [expression, dim] of issue)
    console.log(`  ${expression.slice(0, 36).padEnd(36)} build ${medianMs(() => fromExpression(expression, { dim })).toFixed(2)} ms`);
}
