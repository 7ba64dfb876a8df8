/**
 * Adaptive Gauss–Kronrod quadrature (G7/K15 pair, QUADPACK's QAG rule; Piessens et al. 1983) of a
 * smooth integrand on [a, b], with semi-infinite ranges mapped by x = a + t/(1 − t), t ∈ [0, 1).
 * The error estimate of an interval is |K15 − G7|; the interval with the largest estimate is bisected
 * until the total estimate is below max(atol, rtol·|I|). Used to compute tails and moments
 * independently of the closed forms (a check of the noise library), and the few quantities without
 * a closed form (SαS tails via Zolotarev's integral, the κ-moment of a centred Lomax law).
 */
import { InputError } from "../errors.ts";

// Kronrod nodes/weights (15 points) and the embedded Gauss weights (7 points), on [−1, 1].
const XK = [
  0.991455371120812639206854697526329, 0.949107912342758524526189684047851, 0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
  0.586087235467691130294144845693013, 0.405845151377397166906606412076961, 0.207784955007898467600689403773245, 0.0,
];
const WK = [
  0.02293532201052922496373200805897, 0.063092092629978553290700663189204, 0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
  0.16900472663926790282658342659855, 0.190350578064785409913256402421014, 0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
];
const WG = [0.129484966168869693270611432679082, 0.27970539148927666790146777142378, 0.381830050505118944950369775488975, 0.417959183673469387755102040816327];

export interface IntegrateOptions {
  readonly atol?: number;
  readonly rtol?: number;
  /** Maximum number of subintervals before giving up (an error is thrown: never a silent wrong value). */
  readonly maxIntervals?: number;
}

interface Piece {
  a: number;
  b: number;
  value: number;
  error: number;
}

function rule(f: (x: number) => number, a: number, b: number): Piece {
  const c = 0.5 * (a + b);
  const h = 0.5 * (b - a);
  const fc = f(c);
  let k = WK[7] * fc;
  let g = WG[3] * fc;
  for (let j = 0; j < 7; j++) {
    const dx = h * XK[j];
    const s = f(c - dx) + f(c + dx);
    k += WK[j] * s;
    if (j % 2 === 1) g += WG[(j - 1) / 2] * s;
  }
  return { a, b, value: k * h, error: Math.abs((k - g) * h) };
}

/** ∫_a^b f(x) dx for finite a < b, or b = Infinity. */
export function integrate(f: (x: number) => number, a: number, b: number, { atol = 1e-15, rtol = 1e-13, maxIntervals = 4000 }: IntegrateOptions = {}): number {
  if (!Number.isFinite(a)) throw new InputError("a", a, "a finite lower limit");
  if (!(b > a)) throw new InputError("b", b, `a number > a = ${a} (Infinity allowed)`);
  // x = a + t/(1 − t), dx = dt/(1 − t)²: the map of [0, 1) onto [a, ∞); the endpoint t = 1 is never evaluated by G–K.
  const g =
    b === Infinity
      ? (t: number) => {
          const s = 1 - t;
          const v = f(a + t / s) / (s * s);
          return Number.isFinite(v) ? v : 0;
        }
      : f;
  const [lo, hi] = b === Infinity ? [0, 1] : [a, b];
  const pieces: Piece[] = [rule(g, lo, hi)];
  let total = pieces[0].value;
  let err = pieces[0].error;
  while (err > Math.max(atol, rtol * Math.abs(total))) {
    if (pieces.length >= maxIntervals)
      throw new Error(`integrate: no convergence on [${a}, ${b}] after ${maxIntervals} intervals (error estimate ${err}, value ${total})`);
    let w = 0;
    for (let i = 1; i < pieces.length; i++) if (pieces[i].error > pieces[w].error) w = i;
    const p = pieces[w];
    const m = 0.5 * (p.a + p.b);
    if (!(m > p.a && m < p.b)) break; // interval at float resolution: no further refinement possible
    const left = rule(g, p.a, m);
    const right = rule(g, m, p.b);
    pieces[w] = left;
    pieces.push(right);
    total = 0;
    err = 0;
    for (const q of pieces) {
      total += q.value;
      err += q.error;
    }
  }
  return total;
}

/**
 * ∫ over [points[0], points[last]] as the sum over consecutive breakpoints. A first pass (one K15 rule
 * per piece) estimates the scale S of the whole integral; each piece is then integrated with absolute
 * tolerance rtol·S/(number of pieces), so that pieces far below S (e.g. underflowing layers) do not
 * demand a relative accuracy that round-off cannot give.
 */
export function integratePieces(f: (x: number) => number, points: readonly number[], { rtol = 1e-13, atol = 0, maxIntervals }: IntegrateOptions = {}): number {
  const n = points.length - 1;
  let scale = 0;
  for (let i = 0; i < n; i++) if (points[i + 1] > points[i]) scale += Math.abs(rule(f, points[i], points[i + 1]).value);
  const pieceAtol = Math.max(atol, (rtol * scale) / n);
  let s = 0;
  for (let i = 0; i < n; i++) if (points[i + 1] > points[i]) s += integrate(f, points[i], points[i + 1], { atol: pieceAtol, rtol, maxIntervals });
  return s;
}
