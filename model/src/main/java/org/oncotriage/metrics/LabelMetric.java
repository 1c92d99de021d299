package org.oncotriage.metrics;

import java.util.Locale;
import java.util.function.ToDoubleBiFunction;

/**
 * The metrics of class decisions, each a function of a {@link ConfusionMatrix} (rows truth, columns
 * prediction) defined in {@link ConfusionMetrics}, and each with a stable snake_case {@link #key()}
 * that names it in JSON. A figure about one prediction target is keyed {@code <target>_<key>}, e.g.
 * {@code MACRO_F1.key("level")} is {@code "level_macro_f1"}.
 *
 * <p>{@link #PRECISION}, {@link #RECALL} and {@link #F1} are of one class ({@link
 * #compute(ConfusionMatrix, int)}); the others are of the whole matrix ({@link
 * #compute(ConfusionMatrix)}). {@code NaN} means "not measurable on this data". Thread-safe.
 */
public enum LabelMetric {
  /**
   * {@link ConfusionMetrics#precision}: of the items predicted as the class, the share truly it.
   */
  PRECISION(true, ConfusionMetrics::precision),
  /**
   * {@link ConfusionMetrics#recall}: of the items truly of the class, the share predicted as it.
   */
  RECALL(true, ConfusionMetrics::recall),
  /** {@link ConfusionMetrics#f1(ConfusionMatrix, int)}: harmonic mean of precision and recall. */
  F1(true, ConfusionMetrics::f1),
  /** {@link ConfusionMetrics#accuracy}: share of items on the diagonal. */
  ACCURACY(false, (m, k) -> ConfusionMetrics.accuracy(m)),
  /** {@link ConfusionMetrics#macroF1}: mean F1 over the classes in truth or prediction. */
  MACRO_F1(false, (m, k) -> ConfusionMetrics.macroF1(m)),
  /** {@link ConfusionMetrics#cohensKappa}: agreement beyond chance. */
  COHENS_KAPPA(false, (m, k) -> ConfusionMetrics.cohensKappa(m)),
  /**
   * {@link ConfusionMetrics#belowTruthRate}: for ordered classes, the share of all items predicted
   * below their true class.
   */
  UNDER_TRIAGE_RATE(false, (m, k) -> ConfusionMetrics.belowTruthRate(m)),
  /**
   * {@link ConfusionMetrics#aboveTruthRate}: for ordered classes, the share of all items predicted
   * above their true class.
   */
  OVER_TRIAGE_RATE(false, (m, k) -> ConfusionMetrics.aboveTruthRate(m));

  private final boolean perClass;
  private final ToDoubleBiFunction<ConfusionMatrix, Integer> function;

  LabelMetric(boolean perClass, ToDoubleBiFunction<ConfusionMatrix, Integer> function) {
    this.perClass = perClass;
    this.function = function;
  }

  /** The JSON name: the constant's name in lower case, e.g. {@code "macro_f1"}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The JSON name of this metric of {@code target}, e.g. {@code "urgent_recall"}. */
  public String key(String target) {
    return target + "_" + key();
  }

  /** Whether the metric is of one class (and needs {@link #compute(ConfusionMatrix, int)}). */
  public boolean perClass() {
    return perClass;
  }

  /**
   * The metric of the whole matrix.
   *
   * @throws IllegalStateException for a per-class metric
   */
  public double compute(ConfusionMatrix m) {
    if (perClass) {
      throw new IllegalStateException(this + " is of one class: call compute(matrix, class)");
    }
    return function.applyAsDouble(m, -1);
  }

  /**
   * The metric of class {@code k} (its index in {@link ConfusionMatrix#labels()}).
   *
   * @throws IllegalStateException for a metric of the whole matrix
   */
  public double compute(ConfusionMatrix m, int k) {
    if (!perClass) {
      throw new IllegalStateException(this + " is of the whole matrix: call compute(matrix)");
    }
    return function.applyAsDouble(m, k);
  }
}
