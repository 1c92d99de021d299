package org.oncotriage.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.metrics.BinaryMetrics.CurvePoint;
import org.oncotriage.metrics.BinaryMetrics.ReliabilityBin;
import org.oncotriage.metrics.BinaryMetrics.ThresholdRow;

class BinaryMetricsTest {

  // positives 0.9, 0.8, 0.5; negatives 0.8, 0.5, 0.2: two ties across the classes
  static final double[] SCORES = {0.9, 0.8, 0.8, 0.5, 0.5, 0.2};
  static final boolean[] TRUTH = {true, true, false, true, false, false};

  @Test
  void aurocCountsTiedPairsAsOneHalf() {
    // pairs won: 0.9 -> 3; 0.8 -> 1 tie + 2 = 2.5; 0.5 -> 1 tie + 1 = 1.5; 7 of 9
    assertThat(BinaryMetrics.auroc(SCORES, TRUTH)).isCloseTo(7 / 9.0, within(1e-12));
  }

  @Test
  void aurocIsOneForPerfectRankingAndUndefinedWithoutNegatives() {
    assertThat(BinaryMetrics.auroc(new double[] {0.1, 0.9}, new boolean[] {false, true}))
        .isEqualTo(1.0);
    assertThat(BinaryMetrics.auroc(new double[] {0.1, 0.9}, new boolean[] {true, true})).isNaN();
  }

  @Test
  void auprcIsAveragePrecisionOverTieGroups() {
    // (R, P) after each group: (1/3, 1), (2/3, 2/3), (1, 3/5), (1, 1/2)
    assertThat(BinaryMetrics.auprc(SCORES, TRUTH))
        .isCloseTo(1 / 3.0 + (1 / 3.0) * (2 / 3.0) + (1 / 3.0) * 0.6, within(1e-12));
  }

  @Test
  void brierIsTheMeanSquaredError() {
    // 0.01 + 0.04 + 0.64 + 0.25 + 0.25 + 0.04 = 1.23
    assertThat(BinaryMetrics.brier(SCORES, TRUTH)).isCloseTo(1.23 / 6, within(1e-12));
  }

  @Test
  void eceWeighsEachBinsGapByItsShare() {
    // bin [0, 0.5): {0.2 neg} gap 0.2; bin [0.5, 1]: mean 0.7, rate 0.6, gap 0.1
    assertThat(BinaryMetrics.expectedCalibrationError(SCORES, TRUTH, 2))
        .isCloseTo(0.2 / 6 + 5 / 6.0 * 0.1, within(1e-12));
    List<ReliabilityBin> bins = BinaryMetrics.reliability(SCORES, TRUTH, 2);
    assertThat(bins.get(1).count()).isEqualTo(5);
    assertThat(bins.get(1).meanScore()).isCloseTo(0.7, within(1e-12));
    assertThat(bins.get(1).positiveRate()).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void aScoreOfOneFallsInTheLastBin() {
    List<ReliabilityBin> bins =
        BinaryMetrics.reliability(new double[] {1.0}, new boolean[] {true}, 10);
    assertThat(bins.get(9).count()).isEqualTo(1);
  }

  @Test
  void rocCurveRunsFromOriginToOneOnePointPerDistinctScore() {
    List<CurvePoint> roc = BinaryMetrics.rocCurve(SCORES, TRUTH);
    assertThat(roc).hasSize(5);
    assertThat(roc.get(0)).isEqualTo(new CurvePoint(0, 0, Double.POSITIVE_INFINITY));
    assertThat(roc.get(2).x()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(roc.get(2).y()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(roc.get(4).x()).isEqualTo(1.0);
    assertThat(roc.get(4).y()).isEqualTo(1.0);
  }

  @Test
  void thresholdTableCountsFlaggedItemsAtOrAboveEachThreshold() {
    List<ThresholdRow> rows = BinaryMetrics.thresholdTable(SCORES, TRUTH, new double[] {0.8});
    ThresholdRow row = rows.get(0);
    assertThat(row.truePositives()).isEqualTo(2);
    assertThat(row.falsePositives()).isEqualTo(1);
    assertThat(row.falseNegatives()).isEqualTo(1);
    assertThat(row.precision()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(row.recall()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(row.flaggedShare()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void rejectsArraysOfDifferentLengthsNamingBoth() {
    assertThatThrownBy(() -> BinaryMetrics.auroc(new double[2], new boolean[3]))
        .hasMessageContaining("scores.length=2, truth.length=3");
  }
}
