package org.oncotriage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.oncotriage.metrics.Bootstrap;

class PairedComparisonTest {

  @Test
  void countsDiscordantPairsAndBootstrapsTheMacroF1Difference() {
    byte[] truth = {0, 1, 2, 0, 1, 2, 0, 1, 2, 2};
    byte[] a = {0, 0, 0, 0, 1, 2, 1, 1, 1, 2}; // 6 right: items 0, 3, 4, 5, 7, 9
    byte[] b = {0, 1, 2, 0, 1, 2, 0, 1, 2, 1}; // 9 right
    PairedComparison c = PairedComparison.of("a", "b", truth, a, b, new Bootstrap(300, 0.95, 5));
    assertThat(c.accuracyA()).isCloseTo(0.6, within(1e-12));
    assertThat(c.accuracyB()).isCloseTo(0.9, within(1e-12));
    // only A right: item 9; only B right: items 1, 2, 6, 8
    assertThat(c.mcNemar().onlyARight()).isEqualTo(1);
    assertThat(c.mcNemar().onlyBRight()).isEqualTo(4);
    assertThat(c.macroF1Difference().estimate())
        .isCloseTo(c.macroF1B() - c.macroF1A(), within(1e-12));
    assertThat(c.macroF1Difference().estimate()).isPositive();
    assertThat(c.macroF1Difference().contains(c.macroF1Difference().estimate())).isTrue();
  }
}
