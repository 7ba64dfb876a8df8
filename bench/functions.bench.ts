/**
 * Cost of the data-set path the claims and experiments use: reading LIBSVM mushrooms (8124 × 112,
 * 170,604 non-zeros), building its logistic objective (Gram matrix + Jacobi for λ_max(AᵀA)), one full
 * gradient (two sparse products + 8124 sigmoids), one dense Hessian norm, and a Newton solve; plus the
 * smoothness auditor on a closed-form family and on an expression function. Medians of repeated runs
 * after a warm-up. The issue asks: reading well under a second, one gradient at most about 1 ms.
 */
import { auditSmoothness, coshSum, fromExpression, locateDataset, logisticObjective, readLibsvm } from "signcheck";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeMs(f: () => unknown, reps: number, warmup = Math.min(reps, 20)): number {
  for (let i = 0; i < warmup; i++) f();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

export function run(): void {
  let path: string;
  try {
    path = locateDataset("mushrooms");
  } catch (e) {
    console.log(`mushrooms not available (${(e as Error).message}); skipping the data-set figures`);
    path = "";
  }
  if (path) {
    const tRead = timeMs(() => readLibsvm(path, { features: 112 }), 15, 3);
    const { A, y } = readLibsvm(path, { features: 112 });
    const tBuild = timeMs(() => logisticObjective(A, y), 10, 2);
    const f = logisticObjective(A, y, { lambda: 1 });
    const w = new Float64Array(112).fill(0.01);
    const g = new Float64Array(112);
    const tGrad = timeMs(() => f.gradient(w, g), 2000, 200);
    const tValue = timeMs(() => f.value(w), 2000, 200);
    const tHess = timeMs(() => f.hessianNorm(w), 10, 2);
    const tNewton = timeMs(() => f.minimise(), 5, 1);
    console.log(`mushrooms (${path})`);
    console.log(`  read + parse LIBSVM           ${tRead.toFixed(1)} ms`);
    console.log(`  build objective (λ_max AᵀA)   ${tBuild.toFixed(1)} ms`);
    console.log(`  one full gradient             ${tGrad.toFixed(3)} ms`);
    console.log(`  one value                     ${tValue.toFixed(3)} ms`);
    console.log(`  one Hessian norm (dense)      ${tHess.toFixed(1)} ms`);
    console.log(`  Newton solve, λ = 1           ${tNewton.toFixed(1)} ms`);
  }
  const cosh = coshSum(3);
  const expr = fromExpression("cosh(x1) + cosh(x2) + cosh(x3)", { dim: 3 });
  const tAudit = timeMs(() => auditSmoothness(cosh, cosh.smoothness, { numRuns: 300 }), 5, 1);
  const tAuditExpr = timeMs(() => auditSmoothness(expr, cosh.smoothness, { numRuns: 300 }), 3, 1);
  console.log(`auditSmoothness, 6 forms × 300 draws: Σcosh (d = 3) ${tAudit.toFixed(0)} ms; same as expression ${tAuditExpr.toFixed(0)} ms`);
}
