package org.oncotriage.evaluation;

import java.util.List;
import java.util.Objects;
import org.oncotriage.conversation.Responder;
import org.oncotriage.metrics.BinaryMetrics;
import org.oncotriage.metrics.Bootstrap;
import org.oncotriage.metrics.ConfusionMetrics;

/**
 * The figures a practice decides on, each with its bootstrap interval, over recorded {@link
 * Outcomes}: level and route macro-F1, route under- and over-triage, delegation (share routed below
 * the oncologist), urgent recall, billable AUROC and billable expected calibration error. Macro-F1
 * is {@link ConfusionMetrics#macroF1}'s (the mean over the levels present in truth or prediction).
 * Stateless and thread-safe.
 */
public final class HeadlineFigures {

  /** Equal-width bins of the expected calibration error. */
  public static final int CALIBRATION_BINS = 10;

  /**
   * One figure.
   *
   * @param key the stable JSON key
   * @param description what it measures, in words
   * @param higherIsBetter whether a higher value is the better one
   * @param interval the estimate on all items and its bootstrap interval
   */
  public record Figure(
      String key, String description, boolean higherIsBetter, Bootstrap.Interval interval) {
    public Figure {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(interval, "interval");
    }
  }

  private HeadlineFigures() {}

  /** The figures of {@code outcomes}, in a fixed order. */
  public static List<Figure> of(Outcomes outcomes, Bootstrap bootstrap) {
    int n = outcomes.size();
    int oncologist = Responder.ONCOLOGIST.ordinal();
    boolean[] urgentTruth = outcomes.urgentTruth();
    boolean[] urgentFlag = outcomes.urgentFlag();
    double[] billable = outcomes.billableScore();
    boolean[] billableTruth = outcomes.billableTruth();
    return List.of(
        new Figure(
            "level_macro_f1",
            "most likely level, macro-F1",
            true,
            bootstrap.interval(n, idx -> ConfusionMetrics.macroF1(outcomes.levelMatrix(idx)))),
        new Figure(
            "route_macro_f1",
            "route, macro-F1",
            true,
            bootstrap.interval(n, idx -> ConfusionMetrics.macroF1(outcomes.routeMatrix(idx)))),
        new Figure(
            "route_under_triage_rate",
            "route below the label (under-triage)",
            false,
            bootstrap.interval(
                n, idx -> ConfusionMetrics.belowTruthRate(outcomes.routeMatrix(idx)))),
        new Figure(
            "route_over_triage_rate",
            "route above the label (over-triage)",
            false,
            bootstrap.interval(
                n, idx -> ConfusionMetrics.aboveTruthRate(outcomes.routeMatrix(idx)))),
        new Figure(
            "delegation_rate",
            "routed below the oncologist (delegation)",
            true,
            bootstrap.interval(
                n,
                idx ->
                    ConfusionMetrics.predictedShareOutside(outcomes.routeMatrix(idx), oncologist))),
        new Figure(
            "urgent_recall",
            "urgent conversations flagged (recall)",
            true,
            bootstrap.interval(n, idx -> recall(urgentTruth, urgentFlag, idx))),
        new Figure(
            "billable_auroc",
            "billable probability, AUROC",
            true,
            bootstrap.interval(
                n, idx -> BinaryMetrics.auroc(select(billable, idx), select(billableTruth, idx)))),
        new Figure(
            "billable_ece",
            "billable probability, expected calibration error (" + CALIBRATION_BINS + " bins)",
            false,
            bootstrap.interval(
                n,
                idx ->
                    BinaryMetrics.expectedCalibrationError(
                        select(billable, idx), select(billableTruth, idx), CALIBRATION_BINS))));
  }

  private static double recall(boolean[] truth, boolean[] flag, int[] indices) {
    long positives = 0;
    long found = 0;
    for (int i : indices) {
      if (truth[i]) {
        positives++;
        found += flag[i] ? 1 : 0;
      }
    }
    return positives == 0 ? Double.NaN : (double) found / positives;
  }

  private static double[] select(double[] values, int[] indices) {
    double[] out = new double[indices.length];
    for (int k = 0; k < indices.length; k++) {
      out[k] = values[indices[k]];
    }
    return out;
  }

  private static boolean[] select(boolean[] values, int[] indices) {
    boolean[] out = new boolean[indices.length];
    for (int k = 0; k < indices.length; k++) {
      out[k] = values[indices[k]];
    }
    return out;
  }
}
