package org.oncotriage.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

  /**
   * Rows truth, columns prediction:
   *
   * <pre>
   *        ma nurse onc
   * ma      2     1   0
   * nurse   0     3   1
   * onc     1     1   2
   * </pre>
   */
  static ConfusionMatrix fixture() {
    ConfusionMatrix m = new ConfusionMatrix(List.of("ma", "nurse", "onc"));
    long[][] counts = {{2, 1, 0}, {0, 3, 1}, {1, 1, 2}};
    for (int t = 0; t < 3; t++) {
      for (int p = 0; p < 3; p++) {
        m.add(t, p, counts[t][p]);
      }
    }
    return m;
  }

  @Test
  void rowsAreTruthAndColumnsArePrediction() {
    ConfusionMatrix m = new ConfusionMatrix(List.of("a", "b"));
    m.add(0, 1);
    assertThat(m.count(0, 1)).isEqualTo(1);
    assertThat(m.count(1, 0)).isZero();
    assertThat(m.truthTotal(0)).isEqualTo(1);
    assertThat(m.predictedTotal(1)).isEqualTo(1);
  }

  @Test
  void totalsAreRowAndColumnSums() {
    ConfusionMatrix m = fixture();
    assertThat(m.total()).isEqualTo(11);
    assertThat(new long[] {m.truthTotal(0), m.truthTotal(1), m.truthTotal(2)})
        .containsExactly(3, 4, 4);
    assertThat(new long[] {m.predictedTotal(0), m.predictedTotal(1), m.predictedTotal(2)})
        .containsExactly(3, 5, 3);
  }

  @Test
  void printsAFixedWidthTableWithTruthInRows() {
    String expected =
        "truth \\ predicted                 ma              nurse                onc\n"
            + "ma                                 2                  1                  0\n"
            + "nurse                              0                  3                  1\n"
            + "onc                                1                  1                  2\n";
    assertThat(fixture().toString()).isEqualTo(expected);
  }

  @Test
  void rejectsAClassOutsideTheLabels() {
    assertThatThrownBy(() -> fixture().add(3, 0))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("truth class must be in [0, 3), received 3");
  }

  @Test
  void perClassPrecisionRecallAndF1MatchTheHandComputation() {
    ConfusionMatrix m = fixture();
    assertThat(ConfusionMetrics.precision(m, 0)).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(ConfusionMetrics.precision(m, 1)).isCloseTo(3 / 5.0, within(1e-12));
    assertThat(ConfusionMetrics.precision(m, 2)).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(ConfusionMetrics.recall(m, 0)).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(ConfusionMetrics.recall(m, 1)).isCloseTo(3 / 4.0, within(1e-12));
    assertThat(ConfusionMetrics.recall(m, 2)).isCloseTo(2 / 4.0, within(1e-12));
    assertThat(ConfusionMetrics.f1(m, 0)).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(ConfusionMetrics.f1(m, 1)).isCloseTo(6 / 9.0, within(1e-12));
    assertThat(ConfusionMetrics.f1(m, 2)).isCloseTo(4 / 7.0, within(1e-12));
    assertThat(ConfusionMetrics.macroF1(m))
        .isCloseTo((2 / 3.0 + 2 / 3.0 + 4 / 7.0) / 3, within(1e-12));
  }

  @Test
  void accuracyAndKappaMatchTheHandComputation() {
    ConfusionMatrix m = fixture();
    assertThat(ConfusionMetrics.accuracy(m)).isCloseTo(7 / 11.0, within(1e-12));
    // po = 77/121, pe = (3*3 + 4*5 + 4*3)/121 = 41/121, kappa = 36/80
    assertThat(ConfusionMetrics.cohensKappa(m)).isCloseTo(0.45, within(1e-12));
  }

  @Test
  void underAndOverTriageCountCellsBelowAndAboveTheDiagonal() {
    ConfusionMatrix m = fixture();
    assertThat(ConfusionMetrics.belowTruthRate(m)).isCloseTo(2 / 11.0, within(1e-12));
    assertThat(ConfusionMetrics.aboveTruthRate(m)).isCloseTo(2 / 11.0, within(1e-12));
    assertThat(ConfusionMetrics.predictedShareOutside(m, 2)).isCloseTo(8 / 11.0, within(1e-12));
    assertThat(ConfusionMetrics.truthShareOutside(m, 2)).isCloseTo(7 / 11.0, within(1e-12));
  }

  @Test
  void aClassNeverSeenHasUndefinedPrecisionAndIsLeftOutOfMacroF1() {
    ConfusionMatrix m = new ConfusionMatrix(List.of("a", "b", "c"));
    m.add(0, 0, 2);
    m.add(1, 1, 1);
    m.add(1, 0, 1);
    assertThat(ConfusionMetrics.precision(m, 2)).isNaN();
    // F1 a = 2*2/(3+2) = 0.8, F1 b = 2*1/(1+2) = 2/3; c absent
    assertThat(ConfusionMetrics.macroF1(m)).isCloseTo((0.8 + 2 / 3.0) / 2, within(1e-12));
  }
}
