package org.oncotriage.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.Scores;

class ThresholdSelectorTest {

  private static ValidationOutcome outcome(
      double onc, double nurse, Responder truth, double urgent, boolean urgentTruth) {
    return new ValidationOutcome(
        new Scores(new ResponderProbabilities(onc, nurse, 1 - onc - nurse), 0.5, urgent),
        new Labels(truth, false, urgentTruth));
  }

  @Test
  void routingThresholdsAreLowEnoughToCatchAnUncertainOncologistConversation() {
    List<ValidationOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      outcomes.add(outcome(0.05, 0.05, Responder.MEDICAL_ASSISTANT, 0.0, false));
      outcomes.add(outcome(0.90, 0.05, Responder.ONCOLOGIST, 0.0, false));
    }
    // An oncologist conversation the model puts at only 0.25: with 61 outcomes one miss is 1.6%,
    // within 2%, but it costs 5 against no over-triage, so the selector goes below 0.25.
    outcomes.add(outcome(0.25, 0.05, Responder.ONCOLOGIST, 0.0, false));
    DecisionThresholds t = ThresholdSelector.select(outcomes, 0.02);
    assertThat(t.oncologist()).isLessThanOrEqualTo(0.25);
    assertThat(ThresholdSelector.routingErrors(outcomes, new DecisionPolicy(t))[0]).isZero();
  }

  @Test
  void underTriageIsHeldAtTheTargetEvenAtTheCostOfOverTriage() {
    List<ValidationOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      // truth oncologist, P(onc) 0.2; and medical assistants with P(onc) 0.2 as well
      outcomes.add(outcome(0.20, 0.10, Responder.ONCOLOGIST, 0.0, false));
      outcomes.add(outcome(0.20, 0.10, Responder.MEDICAL_ASSISTANT, 0.0, false));
      outcomes.add(outcome(0.20, 0.10, Responder.MEDICAL_ASSISTANT, 0.0, false));
    }
    DecisionThresholds t = ThresholdSelector.select(outcomes, 0.02);
    int[] errors = ThresholdSelector.routingErrors(outcomes, new DecisionPolicy(t));
    assertThat(errors[0]).isZero();
    assertThat(errors[1]).isEqualTo(20);
  }

  @Test
  void theUrgentThresholdIsTheHighestThatKeepsRecallAtNinetyNinePercent() {
    List<ValidationOutcome> outcomes = new ArrayList<>();
    // 100 urgent conversations: one may be missed. The lowest scores 0.12, the next 0.347.
    outcomes.add(outcome(0.9, 0.05, Responder.ONCOLOGIST, 0.12, true));
    outcomes.add(outcome(0.9, 0.05, Responder.ONCOLOGIST, 0.347, true));
    for (int i = 0; i < 98; i++) {
      outcomes.add(outcome(0.9, 0.05, Responder.ONCOLOGIST, 0.9, true));
    }
    // False alarms do not raise it: precision is not the threshold's job.
    for (int i = 0; i < 50; i++) {
      outcomes.add(outcome(0.1, 0.05, Responder.NURSE, 0.8, false));
    }

    assertThat(ThresholdSelector.selectUrgent(outcomes)).isEqualTo(0.34);
  }

  @Test
  void withFewUrgentConversationsNoneMayBeMissed() {
    List<ValidationOutcome> outcomes =
        List.of(
            outcome(0.9, 0.05, Responder.ONCOLOGIST, 0.3, true),
            outcome(0.9, 0.05, Responder.ONCOLOGIST, 0.95, true),
            outcome(0.1, 0.05, Responder.NURSE, 0.1, false));

    assertThat(ThresholdSelector.selectUrgent(outcomes)).isEqualTo(0.3);
  }

  @Test
  void besideTheRulesTheThresholdNeedOnlyCatchWhatTheRulesMiss() {
    List<ValidationOutcome> outcomes =
        List.of(
            outcome(0.9, 0.05, Responder.ONCOLOGIST, 0.05, true),
            outcome(0.9, 0.05, Responder.ONCOLOGIST, 0.62, true),
            outcome(0.1, 0.05, Responder.NURSE, 0.1, false));

    // The rules catch the first; the model must catch the second.
    assertThat(ThresholdSelector.selectUrgent(outcomes, new boolean[] {true, false, false}))
        .isEqualTo(0.62);
    // The rules catch both: the model's own flag can stay at the top of the grid.
    assertThat(ThresholdSelector.selectUrgent(outcomes, new boolean[] {true, true, false}))
        .isEqualTo(0.99);
  }

  @Test
  void theUrgentThresholdStaysOnTheGrid() {
    List<ValidationOutcome> low = List.of(outcome(0.9, 0.05, Responder.ONCOLOGIST, 0.001, true));
    List<ValidationOutcome> none = List.of(outcome(0.1, 0.05, Responder.NURSE, 0.1, false));

    assertThat(ThresholdSelector.selectUrgent(low)).isEqualTo(0.01);
    assertThat(ThresholdSelector.selectUrgent(none)).isEqualTo(0.5);
  }

  @Test
  void whereValidationCannotTellThresholdsApartTheHigherPairWins() {
    List<ValidationOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      outcomes.add(outcome(0.01, 0.01, Responder.MEDICAL_ASSISTANT, 0.0, false));
      outcomes.add(outcome(0.98, 0.01, Responder.ONCOLOGIST, 0.0, false));
    }
    DecisionThresholds t = ThresholdSelector.select(outcomes, 0.02);

    assertThat(t.oncologist()).isEqualTo(0.50);
    assertThat(t.nurse()).isEqualTo(0.50);
  }
}
