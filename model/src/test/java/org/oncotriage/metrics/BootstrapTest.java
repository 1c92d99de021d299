package org.oncotriage.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oncotriage.metrics.Bootstrap.Interval;

class BootstrapTest {

  // 30 items, 21 correct: accuracy 0.7
  static final boolean[] CORRECT = new boolean[30];

  static {
    for (int i = 0; i < 21; i++) {
      CORRECT[i] = true;
    }
  }

  static double accuracy(int[] indices) {
    int correct = 0;
    for (int i : indices) {
      correct += CORRECT[i] ? 1 : 0;
    }
    return (double) correct / indices.length;
  }

  @Test
  void theSameSeedGivesTheSameInterval() {
    Interval first = new Bootstrap(500, 0.95, 7).interval(30, BootstrapTest::accuracy);
    Interval second = new Bootstrap(500, 0.95, 7).interval(30, BootstrapTest::accuracy);
    assertThat(first).isEqualTo(second);
  }

  @Test
  void theIntervalContainsThePointEstimateAndIsNotDegenerate() {
    Interval interval = new Bootstrap(500, 0.95, 7).interval(30, BootstrapTest::accuracy);
    assertThat(interval.estimate()).isEqualTo(0.7);
    assertThat(interval.contains(0.7)).isTrue();
    assertThat(interval.lower()).isLessThan(0.7).isGreaterThan(0.4);
    assertThat(interval.upper()).isGreaterThan(0.7).isLessThanOrEqualTo(1.0);
    assertThat(interval.used()).isEqualTo(500);
  }

  @Test
  void resamplesWhereTheStatisticIsUndefinedAreLeftOut() {
    Interval interval =
        new Bootstrap(100, 0.95, 1).interval(2, idx -> idx[0] == idx[1] ? Double.NaN : 1.0);
    assertThat(interval.used()).isLessThan(100).isGreaterThan(0);
  }

  @Test
  void quantileInterpolatesLinearly() {
    assertThat(Bootstrap.quantile(new double[] {0, 1, 2, 3}, 0.5)).isEqualTo(1.5);
  }

  @Test
  void rejectsALevelOutsideZeroOne() {
    assertThatThrownBy(() -> new Bootstrap(10, 1.0, 1)).hasMessageContaining("received 1.0");
  }
}
