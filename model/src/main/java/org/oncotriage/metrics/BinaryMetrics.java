package org.oncotriage.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Metrics of a score against a binary truth, over primitive arrays ({@code scores[i]} is the
 * predicted probability of the positive class for item {@code i}, {@code truth[i]} whether it is
 * positive). Probabilities are in [0, 1]. Undefined values (no positives, no negatives) are {@code
 * NaN}. Stateless and thread-safe; the arrays are never modified.
 */
public final class BinaryMetrics {

  /** The labels of a {@link #decisions} matrix: index 0 negative, index {@link #POSITIVE}. */
  static final List<String> DECISION_LABELS = List.of("negative", "positive");

  /** The index of the positive class in a {@link #decisions} matrix. */
  public static final int POSITIVE = 1;

  private BinaryMetrics() {}

  /**
   * Yes/no decisions against the truth as a 2-class {@link ConfusionMatrix} over {@link
   * #DECISION_LABELS} (rows truth, columns decision), for {@link LabelMetric#PRECISION}, {@link
   * LabelMetric#RECALL} and {@link LabelMetric#F1} of class {@link #POSITIVE}.
   */
  public static ConfusionMatrix decisions(boolean[] decided, boolean[] truth) {
    if (decided.length != truth.length) {
      throw new IllegalArgumentException(
          "decisions and truth must be the same length, received decided.length="
              + decided.length
              + ", truth.length="
              + truth.length);
    }
    ConfusionMatrix m = new ConfusionMatrix(DECISION_LABELS);
    for (int i = 0; i < decided.length; i++) {
      m.add(truth[i] ? POSITIVE : 0, decided[i] ? POSITIVE : 0);
    }
    return m;
  }

  /** One point of a curve: x and y in [0, 1], and the score threshold ({@code score >= t}). */
  public record CurvePoint(double x, double y, double threshold) {}

  /**
   * One bin of a reliability diagram.
   *
   * @param lower inclusive lower edge
   * @param upper exclusive upper edge (inclusive for the last bin)
   * @param count items in the bin
   * @param meanScore mean predicted probability in the bin ({@code NaN} when empty)
   * @param positiveRate observed share of positives in the bin ({@code NaN} when empty)
   */
  public record ReliabilityBin(
      double lower, double upper, long count, double meanScore, double positiveRate) {}

  /**
   * One row of a threshold table: what flagging {@code score >= threshold} would give.
   *
   * @param flaggedShare share of all items flagged
   */
  public record ThresholdRow(
      double threshold,
      long truePositives,
      long falsePositives,
      long falseNegatives,
      double precision,
      double recall,
      double flaggedShare) {}

