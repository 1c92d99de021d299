package org.oncotriage.evaluation.report;

import java.util.Locale;
import org.oncotriage.metrics.Bootstrap.Interval;

/** Number formatting for the report; {@code NaN} prints as "n/a". Thread-safe. */
final class Format {

  private Format() {}

  /** A share as a percentage with one decimal, e.g. {@code 83.1%}. */
  static String pct(double share) {
    return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** A number with {@code digits} decimals. */
  static String num(double value, int digits) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + digits + "f", value);
  }

  /** A count with thousands separators. */
  static String count(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f", value);
  }

  /** A share and its interval, e.g. {@code 83.1% [80.2%, 85.9%]}. */
  static String pct(Interval interval) {
    return interval == null
        ? "n/a"
        : pct(interval.estimate())
            + " ["
            + pct(interval.lower())
            + ", "
            + pct(interval.upper())
            + "]";
  }

  /** A number and its interval with three decimals. */
  static String num(Interval interval) {
    return interval == null
        ? "n/a"
        : num(interval.estimate(), 3)
            + " ["
            + num(interval.lower(), 3)
            + ", "
            + num(interval.upper(), 3)
            + "]";
  }
}
