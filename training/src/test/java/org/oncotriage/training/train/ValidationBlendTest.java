package org.oncotriage.training.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;
import org.oncotriage.decision.ValidationOutcome;
import org.oncotriage.lexical.LexicalTraining;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.Scores;

class ValidationBlendTest {

  private static final Labels TRUTH = new Labels(Responder.NURSE, true, false);

  @Test
  void validationOutcomesAreBlendedAsServedAndKeepTheirUrgentAndTruth() {
    ValidationOutcome transformer =
        new ValidationOutcome(
            new Scores(new ResponderProbabilities(0.1, 0.3, 0.6), 0.2, 0.9), TRUTH);
    // Lexical, ordinal order (medical assistant, nurse, oncologist): 0.2, 0.2, 0.6; billable 0.8.
    Scores lexical = lexical(new double[] {0.2, 0.2, 0.6}, 0.8);
    ValidationOutcome b = ModelTrainer.blend(List.of(transformer), List.of(lexical), 0.5).get(0);
    // Oncologist (0.1 + 0.6) / 2, nurse (0.3 + 0.2) / 2, medical assistant (0.6 + 0.2) / 2.
    assertThat(b.scores().responder().oncologist()).isCloseTo(0.35, offset(1e-12));
    assertThat(b.scores().responder().nurse()).isCloseTo(0.25, offset(1e-12));
    assertThat(b.scores().responder().medicalAssistant()).isCloseTo(0.40, offset(1e-12));
    assertThat(b.scores().billable()).isCloseTo(0.5, offset(1e-12));
    assertThat(b.scores().urgent()).isEqualTo(0.9);
    assertThat(b.truth()).isEqualTo(TRUTH);
  }

  @Test
  void listsOfDifferentLengthsAreRefused() {
    assertThatThrownBy(
            () -> ModelTrainer.blend(List.of(), List.of(lexical(new double[] {1, 0, 0}, 0.0)), 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lexical.size()=1");
  }

  private static Scores lexical(double[] byOrdinal, double billable) {
    return Scores.withoutUrgent(ResponderProbabilities.fromOrdinalArray(byOrdinal), billable);
  }

  @Test
  void lexicalOptionsRefuseAWeightOutsideZeroToOneAndNonPositiveSettings() {
    assertThatThrownBy(() -> new LexicalOptions(-0.1, LexicalTraining.DEFAULT))
        .hasMessageContaining("lexical weight");
    assertThatThrownBy(() -> new LexicalOptions(0.5, new LexicalTraining(0, 2)))
        .hasMessageContaining("iterations=0");
    assertThat(LexicalOptions.DEFAULT)
        .isEqualTo(new LexicalOptions(0.5, new LexicalTraining(100, 2)));
    assertThat(LexicalOptions.DEFAULT.iterations()).isEqualTo(100);
    assertThat(LexicalOptions.DEFAULT.cutoff()).isEqualTo(2);
  }
}
