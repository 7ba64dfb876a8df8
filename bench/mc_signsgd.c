/*
 * The mc-signsgd workload in C (compiled -O3 by `npm run bench` when a C compiler is present): the
 * hand-fused SignSGD loop of bench/fusedSignSgdCosh.ts, ported line for line, with the same Tyche-i
 * generator started from the same per-trajectory states and the same Student-t ziggurat tables
 * (both read from stdin, written by the bench from signcheck's streams and tZiggurat), so it draws
 * the same numbers: S agrees with the engine up to the last bits of libm's sinh, pow, exp and log1p
 * against V8's. Input (stdin, text): R T d gamma nu scale, then 256 W, 256 K, 257 F, yr, then R lines
 * "a b c d". Output: one JSON line (S_r, compute wall time, CPU time, peak RSS).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

typedef struct { uint32_t a, b, c, d; } Tyche;

/* One Tyche-i step, as signcheck's Stream.int32 (seedrandom's tychei). */
static inline int32_t int32(Tyche *s) {
  uint32_t a = s->a, b = s->b, c = s->c, d = s->d;
  b = (b << 25) ^ (b >> 7) ^ c;
  c = c - d;
  d = (d << 24) ^ (d >> 8) ^ a;
  a = a - b;
  b = (b << 20) ^ (b >> 12) ^ c;
  c = c - d;
  d = (d << 16) ^ (c >> 16) ^ a;
  a = a - b;
  s->a = a; s->b = b; s->c = c; s->d = d;
  return (int32_t)a;
}

/* Uniform on (0, 1) with 53 bits, as Stream.next. */
static inline double next(Tyche *s) {
  double r;
  do {
    uint32_t hi = (uint32_t)int32(s) >> 11;
    uint32_t lo = (uint32_t)int32(s);
    r = ((double)hi + (double)lo / 4294967296.0) / 2097152.0;
  } while (r == 0);
  return r;
}

static double W[256], K[256], F[257], yr, nu, e, twoOverNu, oneMinusYr;

static inline double f(double x) { return exp(e * log1p(x * x / nu)); }

/* The Student-t ziggurat of src/noise/tZiggurat.ts. */
static inline double sample(Tyche *s) {
  for (;;) {
    int32_t hz = int32(s);
    int k = int32(s) & 255;
    if (fabs((double)hz) < K[k]) return hz * W[k];
    if (k == 0) {
      for (;;) {
        double y = yr * pow(next(s), twoOverNu);
        double u = next(s);
        if (u * u * (1 - y) < oneMinusYr) {
          double x = sqrt((nu * (1 - y)) / y);
          return hz > 0 ? x : -x;
        }
      }
    }
    double x = hz * W[k];
    double lowY = F[k - 1];
    double highY = k == 255 ? 1 : F[k];
    if (lowY + next(s) * (highY - lowY) < f(x)) return x;
  }
}

static double seconds(clockid_t clock) {
  struct timespec t;
  clock_gettime(clock, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(void) {
  int R, T, d;
  double gamma, scale;
  if (scanf("%d %d %d %lf %lf %lf", &R, &T, &d, &gamma, &nu, &scale) != 6) return 2;
  for (int k = 0; k < 256; k++) if (scanf("%lf", &W[k]) != 1) return 2;
  for (int k = 0; k < 256; k++) if (scanf("%lf", &K[k]) != 1) return 2;
  for (int k = 0; k < 257; k++) if (scanf("%lf", &F[k]) != 1) return 2;
  if (scanf("%lf", &yr) != 1) return 2;
  e = -(nu + 1) / 2;
  twoOverNu = 2 / nu;
  oneMinusYr = 1 - yr;
  Tyche *states = malloc(sizeof(Tyche) * R);
  for (int r = 0; r < R; r++) {
    long long a, b, c, dd;
    if (scanf("%lld %lld %lld %lld", &a, &b, &c, &dd) != 4) return 2;
    states[r] = (Tyche){(uint32_t)a, (uint32_t)b, (uint32_t)c, (uint32_t)dd};
  }
  double *S = malloc(sizeof(double) * R);
  double *x = malloc(sizeof(double) * d);
  double t0 = seconds(CLOCK_MONOTONIC), c0 = seconds(CLOCK_PROCESS_CPUTIME_ID);
  for (int r = 0; r < R; r++) {
    Tyche s = states[r];
    for (int i = 0; i < d; i++) x[i] = 1;
    double s1 = 0;
    for (int k = 1; k <= T; k++) {
      double n1 = 0;
      for (int i = 0; i < d; i++) {
        double gi = sinh(x[i]);
        n1 += fabs(gi);
        double g = gi + scale * sample(&s);
        x[i] -= g > 0 ? gamma : g < 0 ? -gamma : 0;
      }
      s1 += n1;
    }
    double v = s1 / T;
    S[r] = isfinite(v) ? v : INFINITY;
  }
  double wall = seconds(CLOCK_MONOTONIC) - t0, cpu = seconds(CLOCK_PROCESS_CPUTIME_ID) - c0;
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("{\"impl\":\"c\",\"R\":%d,\"T\":%d,\"workers\":1,\"wallMs\":%.3f,\"cpuMs\":%.3f,\"maxRssMB\":%.3f,\"S\":[", R, T, wall * 1e3, cpu * 1e3, ru.ru_maxrss / 1024.0);
  for (int r = 0; r < R; r++) printf(isfinite(S[r]) ? (r ? ",%.17g" : "%.17g") : (r ? ",1e999" : "1e999"), S[r]);
  printf("]}\n");
  return 0;
}
