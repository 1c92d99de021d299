package org.oncotriage.spark.projection;

/**
 * A projected figure: a point estimate and, when measured error rates are given, a 95% interval
 * (null bounds otherwise).
 *
 * @param point the estimate
 * @param low the interval's lower bound, or null
 * @param high the interval's upper bound, or null
 */
public record Estimate(double point, Double low, Double high) {

  /** A point estimate without an interval. */
  public static Estimate point(double value) {
    return new Estimate(value, null, null);
  }

  /** This estimate times {@code factor} (bounds included). */
  public Estimate times(double factor) {
    return new Estimate(
        point * factor, low == null ? null : low * factor, high == null ? null : high * factor);
  }

  public boolean hasInterval() {
    return low != null && high != null;
  }
}
