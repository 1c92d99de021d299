package org.oncotriage.spark.projection;

/** The Wilson score interval of a binomial share, 95%. Stateless. */
final class Wilson {

  /** The normal quantile of a two-sided 95% interval. */
  static final double Z = 1.959963984540054;

  private Wilson() {}

  /**
   * A share measured as {@code successes} of {@code trials}.
   *
   * @param successes at least 0, at most trials
   * @param trials at least 0; a share of 0 trials is 0 with the interval [0, 1]
   */
  record Share(long successes, long trials) {
    Share {
      if (successes < 0 || successes > trials) {
        throw new IllegalArgumentException(
            "needs 0 <= successes <= trials, received successes="
                + successes
                + ", trials="
                + trials);
      }
    }

    double point() {
      return trials == 0 ? 0.0 : (double) successes / trials;
    }

    double low() {
      return bound(-1);
    }

    double high() {
      return bound(+1);
    }

    private double bound(int sign) {
      if (trials == 0) {
        return sign < 0 ? 0.0 : 1.0;
      }
      double n = trials;
      double p = point();
      double z2 = Z * Z;
      double centre = p + z2 / (2 * n);
      double spread = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
      return Math.min(1.0, Math.max(0.0, (centre + sign * spread) / (1 + z2 / n)));
    }
  }
}
