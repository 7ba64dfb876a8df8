"""The mc-signsgd workload in NumPy, vectorised over trajectories: the yardstick `npm run bench` runs
beside signcheck's engine (issue 10). X holds R trajectories x d coordinates; one loop over T:
G = sinh(X) (the gradient of sum cosh), S += row sums of |G|, X -= gamma*sign(G + t-noise), with
sign(0) = 0. NumPy's own generator (PCG64, standard_t), so S agrees with the engine in law, not draw
for draw. Usage: python3 bench/mc_signsgd.py R T d gamma nu seed; prints one JSON line (S_r, compute
wall time, CPU time, peak RSS)."""
import json
import resource
import sys
import time

import numpy as np


def main() -> None:
    R, T, d = (int(a) for a in sys.argv[1:4])
    gamma, nu = float(sys.argv[4]), float(sys.argv[5])
    seed = int(sys.argv[6])
    rng = np.random.default_rng(seed)
    t0, c0 = time.perf_counter(), time.process_time()
    X = np.ones((R, d))
    G = np.empty_like(X)
    A = np.empty_like(X)
    S = np.zeros(R)
    for _ in range(T):
        np.sinh(X, out=G)
        np.abs(G, out=A)
        S += A.sum(axis=1)
        G += rng.standard_t(nu, size=(R, d))
        np.sign(G, out=G)
        G *= gamma
        X -= G
    S /= T
    S[~np.isfinite(S)] = np.inf
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(json.dumps({"impl": "numpy", "R": R, "T": T, "workers": 1, "S": S.tolist(), "wallMs": wall * 1e3, "cpuMs": cpu * 1e3,
                      "maxRssMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "numpy": np.__version__}))


if __name__ == "__main__":
    main()
