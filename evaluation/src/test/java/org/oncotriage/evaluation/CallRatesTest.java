package org.oncotriage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.metrics.ConfusionMatrix;

class CallRatesTest {

  /**
   * Rows truth, columns prediction, classes medical_assistant, nurse, oncologist:
   *
   * <pre>
   *   ma     8 1 1    (10 labeled: 10% over to nurse, 10% over to oncologist)
   *   nurse  0 3 1    (4 labeled: 25% over to oncologist)
   *   onc    1 1 2    (4 labeled: 25% under to ma, 25% under to nurse)
   * </pre>
   */
  private static ConfusionMatrix matrix() {
    ConfusionMatrix m = new ConfusionMatrix(List.of("medical_assistant", "nurse", "oncologist"));
    long[][] counts = {{8, 1, 1}, {0, 3, 1}, {1, 1, 2}};
    for (int t = 0; t < 3; t++) {
      for (int p = 0; p < 3; p++) {
        m.add(t, p, counts[t][p]);
      }
    }
    return m;
  }

  @Test
  void everyOffDiagonalCellIsAShareOfItsLabeledLevel() {
    CallRates rates = CallRates.of(matrix());
    assertThat(rates.pairs())
        .extracting(p -> p.truth() + ">" + p.predicted() + " " + p.call() + " " + p.count())
        .containsExactly(
            "medical_assistant>nurse over 1",
            "medical_assistant>oncologist over 1",
            "nurse>medical_assistant under 0",
            "nurse>oncologist over 1",
            "oncologist>medical_assistant under 1",
            "oncologist>nurse under 1");
    assertThat(rates.pairs().get(1).rate()).isCloseTo(0.10, within(1e-12));
    assertThat(rates.pairs().get(3).rate()).isCloseTo(0.25, within(1e-12));
    assertThat(rates.pairs().get(3).labeled()).isEqualTo(4);
  }

  @Test
  void eachLabeledLevelHasItsOverAndUnderCallRates() {
    List<CallRates.Row> rows = CallRates.of(matrix()).byTruth();
    assertThat(rows.get(0).overCallRate()).isCloseTo(0.2, within(1e-12));
    assertThat(rows.get(0).underCallRate()).isZero();
    assertThat(rows.get(1).overCallRate()).isCloseTo(0.25, within(1e-12));
    assertThat(rows.get(2).overCallRate()).isZero();
    assertThat(rows.get(2).underCallRate()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void aLevelWithoutLabelsHasUndefinedRates() {
    ConfusionMatrix m = new ConfusionMatrix(List.of("medical_assistant", "nurse", "oncologist"));
    m.add(0, 2, 3);
    CallRates rates = CallRates.of(m);
    assertThat(rates.byTruth().get(1).overCallRate()).isNaN();
    assertThat(rates.pairs().get(0).rate()).isZero();
  }
}
