/**
 * The registry of the numbered steps of the seed's §4.1 proof ("Proof of (L0,L1) SignSGD General
 * Convergence" and its "Optimal tuning"), S1 … S25 in the order the proof takes them: for each step,
 * where it sits in the text, what it asserts, how it is checked, the claims that decide it (each with
 * its test file), and the errors of docs/seed-errata.md it shows. Every claim quotes the seed's own
 * text for its step in `source.quote` (checked against the seed in proof41Steps.test.ts). The audit's
 * traceability table (step → equation → claim → test → verdict → quote) is generated from this list.
 *
 * How a step is checked (the hypotheses line of each claim says the same):
 *   "derivation"  — for all reals satisfying its premises (a step false there is a gap in the proof even
 *                   where real runs have slack: S12, S19, S23);
 *   "trajectories" — on SignSGD runs, by Monte Carlo, where the step is about the law of a run.
 */
export type CheckedAs = "derivation" | "trajectories";

export interface StepClaim {
  readonly id: string;
  readonly checkedAs: CheckedAs;
  /** The module that defines the claim, relative to the package root. */
  readonly module: string;
  /** The test file that asserts its expected verdict, relative to the package root. */
  readonly test: string;
}

export interface ProofStep {
  readonly step: string;
  /** Where the step sits in the seed's text. */
  readonly where: string;
  /** What the step asserts, in one line. */
  readonly asserts: string;
  readonly claims: readonly StepClaim[];
  /** Errors of docs/seed-errata.md this step's claims show. */
  readonly errors?: readonly string[];
}

/** Step n's claims live in proof41-s<n>.ts; all step tests in one file (one describe block per step). */
const at = (n: number) => ({ module: `theorems/seed/proof41-s${n}.ts`, test: "theorems/seed/proof41.test.ts" });
const derivation = (id: string, n: number): StepClaim => ({ id, checkedAs: "derivation", ...at(n) });
const onRuns = (id: string, n: number): StepClaim => ({ id, checkedAs: "trajectories", ...at(n) });

