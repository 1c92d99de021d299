package org.oncotriage.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class McNemarTest {

  @Test
  void exactPIsTwiceTheBinomialTail() {
    // b = 10, c = 2: 2 * (C(12,0) + C(12,1) + C(12,2)) / 2^12 = 158 / 4096
    McNemar test = McNemar.test(10, 2);
    assertThat(test.exactP()).isCloseTo(158 / 4096.0, within(1e-12));
  }

  @Test
  void continuityCorrectedStatisticAndPMatchTheHandComputation() {
    // (|10 - 2| - 1)^2 / 12 = 49/12; P(chi2_1 > 4.0833) = erfc(sqrt(49/24)) = 0.043308
    McNemar test = McNemar.test(10, 2);
    assertThat(test.chiSquare()).isCloseTo(49 / 12.0, within(1e-12));
    assertThat(test.correctedP()).isCloseTo(0.0433081, within(1e-6));
  }

  @Test
  void noDiscordantPairsMeansNoEvidence() {
    McNemar test = McNemar.test(0, 0);
    assertThat(test.exactP()).isEqualTo(1.0);
    assertThat(test.correctedP()).isEqualTo(1.0);
  }

  @Test
  void countsDiscordantPairsFromCorrectnessFlags() {
    McNemar test =
        McNemar.test(
            new boolean[] {true, true, false, false, true},
            new boolean[] {false, true, true, false, false});
    assertThat(test.onlyARight()).isEqualTo(2);
    assertThat(test.onlyBRight()).isEqualTo(1);
    // 2 * (1 + 3) / 8 = 1
    assertThat(test.exactP()).isEqualTo(1.0);
  }
}
