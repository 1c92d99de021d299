package org.oncotriage.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded percentile bootstrap: resample the items with replacement {@code resamples} times,
 * recompute a statistic on each resample and take the {@code (1 - level) / 2} and {@code (1 +
 * level) / 2} quantiles. The same seed, data and statistic give the same interval. Resamples on
 * which the statistic is undefined ({@code NaN}) are left out. Thread-safe (no state).
 *
 * @param resamples how many resamples to draw (at least 1)
 * @param level the confidence level, e.g. 0.95
 * @param seed the random seed
 */
public record Bootstrap(int resamples, double level, long seed) {

  /** A statistic over the items whose indices are given (indices may repeat). */
  @FunctionalInterface
  public interface Statistic {
    double apply(int[] indices);
  }

  /**
   * A point estimate with its bootstrap interval.
   *
   * @param used resamples on which the statistic was defined
   */
  public record Interval(double estimate, double lower, double upper, double level, int used) {
    /** True when {@code value} lies within [lower, upper]. */
    public boolean contains(double value) {
      return value >= lower && value <= upper;
    }
  }

  /** The most resamples: each keeps one figure per resample, and 100,000 is far past precise. */
  public static final int MAX_RESAMPLES = 100_000;

  public Bootstrap {
    if (resamples < 1 || resamples > MAX_RESAMPLES) {
      throw new IllegalArgumentException(
          "bootstrap resamples must be in [1, " + MAX_RESAMPLES + "], received " + resamples);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), received " + level);
    }
  }

  /** The statistic on all {@code n} items and its interval. */
  public Interval interval(int n, Statistic statistic) {
    double estimate = statistic.apply(identity(n));
    double[] sampled = distribution(n, statistic);
    if (sampled.length == 0) {
      return new Interval(estimate, Double.NaN, Double.NaN, level, 0);
    }
    return new Interval(
        estimate,
        quantile(sampled, (1 - level) / 2),
        quantile(sampled, (1 + level) / 2),
        level,
        sampled.length);
  }

  /** The statistic on each resample where it is defined, sorted ascending. */
  public double[] distribution(int n, Statistic statistic) {
    if (n == 0) {
      return new double[0];
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[resamples];
    int used = 0;
    int[] indices = new int[n];
    for (int r = 0; r < resamples; r++) {
      for (int i = 0; i < n; i++) {
        indices[i] = random.nextInt(n);
      }
      double value = statistic.apply(indices);
      if (!Double.isNaN(value)) {
        values[used++] = value;
      }
    }
    double[] out = Arrays.copyOf(values, used);
    Arrays.sort(out);
    return out;
  }

  /** 0, 1, ..., n - 1. */
  public static int[] identity(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }

  /** Linear-interpolated quantile {@code q} in [0, 1] of an ascending, non-empty array. */
  static double quantile(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(sorted.length - 1, below + 1);
    double fraction = position - below;
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
  }
}
