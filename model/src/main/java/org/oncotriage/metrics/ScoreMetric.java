package org.oncotriage.metrics;

import java.util.Locale;
import java.util.function.ToDoubleBiFunction;

/**
 * The metrics of a probability against a binary truth, each a function defined in {@link
 * BinaryMetrics} and each with a stable snake_case {@link #key()} that names it in JSON ({@code
 * AUROC.key("billable")} is {@code "billable_auroc"}). Thread-safe.
 */
public enum ScoreMetric {
  /** {@link BinaryMetrics#auroc}: area under the ROC curve, ties counted one half. */
  AUROC(BinaryMetrics::auroc),
  /** {@link BinaryMetrics#auprc}: average precision. */
  AUPRC(BinaryMetrics::auprc),
  /** {@link BinaryMetrics#brier}: mean squared difference between probability and outcome. */
  BRIER(BinaryMetrics::brier);

  private final ToDoubleBiFunction<double[], boolean[]> function;

  ScoreMetric(ToDoubleBiFunction<double[], boolean[]> function) {
    this.function = function;
  }

  /** The JSON name: the constant's name in lower case, e.g. {@code "auroc"}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The JSON name of this metric of {@code target}, e.g. {@code "billable_auroc"}. */
  public String key(String target) {
    return target + "_" + key();
  }

  /**
   * The metric of {@code scores} ({@code scores[i]} the probability that item {@code i} is
   * positive) against {@code truth}.
   */
  public double compute(double[] scores, boolean[] truth) {
    return function.applyAsDouble(scores, truth);
  }
}