export const PROOF41_STEPS: readonly ProofStep[] = [
  { step: "S1", where: "first display, first line", asserts: "Lemma 1 (2) at one sign step", claims: [derivation("seed/proof41-s1", 1)] },
  {
    step: "S2",
    where: 'first display, first "="',
    asserts: "‖x^{k+1} − x^k‖₂ = √d·γ_k (true only as ≤)",
    claims: [derivation("seed/proof41-s2", 2), derivation("seed/proof41-s2-as-le", 2)],
  },
  { step: "S3", where: 'first display, second "="', asserts: "d‖∇f‖₂ replaced by √d‖∇f‖₁", claims: [derivation("seed/proof41-s3", 3)], errors: ["E1"] },
  { step: "S4", where: "definition of φ_k", asserts: "φ_k ∈ [−1, 1]", claims: [derivation("seed/proof41-s4", 4)] },
  { step: "S5", where: "definition of D_k", asserts: "D_k is a martingale difference sequence", claims: [onRuns("seed/proof41-s5", 5)] },
  { step: "S6", where: "display after D_k", asserts: "exp(D_k²/(4γ_k²‖∇f‖₁²)) = exp((φ_k − ψ_k)²/4) ≤ e", claims: [derivation("seed/proof41-s6", 6)] },
  {
    step: "S7",
    where: '"Applying Measure Concentration Lemma"',
    asserts: "ΣD_k ≤ ¾λΣσ_k² + ℓ/λ with probability ≥ 1 − δ, for a fixed λ",
    claims: [onRuns("seed/proof41-s7", 7), derivation("seed/proof41-s7-mds-class", 7)],
  },
  { step: "S8", where: "gradient-growth chain, first link", asserts: "‖∇f(x^k)‖₁/√d ≤ ‖∇f(x^k)‖₂", claims: [derivation("seed/proof41-s8", 8)] },
  { step: "S9", where: "gradient-growth chain, second link", asserts: "triangle inequality", claims: [derivation("seed/proof41-s9", 9)] },
  {
    step: "S10",
    where: "gradient-growth chain, third link",
    asserts: "Lemma 1 (1) across the step x^{k−1} → x^k",
    claims: [derivation("seed/proof41-s10", 10)],
  },
  {
    step: "S11",
    where: "gradient-growth chain, fourth link",
    asserts: "‖x^k − x^{k−1}‖₂ ≤ √d·γ_k (the step had stepsize γ_{k−1})",
    claims: [derivation("seed/proof41-s11", 11), derivation("seed/proof41-s11-constant", 11)],
  },
  {
    step: "S12",
    where: 'after "At this point, we take γ_k ≤ …"',
    asserts: "the cap γ_k ≤ 1/(48L1dℓ√d) removes the factor e^{L1√dγ_k}",
    claims: [
      derivation("seed/proof41-s12", 12),
      derivation("seed/proof41-s12-l1-term", 12),
      derivation("seed/proof41-s12-l0-term", 12),
      derivation("seed/proof41-s12-corrected", 12),
    ],
    errors: ["E2"],
  },
  { step: "S13", where: "unrolled bound, second line", asserts: "summing the per-step bound back to x¹", claims: [derivation("seed/proof41-s13", 13)] },
  { step: "S14", where: "unrolled bound, third line", asserts: "‖·‖₂ replaced by ‖·‖₁ on the right", claims: [derivation("seed/proof41-s14", 14)] },
  {
    step: "S15",
    where: '"Hence, the choice of λ yields …"',
    asserts: "the concentration inequality with a λ that depends on the whole run",
    claims: [onRuns("seed/proof41-s15", 15), derivation("seed/proof41-s15-post-hoc-lambda", 15)],
    errors: ["E4"],
  },
  {
    step: "S16",
    where: "(3)",
    asserts: "ψ_k‖∇f‖₁ = ‖∇f‖₁ − 2Σ|∇f_i|P(mismatch_i) (true only as ≥)",
    claims: [derivation("seed/proof41-s16", 16), derivation("seed/proof41-s16-as-ge", 16)],
    errors: ["E9"],
  },
  {
    step: "S17",
    where: "(4)",
    asserts: "P(mismatch_i) ≤ P(|∇f_i − g_i| ≥ |∇f_i|) ≤ … ≤ σ_i/|∇f_i|",
    claims: [
      derivation("seed/proof41-s17", 17),
      { id: "seed/eq4-sign-mismatch", checkedAs: "derivation", module: "theorems/seed/eq4-sign-mismatch.ts", test: "theorems/seed/eq4-sign-mismatch.test.ts" },
    ],
  },
  { step: "S18", where: "display after (4)", asserts: "Σ2|∇f_i|P(mismatch_i) ≤ 2‖σ⃗‖₁", claims: [derivation("seed/proof41-s18", 18)] },
  {
    step: "S19",
    where: '"Finally, we put this bound in telescopic sum"',
    asserts: "the final bound (printed only in the completion: 4Δ₁/(Tγ) + 80L0dγℓ + 8‖σ⃗‖₁ + 24d‖∇f(x¹)‖₁ℓ/T)",
    claims: [derivation("seed/proof41-s19", 19), derivation("seed/proof41-s19-merges-valid", 19), derivation("seed/proof41-s19-corrected", 19)],
    errors: ["E5"],
  },
  {
    step: "S20",
    where: '"Plug in constant stepsizes"',
    asserts: "the only stepsize condition, γ ≤ 1/(48L1dℓ√d)",
    claims: [derivation("seed/proof41-s20", 20)],
    errors: ["E2", "E3"],
  },
  { step: "S21", where: "optimal tuning, first regime", asserts: "ε ≥ 8L0/(L1√d), γ = γ_max ⇒ 80L0dγℓ ≤ ε/2", claims: [derivation("seed/proof41-s21", 21)] },
  {
    step: "S22",
    where: "optimal tuning, batch size",
    asserts: "B = max{1, (16‖σ⃗‖₁/ε)^{κ/(κ−1)}} ⇒ 8‖σ⃗‖₁/B^{(κ−1)/κ} ≤ ε/2",
    claims: [
      derivation("seed/proof41-s22", 22),
      derivation("seed/proof41-s22-cited-lemma", 22),
      {
        id: "seed/batching-constant-1",
        checkedAs: "derivation",
        module: "theorems/seed/batching-constant-1.ts",
        test: "theorems/seed/batching-constant-1.test.ts",
      },
    ],
    errors: ["E7"],
  },
  {
    step: "S23",
    where: "optimal tuning, iteration count",
    asserts: "T chosen for the first term; the bound then reaches ε",
    claims: [derivation("seed/proof41-s23", 23), derivation("seed/proof41-s23-first-term", 23)],
    errors: ["E8"],
  },
  { step: "S24", where: "(5), first line", asserts: "N = O(Δ₁L1ℓd^{3/2}/ε·[1 + (‖σ⃗‖₁/ε)^{κ/(κ−1)}])", claims: [derivation("seed/proof41-s24", 24)] },
  {
    step: "S25",
    where: "(5), second line",
    asserts: "N = O(Δ₁L0ℓd/ε²·[…]) with a stepsize within the cap",
    claims: [derivation("seed/proof41-s25", 25)],
    errors: ["E6"],
  },
];
