package org.oncotriage.metrics;

/**
 * McNemar's test for two classifiers scored on the same items. Only the discordant pairs matter:
 * {@code b} items that A got right and B got wrong, {@code c} items that A got wrong and B got
 * right. Under the null hypothesis (equal error rates) each discordant pair goes either way with
 * probability 1/2. Stateless and thread-safe.
 *
 * @param onlyARight {@code b}
 * @param onlyBRight {@code c}
 * @param exactP two-sided exact binomial p-value: {@code min(1, 2 P(X <= min(b, c)))}, {@code X ~
 *     Bin(b + c, 1/2)}; 1 when there are no discordant pairs
 * @param chiSquare the continuity-corrected statistic {@code (|b - c| - 1)^2 / (b + c)} (0 when
 *     {@code b + c = 0})
 * @param correctedP its p-value on the chi-square distribution with one degree of freedom
 */
public record McNemar(
    long onlyARight, long onlyBRight, double exactP, double chiSquare, double correctedP) {

  /** Tests the discordant counts {@code b} (only A right) and {@code c} (only B right). */
  public static McNemar test(long b, long c) {
    if (b < 0 || c < 0) {
      throw new IllegalArgumentException(
          "discordant counts must be non-negative, received b=" + b + ", c=" + c);
    }
    long n = b + c;
    if (n == 0) {
      return new McNemar(b, c, 1.0, 0.0, 1.0);
    }
    long k = Math.min(b, c);
    double tail = 0;
    for (long i = 0; i <= k; i++) {
      tail += Math.exp(logChoose(n, i) - n * Math.log(2));
    }
    double exact = Math.min(1.0, 2 * tail);
    double diff = Math.max(0, Math.abs(b - c) - 1.0);
    double chi = diff * diff / n;
    return new McNemar(b, c, exact, chi, erfc(Math.sqrt(chi / 2)));
  }

  /** Tests paired correctness flags ({@code aCorrect[i]}, {@code bCorrect[i]} for item i). */
  public static McNemar test(boolean[] aCorrect, boolean[] bCorrect) {
    if (aCorrect.length != bCorrect.length) {
      throw new IllegalArgumentException(
          "paired results must be the same length, received a="
              + aCorrect.length
              + ", b="
              + bCorrect.length);
    }
    long b = 0;
    long c = 0;
    for (int i = 0; i < aCorrect.length; i++) {
      if (aCorrect[i] && !bCorrect[i]) {
        b++;
      } else if (!aCorrect[i] && bCorrect[i]) {
        c++;
      }
    }
    return test(b, c);
  }

  private static double logChoose(long n, long k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  }

  private static double logFactorial(long n) {
    double sum = 0;
    for (long i = 2; i <= n; i++) {
      sum += Math.log(i);
    }
    return sum;
  }

  /** Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7). */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double ans =
        t
            * Math.exp(
                -z * z
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return x >= 0 ? ans : 2 - ans;
  }
}