  /**
   * Area under the ROC curve by the Mann-Whitney rank formula: {@code (R+ - n+(n+ + 1)/2) / (n+
   * n-)}, where {@code R+} is the sum of the positives' ranks and tied scores share their mid-rank
   * (a tied positive/negative pair counts one half).
   */
  public static double auroc(double[] scores, boolean[] truth) {
    checkLengths(scores, truth);
    // Sorting a primitive copy keeps this fast enough for a bootstrap over 100,000 items: the
    // mid-rank of a score s is (#scores below s) + (#scores equal to s + 1) / 2.
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    double positiveRankSum = 0;
    long positives = 0;
    for (int i = 0; i < scores.length; i++) {
      if (truth[i]) {
        int below = firstIndexNotBelow(sorted, scores[i]);
        int notAbove = firstIndexAbove(sorted, scores[i]);
        positiveRankSum += below + (notAbove - below + 1) / 2.0;
        positives++;
      }
    }
    long negatives = scores.length - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  private static int firstIndexNotBelow(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int firstIndexAbove(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Area under the precision-recall curve as average precision: {@code sum (R_k - R_{k-1}) P_k}
   * over the distinct score thresholds from high to low (tied scores enter together).
   */
  public static double auprc(double[] scores, boolean[] truth) {
    checkLengths(scores, truth);
    long positives = countPositives(truth);
    if (positives == 0) {
      return Double.NaN;
    }
    double area = 0;
    double previousRecall = 0;
    for (CurvePoint p : precisionRecallCurve(scores, truth)) {
      area += (p.x() - previousRecall) * p.y();
      previousRecall = p.x();
    }
    return area;
  }

  /** Mean squared difference between score and outcome (0 or 1). */
  public static double brier(double[] scores, boolean[] truth) {
    checkLengths(scores, truth);
    if (scores.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      double d = scores[i] - (truth[i] ? 1 : 0);
      sum += d * d;
    }
    return sum / scores.length;
  }

  /**
   * Reliability diagram over {@code bins} equal-width bins of [0, 1]; a score of exactly 1 falls in
   * the last bin.
   */
  public static List<ReliabilityBin> reliability(double[] scores, boolean[] truth, int bins) {
    checkLengths(scores, truth);
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be at least 1, received " + bins);
    }
    long[] count = new long[bins];
    double[] scoreSum = new double[bins];
    long[] positives = new long[bins];
    for (int i = 0; i < scores.length; i++) {
      int b = Math.min(bins - 1, Math.max(0, (int) Math.floor(scores[i] * bins)));
      count[b]++;
      scoreSum[b] += scores[i];
      positives[b] += truth[i] ? 1 : 0;
    }
    List<ReliabilityBin> out = new ArrayList<>(bins);
    for (int b = 0; b < bins; b++) {
      out.add(
          new ReliabilityBin(
              (double) b / bins,
              (double) (b + 1) / bins,
              count[b],
              count[b] == 0 ? Double.NaN : scoreSum[b] / count[b],
              count[b] == 0 ? Double.NaN : (double) positives[b] / count[b]));
    }
    return out;
  }

  /**
   * Expected calibration error over {@code bins} equal-width bins: {@code sum_b (n_b / N) |mean
   * score_b - positive rate_b|}.
   */
  public static double expectedCalibrationError(double[] scores, boolean[] truth, int bins) {
    if (scores.length == 0) {
      return Double.NaN;
    }
    double ece = 0;
    for (ReliabilityBin bin : reliability(scores, truth, bins)) {
      if (bin.count() > 0) {
        ece +=
            (double) bin.count() / scores.length * Math.abs(bin.meanScore() - bin.positiveRate());
      }
    }
    return ece;
  }

  /**
   * The ROC curve from (0, 0) to (1, 1): x the false-positive rate, y the true-positive rate, one
   * point per distinct score (threshold {@code score >= t}).
   */
  public static List<CurvePoint> rocCurve(double[] scores, boolean[] truth) {
    checkLengths(scores, truth);
    long positives = countPositives(truth);
    long negatives = scores.length - positives;
    List<CurvePoint> out = new ArrayList<>();
    out.add(new CurvePoint(0, 0, Double.POSITIVE_INFINITY));
    sweep(
        scores,
        truth,
        (tp, fp, threshold) ->
            out.add(
                new CurvePoint(
                    negatives == 0 ? 0 : (double) fp / negatives,
                    positives == 0 ? 0 : (double) tp / positives,
                    threshold)));
    return out;
  }

  /**
   * The precision-recall curve: x the recall, y the precision, one point per distinct score from
   * high to low.
   */
  public static List<CurvePoint> precisionRecallCurve(double[] scores, boolean[] truth) {
    checkLengths(scores, truth);
    long positives = countPositives(truth);
    List<CurvePoint> out = new ArrayList<>();
    sweep(
        scores,
        truth,
        (tp, fp, threshold) ->
            out.add(
                new CurvePoint(
                    positives == 0 ? 0 : (double) tp / positives,
                    (double) tp / (tp + fp),
                    threshold)));
    return out;
  }

  /** Precision, recall and flagged share at each of {@code thresholds} ({@code score >= t}). */
  public static List<ThresholdRow> thresholdTable(
      double[] scores, boolean[] truth, double[] thresholds) {
    checkLengths(scores, truth);
    List<ThresholdRow> out = new ArrayList<>(thresholds.length);
    for (double t : thresholds) {
      long tp = 0;
      long fp = 0;
      long fn = 0;
      for (int i = 0; i < scores.length; i++) {
        boolean flagged = scores[i] >= t;
        if (flagged && truth[i]) {
          tp++;
        } else if (flagged) {
          fp++;
        } else if (truth[i]) {
          fn++;
        }
      }
      out.add(
          new ThresholdRow(
              t,
              tp,
              fp,
              fn,
              ConfusionMetrics.ratio(tp, tp + fp),
              ConfusionMetrics.ratio(tp, tp + fn),
              ConfusionMetrics.ratio(tp + fp, scores.length)));
    }
    return out;
  }

  private interface SweepStep {
    void at(long truePositives, long falsePositives, double threshold);
  }

  /** Walks distinct scores from high to low, reporting cumulative counts after each tie group. */
  private static void sweep(double[] scores, boolean[] truth, SweepStep step) {
    Integer[] order = ascending(scores);
    long tp = 0;
    long fp = 0;
    int i = order.length - 1;
    while (i >= 0) {
      double threshold = scores[order[i]];
      while (i >= 0 && scores[order[i]] == threshold) {
        if (truth[order[i]]) {
          tp++;
        } else {
          fp++;
        }
        i--;
      }
      step.at(tp, fp, threshold);
    }
  }

  private static Integer[] ascending(double[] scores) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    return order;
  }

  static long countPositives(boolean[] truth) {
    long positives = 0;
    for (boolean t : truth) {
      positives += t ? 1 : 0;
    }
    return positives;
  }

  private static void checkLengths(double[] scores, boolean[] truth) {
    if (scores.length != truth.length) {
      throw new IllegalArgumentException(
          "scores and truth must be the same length, received scores.length="
              + scores.length
              + ", truth.length="
              + truth.length);
    }
  }
}
