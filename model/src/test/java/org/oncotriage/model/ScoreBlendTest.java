package org.oncotriage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.Scores;

class ScoreBlendTest {

  // Ordinal order: medical assistant, nurse, oncologist.
  private static final Scores TRANSFORMER = scores(new double[] {0.6, 0.3, 0.1}, 0.2, 0.7);
  private static final Scores LEXICAL =
      Scores.withoutUrgent(
          ResponderProbabilities.fromOrdinalArray(new double[] {0.2, 0.2, 0.6}), 0.8);

  private static Scores scores(double[] byOrdinal, double billable, double urgent) {
    return new Scores(ResponderProbabilities.fromOrdinalArray(byOrdinal), billable, urgent);
  }

  @Test
  void anEvenBlendAveragesResponderAndBillableAndKeepsTheTransformersUrgent() {
    Scores b = ScoreBlend.blend(TRANSFORMER, LEXICAL, 0.5);
    // (0.6 + 0.2) / 2 = 0.4; (0.3 + 0.2) / 2 = 0.25; (0.1 + 0.6) / 2 = 0.35.
    assertThat(b.responder().toOrdinalArray()[0]).isCloseTo(0.40, offset(1e-12));
    assertThat(b.responder().toOrdinalArray()[1]).isCloseTo(0.25, offset(1e-12));
    assertThat(b.responder().toOrdinalArray()[2]).isCloseTo(0.35, offset(1e-12));
    assertThat(b.billable()).isCloseTo(0.5, offset(1e-12));
    assertThat(b.urgent()).isEqualTo(0.7);
  }

  @Test
  void aQuarterWeightLeansOnTheTransformer() {
    Scores b = ScoreBlend.blend(TRANSFORMER, LEXICAL, 0.25);
    // 0.75 * 0.6 + 0.25 * 0.2 = 0.5; 0.75 * 0.3 + 0.25 * 0.2 = 0.275; 0.75 * 0.1 + 0.25 * 0.6 =
    // 0.225; billable 0.75 * 0.2 + 0.25 * 0.8 = 0.35.
    assertThat(b.responder().toOrdinalArray())
        .containsExactly(new double[] {0.5, 0.275, 0.225}, offset(1e-12));
    assertThat(b.billable()).isCloseTo(0.35, offset(1e-12));
  }

  @Test
  void inputsThatDoNotQuiteSumToOneAreRenormalized() {
    // A float softmax sums to 1 only up to rounding; exaggerated here to 0.9995.
    Scores t = scores(new double[] {0.5, 0.3, 0.1995}, 0.0, 0.0);
    // Mixture {0.35, 0.25, 0.39975} sums to 0.99975.
    Scores b = ScoreBlend.blend(t, LEXICAL, 0.5);
    assertThat(b.responder().toOrdinalArray())
        .containsExactly(
            new double[] {0.35 / 0.99975, 0.25 / 0.99975, 0.39975 / 0.99975}, offset(1e-12));
  }

  @Test
  void weightZeroIsTheTransformerAloneAndAWeightOutsideZeroToOneIsRefused() {
    Scores b = ScoreBlend.blend(TRANSFORMER, LEXICAL, 0.0);
    assertThat(b.responder().toOrdinalArray())
        .containsExactly(new double[] {0.6, 0.3, 0.1}, offset(1e-12));
    assertThat(b.billable()).isEqualTo(0.2);
    assertThatThrownBy(() -> ScoreBlend.blend(TRANSFORMER, LEXICAL, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
