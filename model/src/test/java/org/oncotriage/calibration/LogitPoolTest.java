package org.oncotriage.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogitPoolTest {

  @Test
  void theIdentityLeavesAProbabilityAsItIs() {
    assertThat(LogitPool.IDENTITY.apply(0.37)).isCloseTo(0.37, within(1e-9));
  }

  @Test
  void plattScalingOfOverConfidentScoresMatchesTheObservedRates() {
    // Scores of 0.9 are right 60% of the time, scores of 0.1 are positive 40% of the time.
    int n = 200;
    double[][] sources = new double[n][];
    boolean[] truth = new boolean[n];
    for (int i = 0; i < n; i++) {
      boolean high = i < 100;
      sources[i] = new double[] {high ? 0.9 : 0.1};
      truth[i] = high ? i < 60 : i < 140;
    }
    LogitPool platt = LogitPool.fit(sources, truth, 1.0);
    assertThat(platt.apply(0.9)).isCloseTo(0.6, within(0.02));
    assertThat(platt.apply(0.1)).isCloseTo(0.4, within(0.02));
    assertThat(platt.weights()[0]).isBetween(0.0, 1.0);
  }

  @Test
  void aPositiveWeightKeepsTheOrderOfScores() {
    LogitPool pool = new LogitPool(new double[] {0.4}, -1.0);
    assertThat(pool.apply(0.2)).isLessThan(pool.apply(0.3));
    assertThat(pool.apply(0.3)).isLessThan(pool.apply(0.8));
  }

  @Test
  void twoSourcesLearnToTrustTheOneThatIsRight() {
    // Source 0 is noise; source 1 tells the truth with 0.8 confidence.
    int n = 200;
    double[][] sources = new double[n][];
    boolean[] truth = new boolean[n];
    for (int i = 0; i < n; i++) {
      truth[i] = i % 2 == 0;
      sources[i] = new double[] {i % 4 < 2 ? 0.7 : 0.3, truth[i] ? 0.8 : 0.2};
    }
    LogitPool pool = LogitPool.fit(sources, truth, 0.5, 0.5);
    assertThat(pool.weights()[1]).isGreaterThan(Math.abs(pool.weights()[0]) * 5);
  }

  @Test
  void fittingOnOneClassIsRefused() {
    assertThatThrownBy(
            () -> LogitPool.fit(new double[][] {{0.2}, {0.4}}, new boolean[] {true, true}, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs both classes, received 2 positive of 2");
  }
}
