package org.oncotriage.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Responder;
import org.oncotriage.triage.ResponderProbabilities;

class DecisionPolicyTest {

  private static final DecisionPolicy POLICY =
      new DecisionPolicy(new DecisionThresholds(0.30, 0.40, 0.5, 0.5));

  private static ResponderProbabilities p(double onc, double nurse, double ma) {
    return new ResponderProbabilities(onc, nurse, ma);
  }

  @Test
  void theMostLikelyLevelStandsWhenNoHigherLevelPassesItsThreshold() {
    assertThat(POLICY.route(p(0.10, 0.20, 0.70), false)).isEqualTo(Responder.MEDICAL_ASSISTANT);
    assertThat(POLICY.route(p(0.20, 0.70, 0.10), false)).isEqualTo(Responder.NURSE);
  }

  @Test
  void anOncologistProbabilityAtTheThresholdRaisesTheRoute() {
    assertThat(POLICY.route(p(0.30, 0.20, 0.50), false)).isEqualTo(Responder.ONCOLOGIST);
    assertThat(POLICY.route(p(0.29, 0.60, 0.11), false)).isEqualTo(Responder.NURSE);
  }

  @Test
  void nurseOrAboveAtTheThresholdRaisesAMedicalAssistantRouteToNurse() {
    // P(nurse or oncologist) = 0.15 + 0.25 = 0.40
    assertThat(POLICY.route(p(0.15, 0.25, 0.60), false)).isEqualTo(Responder.NURSE);
    assertThat(POLICY.route(p(0.15, 0.24, 0.61), false)).isEqualTo(Responder.MEDICAL_ASSISTANT);
  }

  @Test
  void urgentAlwaysRoutesToAnOncologist() {
    assertThat(POLICY.route(p(0.01, 0.01, 0.98), true)).isEqualTo(Responder.ONCOLOGIST);
  }

  @Test
  void binaryDecisionsApplyTheirThresholdsInclusively() {
    assertThat(POLICY.modelUrgent(0.5)).isTrue();
    assertThat(POLICY.modelUrgent(0.49)).isFalse();
    assertThat(POLICY.billableLikely(0.5)).isTrue();
  }

  @Test
  void neutralThresholdsOnlyEverTakeTheMostLikelyLevel() {
    DecisionPolicy neutral = new DecisionPolicy(DecisionThresholds.NEUTRAL);
    assertThat(neutral.route(p(0.45, 0.10, 0.45), false)).isEqualTo(Responder.ONCOLOGIST);
    assertThat(neutral.route(p(0.30, 0.30, 0.40), false)).isEqualTo(Responder.MEDICAL_ASSISTANT);
  }
}
