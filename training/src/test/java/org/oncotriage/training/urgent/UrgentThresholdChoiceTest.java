package org.oncotriage.training.urgent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.language.LanguageIdentifier;
import org.oncotriage.redflag.RedFlagDetector;
import org.oncotriage.redflag.RedFlagFinding;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.Scores;

class UrgentThresholdChoiceTest {

  /** Rules that flag a conversation whose message says "rule". */
  private static final RedFlagDetector RULES =
      c ->
          c.messages().get(0).text().equals("rule")
              ? List.of(new RedFlagFinding(0, 0, 4, "test finding", "test.rule"))
              : List.of();

  private static final LanguageIdentifier ENGLISH = text -> "en";

  @Test
  void theHeadMustCatchAllButOnePercentOfWhatTheRulesMiss() {
    List<Conversation> validation = new ArrayList<>();
    List<Scores> scores = new ArrayList<>();
    // 100 urgent: the rules flag 95; the head scores the 5 they miss 0.2, 0.3, 0.5, 0.7, 0.9
    for (int i = 0; i < 95; i++) {
      add(validation, scores, "rule", true, 0.05);
    }
    for (double p : new double[] {0.9, 0.3, 0.7, 0.2, 0.5}) {
      add(validation, scores, "no rule", true, p);
    }
    // not urgent, scored high: precision plays no part in the choice
    for (int i = 0; i < 50; i++) {
      add(validation, scores, "no rule", false, 0.95);
    }

    UrgentThresholdChoice choice = UrgentThresholdChoice.on(scores, validation, RULES, ENGLISH);

    // one miss of 100 is allowed: the head must reach the second lowest, 0.3
    assertThat(choice.threshold()).isEqualTo(0.3);
    assertThat(choice.urgent()).isEqualTo(100);
    assertThat(choice.missedByRules()).isEqualTo(5);
    assertThat(choice.recall()).isEqualTo(0.99);
    assertThat(choice.conversations()).isEqualTo(150);
  }

  @Test
  void whenTheRulesFlagEnoughTheHeadIsHeldToTheCeiling() {
    List<Conversation> validation = new ArrayList<>();
    List<Scores> scores = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      add(validation, scores, "rule", true, 0.01);
    }
    add(validation, scores, "no rule", true, 0.01);

    UrgentThresholdChoice choice = UrgentThresholdChoice.on(scores, validation, RULES, ENGLISH);

    assertThat(choice.threshold()).isEqualTo(0.99);
    assertThat(choice.recall()).isEqualTo(200 / 201.0);
  }

  @Test
  void validationWithoutUrgentConversationsIsRefused() {
    List<Conversation> validation = new ArrayList<>();
    List<Scores> scores = new ArrayList<>();
    add(validation, scores, "no rule", false, 0.5);

    assertThatThrownBy(() -> UrgentThresholdChoice.on(scores, validation, RULES, ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no urgent conversation");
  }

  private static void add(
      List<Conversation> validation, List<Scores> scores, String text, boolean urgent, double p) {
    Responder level = urgent ? Responder.ONCOLOGIST : Responder.NURSE;
    validation.add(
        Conversation.of("c" + validation.size(), List.of(new Message(Sender.PATIENT, null, text)))
            .withLabels(new Labels(level, false, urgent)));
    scores.add(new Scores(new ResponderProbabilities(0.5, 0.3, 0.2), 0.1, p));
  }
}
