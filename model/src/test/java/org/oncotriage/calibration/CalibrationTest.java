package org.oncotriage.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.Scores;

class CalibrationTest {

  private static final Scores NETWORK =
      new Scores(new ResponderProbabilities(0.6, 0.3, 0.1), 0.7, 0.2);
  private static final Scores LEXICAL =
      Scores.withoutUrgent(new ResponderProbabilities(0.2, 0.5, 0.3), 0.4);

  @Test
  void theNetworkAloneUnderIdentityMapsIsServedUnchanged() {
    Calibration identity =
        new Calibration(SoftmaxPool.identity(3), LogitPool.IDENTITY, LogitPool.IDENTITY, "test");
    Scores served = identity.apply(NETWORK, null);
    assertThat(served.responder().oncologist()).isCloseTo(0.6, within(1e-9));
    assertThat(served.billable()).isCloseTo(0.7, within(1e-9));
    assertThat(served.urgent()).isCloseTo(0.2, within(1e-9));
  }

  @Test
  void withALexicalPartEachHeadPoolsBothSources() {
    Calibration lexicalOnly =
        new Calibration(
            new SoftmaxPool(new double[] {0, 1}, new double[3]),
            new LogitPool(new double[] {0, 1}, 0),
            LogitPool.IDENTITY,
            "test");
    Scores served = lexicalOnly.apply(NETWORK, LEXICAL);
    assertThat(served.responder().nurse()).isCloseTo(0.5, within(1e-9));
    assertThat(served.billable()).isCloseTo(0.4, within(1e-9));
    assertThat(served.urgent()).isCloseTo(0.2, within(1e-9));
  }

  @Test
  void lexicalScoresForAOneSourceCalibrationAreRefused() {
    Calibration identity =
        new Calibration(SoftmaxPool.identity(3), LogitPool.IDENTITY, LogitPool.IDENTITY, "test");
    assertThatThrownBy(() -> identity.apply(NETWORK, LEXICAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pools 1 sources");
  }

  @Test
  void responderAndBillableMustPoolTheSameSources() {
    assertThatThrownBy(
            () ->
                new Calibration(
                    new SoftmaxPool(new double[] {0.5, 0.5}, new double[3]),
                    LogitPool.IDENTITY,
                    LogitPool.IDENTITY,
                    "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same sources");
  }
}
