package org.oncotriage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.oncotriage.lexical.LexicalScores;
import org.oncotriage.nn.ModelScores;

class ScoreBlendTest {

  // Ordinal order: medical assistant, nurse, oncologist.
  private static final ModelScores TRANSFORMER =
      new ModelScores(new double[] {0.6, 0.3, 0.1}, 0.2, 0.7);
  private static final LexicalScores LEXICAL = new LexicalScores(new double[] {0.2, 0.2, 0.6}, 0.8);

  @Test
  void anEvenBlendAveragesResponderAndBillableAndKeepsTheTransformersUrgent() {
    ModelScores b = ScoreBlend.blend(TRANSFORMER, LEXICAL, 0.5);
    // (0.6 + 0.2) / 2 = 0.4; (0.3 + 0.2) / 2 = 0.25; (0.1 + 0.6) / 2 = 0.35.
    assertThat(b.responder()[0]).isCloseTo(0.40, offset(1e-12));
    assertThat(b.responder()[1]).isCloseTo(0.25, offset(1e-12));
    assertThat(b.responder()[2]).isCloseTo(0.35, offset(1e-12));
    assertThat(b.billable()).isCloseTo(0.5, offset(1e-12));
    assertThat(b.urgent()).isEqualTo(0.7);
  }

  @Test
  void aQuarterWeightLeansOnTheTransformer() {
    ModelScores b = ScoreBlend.blend(TRANSFORMER, LEXICAL, 0.25);
    // 0.75 * 0.6 + 0.25 * 0.2 = 0.5; 0.75 * 0.3 + 0.25 * 0.2 = 0.275; 0.75 * 0.1 + 0.25 * 0.6 =
    // 0.225; billable 0.75 * 0.2 + 0.25 * 0.8 = 0.35.
    assertThat(b.responder()).containsExactly(new double[] {0.5, 0.275, 0.225}, offset(1e-12));
    assertThat(b.billable()).isCloseTo(0.35, offset(1e-12));
  }

  @Test
  void inputsThatDoNotQuiteSumToOneAreRenormalized() {
    ModelScores t = new ModelScores(new double[] {0.5, 0.3, 0.1}, 0.0, 0.0);
    // Mixture {0.35, 0.25, 0.35} sums to 0.95.
    ModelScores b = ScoreBlend.blend(t, LEXICAL, 0.5);
    assertThat(b.responder())
        .containsExactly(new double[] {0.35 / 0.95, 0.25 / 0.95, 0.35 / 0.95}, offset(1e-12));
  }

  @Test
  void weightZeroIsTheTransformerAloneAndAWeightOutsideZeroToOneIsRefused() {
    ModelScores b = ScoreBlend.blend(TRANSFORMER, LEXICAL, 0.0);
    assertThat(b.responder()).containsExactly(new double[] {0.6, 0.3, 0.1}, offset(1e-12));
    assertThat(b.billable()).isEqualTo(0.2);
    assertThatThrownBy(() -> ScoreBlend.blend(TRANSFORMER, LEXICAL, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
