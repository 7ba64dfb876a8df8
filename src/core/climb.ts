/**
 * Local maximisation by an adaptive random walk, the one climb routine of signcheck (the smoothness
 * auditor's worst-point search, the least-L0 bound, and the claims engine's worst-case search all use
 * it): from `start`, propose a point at the current step size, accept it when its score is higher and
 * widen the step ×1.5, else narrow it ×0.8 (a (1+1)-evolution strategy with the 1/5-th success rule in
 * its simplest form; Rechenberg 1973). It stops early at +∞ (a violation beyond doubt) or when
 * `stop()` says so (a time limit). Proposals and scores are the caller's: the routine knows nothing of
 * what a point is.
 */
export interface ClimbResult<P> {
  readonly at: P;
  readonly value: number;
  /** Proposals scored. */
  readonly evaluations: number;
  /** Proposals accepted (the walk moved). */
  readonly accepted: number;
}

/** First step size (in the units `propose` scales by) and its adaptation factors. */
const FIRST_STEP = 0.25;
const WIDEN = 1.5;
const NARROW = 0.8;

export function climb<P>(
  start: P,
  startValue: number,
  propose: (at: P, step: number) => P,
  score: (at: P) => number,
  steps: number,
  stop: () => boolean = () => false,
): ClimbResult<P> {
  let at = start;
  let value = startValue;
  let step = FIRST_STEP;
  let evaluations = 0;
  let accepted = 0;
  for (let k = 0; k < steps && value < Infinity && !stop(); k++) {
    const next = propose(at, step);
    const v = score(next);
    evaluations++;
    if (v > value) {
      at = next;
      value = v;
      step *= WIDEN;
      accepted++;
    } else step *= NARROW;
  }
  return { at, value, evaluations, accepted };
}
