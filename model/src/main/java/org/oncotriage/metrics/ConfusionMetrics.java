package org.oncotriage.metrics;

/**
 * Metric functions over a {@link ConfusionMatrix} (rows truth, columns prediction). A ratio whose
 * denominator is zero is {@code NaN}: "not measurable on this data", never silently 0 or 1.
 * Stateless and thread-safe.
 */
public final class ConfusionMetrics {

  private ConfusionMetrics() {}

  /** Share of items on the diagonal. */
  public static double accuracy(ConfusionMatrix m) {
    long correct = 0;
    for (int k = 0; k < m.size(); k++) {
      correct += m.count(k, k);
    }
    return ratio(correct, m.total());
  }

  /** Of the items predicted as {@code k}, the share truly {@code k}. */
  public static double precision(ConfusionMatrix m, int k) {
    return ratio(m.count(k, k), m.predictedTotal(k));
  }

  /** Of the items truly {@code k}, the share predicted as {@code k}. */
  public static double recall(ConfusionMatrix m, int k) {
    return ratio(m.count(k, k), m.truthTotal(k));
  }

  /**
   * Harmonic mean of precision and recall of class {@code k}: {@link #f1(long, long, long)} of its
   * true positives, false positives (column minus diagonal) and false negatives (row minus
   * diagonal).
   */
  public static double f1(ConfusionMatrix m, int k) {
    long tp = m.count(k, k);
    return f1(tp, m.predictedTotal(k) - tp, m.truthTotal(k) - tp);
  }

  /**
   * F1 from counts: {@code 2 tp / (2 tp + fp + fn)}, the harmonic mean of precision and recall. 0
   * when there are errors but no true positive (precision and recall both 0); {@code NaN} when all
   * three counts are 0 (the class neither occurs nor is predicted).
   */
  public static double f1(long truePositives, long falsePositives, long falseNegatives) {
    return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
  }

  /**
   * Macro-F1: the unweighted mean of {@link #f1(ConfusionMatrix, int)} over the classes that occur
   * in truth or in prediction. A class that is neither labeled nor predicted has no F1 and is left
   * out (as scikit-learn's {@code f1_score(average="macro")} does when it takes its labels from the
   * data); counting it as 0 would punish a model for a class the data does not hold. With every
   * class present this is the mean over all classes. {@code NaN} for an empty matrix.
   */
  public static double macroF1(ConfusionMatrix m) {
    double sum = 0;
    int classes = 0;
    for (int k = 0; k < m.size(); k++) {
      double f1 = f1(m, k);
      if (!Double.isNaN(f1)) {
        sum += f1;
        classes++;
      }
    }
    return classes == 0 ? Double.NaN : sum / classes;
  }

  /**
   * Cohen's kappa: {@code (po - pe) / (1 - pe)}, where {@code po} is the accuracy and {@code pe}
   * the agreement expected by chance from the row and column totals. 1 when {@code pe} is 1 and
   * every item agrees.
   */
  public static double cohensKappa(ConfusionMatrix m) {
    if (m.total() == 0) {
      return Double.NaN;
    }
    double n = m.total();
    double po = accuracy(m);
    double pe = 0;
    for (int k = 0; k < m.size(); k++) {
      pe += (m.truthTotal(k) / n) * (m.predictedTotal(k) / n);
    }
    if (pe == 1.0) {
      return po == 1.0 ? 1.0 : Double.NaN;
    }
    return (po - pe) / (1 - pe);
  }

  /**
   * For ordered classes (index = rank), the share of items predicted <em>below</em> their true
   * class (below the diagonal: under-triage).
   */
  public static double belowTruthRate(ConfusionMatrix m) {
    long below = 0;
    for (int t = 0; t < m.size(); t++) {
      for (int p = 0; p < t; p++) {
        below += m.count(t, p);
      }
    }
    return ratio(below, m.total());
  }

  /** For ordered classes, the share predicted <em>above</em> their true class (over-triage). */
  public static double aboveTruthRate(ConfusionMatrix m) {
    long above = 0;
    for (int t = 0; t < m.size(); t++) {
      for (int p = t + 1; p < m.size(); p++) {
        above += m.count(t, p);
      }
    }
    return ratio(above, m.total());
  }

  /** Share of items predicted as any class other than {@code k}. */
  public static double predictedShareOutside(ConfusionMatrix m, int k) {
    return ratio(m.total() - m.predictedTotal(k), m.total());
  }

  /** Share of items whose true class is any class other than {@code k}. */
  public static double truthShareOutside(ConfusionMatrix m, int k) {
    return ratio(m.total() - m.truthTotal(k), m.total());
  }

  /** {@code numerator / denominator}, {@code NaN} when the denominator is 0. */
  public static double ratio(long numerator, long denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
