package org.oncotriage.calibration;

import java.util.function.ToDoubleFunction;

/**
 * Minimizes a smooth convex loss of a few parameters by gradient descent with a backtracking line
 * search: enough for calibration maps of two to four parameters fitted on a few hundred scores,
 * deterministic, and free of a numerics dependency. Stateless and thread-safe.
 */
final class LogisticFit {

  static final int MAX_ITERATIONS = 2_000;
  private static final double TOLERANCE = 1e-10;

  private LogisticFit() {}

  /** A loss and its gradient at a point. */
  interface Objective extends ToDoubleFunction<double[]> {
    double[] gradient(double[] parameters);
  }

  /** {@code strength * |w - origin|^2}. */
  static double ridge(double strength, double[] w, double[] origin) {
    double r = 0;
    for (int i = 0; i < w.length; i++) {
      r += (w[i] - origin[i]) * (w[i] - origin[i]);
    }
    return strength * r;
  }

  /** The gradient of {@link #ridge}. */
  static double[] ridgeGradient(double strength, double[] w, double[] origin) {
    double[] g = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      g[i] = 2 * strength * (w[i] - origin[i]);
    }
    return g;
  }

  /** The parameters that minimize {@code objective}, starting from {@code start}. */
  static double[] minimize(Objective objective, double[] start) {
    double[] x = start.clone();
    double loss = objective.applyAsDouble(x);
    double step = 1.0;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] g = objective.gradient(x);
      double squaredNorm = 0;
      for (double v : g) {
        squaredNorm += v * v;
      }
      if (squaredNorm < TOLERANCE * TOLERANCE) {
        break;
      }
      step = Math.min(step * 2, 10.0);
      double[] candidate = new double[x.length];
      double candidateLoss;
      while (true) {
        for (int i = 0; i < x.length; i++) {
          candidate[i] = x[i] - step * g[i];
        }
        candidateLoss = objective.applyAsDouble(candidate);
        if (candidateLoss <= loss - 0.5 * step * squaredNorm || step < 1e-12) {
          break;
        }
        step /= 2;
      }
      if (loss - candidateLoss < TOLERANCE) {
        x = candidate;
        break;
      }
      x = candidate;
      loss = candidateLoss;
    }
    return x;
  }
}
