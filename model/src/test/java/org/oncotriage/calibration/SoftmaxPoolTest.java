package org.oncotriage.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SoftmaxPoolTest {

  @Test
  void theIdentityLeavesADistributionAsItIs() {
    double[] p = SoftmaxPool.identity(3).apply(new double[] {0.2, 0.3, 0.5});
    assertThat(p).containsExactly(new double[] {0.2, 0.3, 0.5}, within(1e-12));
  }

  @Test
  void aPooledDistributionSumsToOne() {
    SoftmaxPool pool = new SoftmaxPool(new double[] {0.5, 2.0}, new double[] {0.3, -0.1, 0});
    double[] p = pool.apply(new double[] {0.2, 0.3, 0.5}, new double[] {0.6, 0.3, 0.1});
    assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void fittingOverConfidentScoresSoftensThem() {
    // The source says 0.98 for its top class but is right only 70% of the time.
    int n = 100;
    double[][][] sources = new double[n][][];
    int[] truth = new int[n];
    for (int i = 0; i < n; i++) {
      sources[i] = new double[][] {{0.98, 0.01, 0.01}};
      truth[i] = i < 70 ? 0 : (i < 85 ? 1 : 2);
    }
    SoftmaxPool pool = SoftmaxPool.fit(sources, truth, 1.0);
    double[] p = pool.apply(new double[] {0.98, 0.01, 0.01});
    assertThat(p[0]).isCloseTo(0.70, within(0.02));
    assertThat(p[1]).isCloseTo(0.15, within(0.02));
  }

  @Test
  void theBiasesLearnTheClassMixWhenTheSourceSaysNothing() {
    int n = 200;
    double[][][] sources = new double[n][][];
    int[] truth = new int[n];
    for (int i = 0; i < n; i++) {
      sources[i] = new double[][] {{1 / 3.0, 1 / 3.0, 1 / 3.0}};
      truth[i] = i < 100 ? 2 : (i < 150 ? 1 : 0);
    }
    double[] p =
        SoftmaxPool.fit(sources, truth, 1.0).apply(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0});
    assertThat(p).containsExactly(new double[] {0.25, 0.25, 0.5}, within(0.02));
  }

  @Test
  void aSourceCountThatDoesNotMatchIsRefused() {
    assertThatThrownBy(
            () ->
                SoftmaxPool.identity(3).apply(new double[] {0.2, 0.3, 0.5}, new double[] {1, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pooled from 1 sources, received 2");
  }

  @Test
  void aTruthOutOfRangeIsRefused() {
    assertThatThrownBy(() -> SoftmaxPool.fit(new double[][][] {{{0.5, 0.5}}}, new int[] {2}, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("class 2");
  }
}
