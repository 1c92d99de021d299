package org.oncotriage.evaluation;

import java.util.Arrays;
import org.oncotriage.metrics.Bootstrap;
import org.oncotriage.metrics.Bootstrap.Interval;
import org.oncotriage.metrics.ConfusionMatrix;
import org.oncotriage.metrics.ConfusionMetrics;
import org.oncotriage.metrics.McNemar;

/**
 * Two models on the same conversations, compared on the responder level: McNemar's test on
 * per-conversation correctness and a paired bootstrap of the macro-F1 difference (B minus A; the
 * same resampled conversations for both).
 *
 * @param nameA model A
 * @param nameB model B
 * @param conversations conversations compared
 * @param accuracyA level accuracy of A
 * @param accuracyB level accuracy of B
 * @param macroF1A level macro-F1 of A
 * @param macroF1B level macro-F1 of B
 * @param mcNemar the test on correctness (b = only A right, c = only B right)
 * @param macroF1Difference B - A with its 95% paired bootstrap interval
 * @param bootstrapP two-sided paired bootstrap p-value: twice the smaller share of resamples on
 *     either side of 0, at most 1
 */
public record PairedComparison(
    String nameA,
    String nameB,
    int conversations,
    double accuracyA,
    double accuracyB,
    double macroF1A,
    double macroF1B,
    McNemar mcNemar,
    Interval macroF1Difference,
    double bootstrapP) {

  /**
   * Compares level predictions against the same truth.
   *
   * @param truth labeled level ordinals
   * @param predictedA A's level ordinals
   * @param predictedB B's level ordinals
   */
  public static PairedComparison of(
      String nameA,
      String nameB,
      byte[] truth,
      byte[] predictedA,
      byte[] predictedB,
      Bootstrap bootstrap) {
    if (truth.length != predictedA.length || truth.length != predictedB.length) {
      throw new IllegalArgumentException(
          "paired predictions must be the same length, received truth="
              + truth.length
              + ", a="
              + predictedA.length
              + ", b="
              + predictedB.length);
    }
    int n = truth.length;
    boolean[] correctA = new boolean[n];
    boolean[] correctB = new boolean[n];
    for (int i = 0; i < n; i++) {
      correctA[i] = truth[i] == predictedA[i];
      correctB[i] = truth[i] == predictedB[i];
    }
    int[] all = Bootstrap.identity(n);
    Bootstrap.Statistic difference =
        idx ->
            ConfusionMetrics.macroF1(matrix(truth, predictedB, idx))
                - ConfusionMetrics.macroF1(matrix(truth, predictedA, idx));
    double[] sampled = bootstrap.distribution(n, difference);
    long below = Arrays.stream(sampled).filter(d -> d <= 0).count();
    long above = Arrays.stream(sampled).filter(d -> d >= 0).count();
    double p =
        sampled.length == 0
            ? Double.NaN
            : Math.min(1.0, 2.0 * Math.min(below, above) / sampled.length);
    ConfusionMatrix a = matrix(truth, predictedA, all);
    ConfusionMatrix b = matrix(truth, predictedB, all);
    return new PairedComparison(
        nameA,
        nameB,
        n,
        ConfusionMetrics.accuracy(a),
        ConfusionMetrics.accuracy(b),
        ConfusionMetrics.macroF1(a),
        ConfusionMetrics.macroF1(b),
        McNemar.test(correctA, correctB),
        bootstrap.interval(n, difference),
        p);
  }

  private static ConfusionMatrix matrix(byte[] truth, byte[] predicted, int[] indices) {
    ConfusionMatrix m = new ConfusionMatrix(Outcomes.RESPONDER_LABELS);
    for (int i : indices) {
      m.add(truth[i], predicted[i]);
    }
    return m;
  }
}
