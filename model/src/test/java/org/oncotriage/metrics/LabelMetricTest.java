package org.oncotriage.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelMetricTest {

  /**
   * Four predictions, the third class absent from truth and prediction alike. Rows truth, columns
   * prediction:
   *
   * <pre>
   *        ma nurse onc
   * ma      1     1   0
   * nurse   0     2   0
   * onc     0     0   0
   * </pre>
   */
  private static ConfusionMatrix fourPredictionsWithoutOncologist() {
    ConfusionMatrix m = new ConfusionMatrix(List.of("ma", "nurse", "onc"));
    m.add(0, 0);
    m.add(0, 1);
    m.add(1, 1);
    m.add(1, 1);
    return m;
  }

  @Test
  void macroF1AveragesOnlyTheClassesInTruthOrPrediction() {
    ConfusionMatrix m = fourPredictionsWithoutOncologist();
    // ma: tp 1, fp 0, fn 1 -> 2/3; nurse: tp 2, fp 1, fn 0 -> 4/5; onc: no F1.
    assertThat(LabelMetric.F1.compute(m, 0)).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(LabelMetric.F1.compute(m, 1)).isCloseTo(4 / 5.0, within(1e-12));
    assertThat(LabelMetric.F1.compute(m, 2)).isNaN();
    assertThat(LabelMetric.MACRO_F1.compute(m)).isCloseTo((2 / 3.0 + 4 / 5.0) / 2, within(1e-12));
  }

  @Test
  void aClassOnlyPredictedCountsInMacroF1WithF1Zero() {
    ConfusionMatrix m = fourPredictionsWithoutOncologist();
    m.add(1, 2);
    // ma 2/3; nurse: tp 2, fp 1, fn 1 -> 4/6; onc: tp 0, fp 1 -> 0.
    assertThat(LabelMetric.MACRO_F1.compute(m))
        .isCloseTo((2 / 3.0 + 4 / 6.0 + 0) / 3, within(1e-12));
  }

  @Test
  void wholeMatrixMetricsMatchTheHandComputation() {
    ConfusionMatrix m = fourPredictionsWithoutOncologist();
    assertThat(LabelMetric.ACCURACY.compute(m)).isCloseTo(3 / 4.0, within(1e-12));
    assertThat(LabelMetric.UNDER_TRIAGE_RATE.compute(m)).isZero();
    assertThat(LabelMetric.OVER_TRIAGE_RATE.compute(m)).isCloseTo(1 / 4.0, within(1e-12));
    assertThat(LabelMetric.PRECISION.compute(m, 1)).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(LabelMetric.RECALL.compute(m, 0)).isCloseTo(1 / 2.0, within(1e-12));
  }

  @Test
  void f1FromCountsIsZeroWithoutATruePositiveAndUndefinedWithoutAnyCount() {
    assertThat(ConfusionMetrics.f1(2, 1, 0)).isCloseTo(0.8, within(1e-12));
    assertThat(ConfusionMetrics.f1(0, 2, 1)).isZero();
    assertThat(ConfusionMetrics.f1(0, 0, 0)).isNaN();
  }

  @Test
  void keysAreStableSnakeCaseNamesPrefixedByTheTarget() {
    assertThat(LabelMetric.MACRO_F1.key()).isEqualTo("macro_f1");
    assertThat(LabelMetric.MACRO_F1.key("level")).isEqualTo("level_macro_f1");
    assertThat(LabelMetric.UNDER_TRIAGE_RATE.key("route")).isEqualTo("route_under_triage_rate");
    assertThat(LabelMetric.RECALL.key("urgent")).isEqualTo("urgent_recall");
    assertThat(ScoreMetric.AUROC.key("billable")).isEqualTo("billable_auroc");
  }

  @Test
  void aPerClassMetricNeedsAClass() {
    ConfusionMatrix m = fourPredictionsWithoutOncologist();
    assertThatThrownBy(() -> LabelMetric.F1.compute(m))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("F1 is of one class");
    assertThatThrownBy(() -> LabelMetric.ACCURACY.compute(m, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ACCURACY is of the whole matrix");
  }

  @Test
  void decisionsBecomeATwoClassMatrixWithPositiveSecond() {
    ConfusionMatrix m =
        BinaryMetrics.decisions(
            new boolean[] {true, true, false, false}, new boolean[] {true, false, true, false});
    assertThat(m.labels()).containsExactly("negative", "positive");
    assertThat(m.toArray()).isEqualTo(new long[][] {{1, 1}, {1, 1}});
    assertThat(LabelMetric.PRECISION.compute(m, BinaryMetrics.POSITIVE)).isEqualTo(0.5);
    assertThat(LabelMetric.RECALL.compute(m, BinaryMetrics.POSITIVE)).isEqualTo(0.5);
    assertThatThrownBy(() -> BinaryMetrics.decisions(new boolean[1], new boolean[2]))
        .hasMessageContaining("decided.length=1, truth.length=2");
  }
}
