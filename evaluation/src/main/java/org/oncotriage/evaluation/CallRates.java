package org.oncotriage.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.oncotriage.metrics.ConfusionMatrix;
import org.oncotriage.metrics.ConfusionMetrics;

/**
 * Over- and under-calls of ordered responder levels, read off a confusion matrix whose rows are the
 * labeled level (truth) and columns the prediction, classes from the least to the most skilled
 * ({@link org.oncotriage.conversation.Responder} order). Every rate is a share of the conversations
 * labeled with the truth level, so "medical_assistant -> oncologist 7%" means 7% of the
 * medical-assistant conversations were called oncologist. A rate is {@code NaN} when no
 * conversation has that label. Immutable.
 *
 * @param pairs every off-diagonal cell, truth by truth, in class order
 * @param byTruth per labeled level, the shares called above and below it
 */
public record CallRates(List<Pair> pairs, List<Row> byTruth) {

  /** Called above the labeled level. */
  public static final String OVER = "over";

  /** Called below the labeled level. */
  public static final String UNDER = "under";

  public CallRates {
    pairs = List.copyOf(pairs);
    byTruth = List.copyOf(byTruth);
  }

  /**
   * One off-diagonal cell.
   *
   * @param truth the labeled level
   * @param predicted the predicted level
   * @param call {@link #OVER} or {@link #UNDER}
   * @param count conversations labeled {@code truth} and predicted {@code predicted}
   * @param labeled conversations labeled {@code truth}
   * @param rate {@code count / labeled}, in [0, 1]
   */
  public record Pair(
      String truth, String predicted, String call, long count, long labeled, double rate) {}

  /**
   * One labeled level.
   *
   * @param truth the labeled level
   * @param labeled conversations labeled {@code truth}
   * @param overCallRate share of them predicted above {@code truth}
   * @param underCallRate share of them predicted below {@code truth}
   */
  public record Row(String truth, long labeled, double overCallRate, double underCallRate) {}

  /** Reads the rates off {@code m} (rows truth, columns prediction, classes ordered). */
  public static CallRates of(ConfusionMatrix m) {
    List<Pair> pairs = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (int t = 0; t < m.size(); t++) {
      long labeled = m.truthTotal(t);
      long above = 0;
      long below = 0;
      for (int p = 0; p < m.size(); p++) {
        if (p == t) {
          continue;
        }
        long n = m.count(t, p);
        if (p > t) {
          above += n;
        } else {
          below += n;
        }
        pairs.add(
            new Pair(
                m.labels().get(t),
                m.labels().get(p),
                p > t ? OVER : UNDER,
                n,
                labeled,
                ConfusionMetrics.ratio(n, labeled)));
      }
      rows.add(
          new Row(
              m.labels().get(t),
              labeled,
              ConfusionMetrics.ratio(above, labeled),
              ConfusionMetrics.ratio(below, labeled)));
    }
    return new CallRates(pairs, rows);
  }
}
