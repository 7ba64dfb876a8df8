/**
 * The single bibliography of signcheck: key → authors, year, title and a pinned source (arXiv id
 * with version, DOI, or repository@commit for unpublished texts). Different versions of one work get
 * different keys; a claim's `source.paper` must be one of these keys.
 */
export interface Reference {
  readonly authors: string;
  readonly year: number;
  readonly title: string;
  /** Pinned: arXiv id with version, DOI, proceedings URL, or repository@commit:path. */
  readonly pinned: string;
  readonly note?: string;
}

/** The bibliography: every source a claim may cite, by key. */
export const REFERENCES = {
  seed: {
    authors: "M. Ikonnikov, N. Kornilov",
    year: 2025,
    title: "Sign operator for (L0,L1)-smooth optimization (draft of April 3, 2025)",
    pinned: "github.com/intsystems/Sign-for-L0L1-smooth-opt@abc6b2c:paper/main.tex",
    note: "The text audited as `seed` (shared/seed/000_c77ed2c08f501b71.txt).",
  },
  seedfinal: {
    authors: "M. Ikonnikov, N. Kornilov",
    year: 2025,
    title: "Sign operator for (L0,L1)-smooth optimization (authors' completion, 'final')",
    pinned: "github.com/intsystems/Sign-for-L0L1-smooth-opt@8f1b2e2fd13cacc00a9c0a75770ec309780abc17:paper/main.tex",
    note: "The authors' public repository, commit of 2025-05-17: the Theorem \"(L0,L1) HP complexity for minibatch-SignSGD\" and its proof (which completes the seed's §4.1), the Sign Update Step Lemma, the M-SignSGD theorem.",
  },
  kornilov25: {
    authors: "N. Kornilov, P. Zmushko, A. Semenov, A. Gasnikov, A. Beznosikov",
    year: 2025,
    title:
      "Sign Operator for Coping with Heavy-Tailed Noise: High Probability Convergence Bounds with Extensions to Distributed Optimization and Comparison Oracle",
    pinned: "arXiv:2502.07923v1",
  },
  bernstein18: {
    authors: "J. Bernstein, Y.-X. Wang, K. Azizzadenesheli, A. Anandkumar",
    year: 2018,
    title: "signSGD: Compressed Optimisation for Non-Convex Problems",
    pinned: "PMLR 80:560–569 (ICML 2018), proceedings.mlr.press/v80/bernstein18a.html",
  },
  bernstein19: {
    authors: "J. Bernstein, J. Zhao, K. Azizzadenesheli, A. Anandkumar",
    year: 2019,
    title: "signSGD with Majority Vote is Communication Efficient and Fault Tolerant",
    pinned: "arXiv:1810.05291v3 (ICLR 2019)",
  },
  karimireddy19: {
    authors: "S. P. Karimireddy, Q. Rebjock, S. U. Stich, M. Jaggi",
    year: 2019,
    title: "Error Feedback Fixes SignSGD and other Gradient Compression Schemes",
    pinned: "PMLR 97:3252–3261 (ICML 2019), proceedings.mlr.press/v97/karimireddy19a.html",
  },
  gorbunov24: {
    authors: "E. Gorbunov, N. Tupitsa, S. Choudhury, A. Aliev, P. Richtárik, S. Horváth, M. Takáč",
    year: 2024,
    title: "Methods for Convex (L0,L1)-Smooth Optimization: Clipping, Acceleration, and Adaptivity",
    pinned: "arXiv:2409.14989v1",
  },
  hubler24: {
    authors: "F. Hübler, I. Fatkhullin, N. He",
    year: 2024,
    title: "From Gradient Clipping to Normalization for Heavy-Tailed SGD",
    pinned: "arXiv:2410.13849v1",
  },
  zhang20: {
    authors: "J. Zhang, T. He, S. Sra, A. Jadbabaie",
    year: 2020,
    title: "Why Gradient Clipping Accelerates Training: A Theoretical Justification for Adaptivity",
    pinned: "arXiv:1905.11881v2 (ICLR 2020)",
  },
  chen23: {
    authors: "Z. Chen, Y. Zhou, Y. Liang, Z. Lu",
    year: 2023,
    title: "Generalized-Smooth Nonconvex Optimization is As Efficient As Smooth Nonconvex Optimization",
    pinned: "arXiv:2303.02854v2 (ICML 2023)",
  },
  liorabona20: {
    authors: "X. Li, F. Orabona",
    year: 2020,
    title: "A High Probability Analysis of Adaptive SGD with Momentum",
    pinned: "arXiv:2007.14294v1",
  },
  review: {
    authors: "signcheck developers",
    year: 2026,
    title: "Errata of the seed and of the authors' completion, with the corrections the audit checks (a review of the seed, written up in this repository)",
    pinned: "this repository: docs/seed-errata.md",
    note: "signcheck's own document: claims `review/…` are corrections derived there (e.g. the corrected minibatch prescription of E8), not a published paper's statements.",
  },
  signcheck: {
    authors: "signcheck developers",
    year: 2026,
    title: "Engine self-checks: deliberately constructed claims with known truth",
    pinned: "this repository",
    note: "Used only by the engine's own tests (error rates, false claims of each kind).",
  },
  // optimizers (issue 5): the compressors' sources
  alistarh17: {
    authors: "D. Alistarh, D. Grubic, J. Li, R. Tomioka, M. Vojnovic",
    year: 2017,
    title: "QSGD: Communication-Efficient SGD via Gradient Quantization and Encoding",
    pinned: "arXiv:1610.02132v4 (NeurIPS 2017)",
  },
  stich18: {
    authors: "S. U. Stich, J.-B. Cordonnier, M. Jaggi",
    year: 2018,
    title: "Sparsified SGD with Memory",
    pinned: "arXiv:1809.07599v2 (NeurIPS 2018)",
  },
  // classical results behind the engine's demonstration claims of the expectation, scaling and tuning kinds (issue 8)
  nesterov18: {
    authors: "Yu. Nesterov",
    year: 2018,
    title: "Lectures on Convex Optimization (2nd edition)",
    pinned: "doi:10.1007/978-3-319-91578-4",
    note: "§2.1.5, Theorem 2.1.15: gradient descent with h = 2/(μ + L) contracts by (L − μ)/(L + μ) per step on μ-strongly convex L-smooth functions.",
  },
  laurent00: {
    authors: "B. Laurent, P. Massart",
    year: 2000,
    title: "Adaptive estimation of a quadratic functional by model selection",
    pinned: "doi:10.1214/aos/1015957395 (Ann. Statist. 28(5):1302–1338)",
    note: "Lemma 1: P(χ²_d ≥ d + 2√(d·t) + 2t) ≤ e^{−t}.",
  },
} as const satisfies Record<string, Reference>;

/** A key of the bibliography. */
export type ReferenceKey = keyof typeof REFERENCES;

/** True when `key` names an entry of the bibliography. */
export function isReferenceKey(key: string): key is ReferenceKey {
  return Object.hasOwn(REFERENCES, key);
}
