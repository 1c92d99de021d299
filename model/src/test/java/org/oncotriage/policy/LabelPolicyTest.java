package org.oncotriage.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;

class LabelPolicyTest {

  @Test
  void theMostDemandingNeedDecidesTheResponder() {
    Labels labels = LabelPolicy.decide(List.of(Need.administrative(), Need.nursing()));

    assertThat(labels).isEqualTo(new Labels(Responder.NURSE, false, false));
  }

  @Test
  void aRescheduleWithNewBonePainNeedsABillableOncologistVisit() {
    Labels labels = LabelPolicy.decide(List.of(Need.administrative(), Need.medical(true)));

    assertThat(labels).isEqualTo(new Labels(Responder.ONCOLOGIST, true, false));
  }

  @Test
  void urgentImpliesOncologistAndNotBillable() {
    Labels labels =
        LabelPolicy.decide(List.of(Need.administrative(), Need.medical(true), Need.redFlag()));

    assertThat(labels).isEqualTo(new Labels(Responder.ONCOLOGIST, false, true));
  }

  @Test
  void normalizeRaisesABillableNurseConversationToOncologist() {
    assertThat(LabelPolicy.normalize(new Labels(Responder.NURSE, true, false)))
        .isEqualTo(new Labels(Responder.ONCOLOGIST, true, false));
  }

  @Test
  void aControlledSubstanceRefillIsOncologistWithoutBilling() {
    assertThat(LabelPolicy.decide(List.of(Need.medical(false))))
        .isEqualTo(new Labels(Responder.ONCOLOGIST, false, false));
  }

  @Test
  void noNeedsIsAnError() {
    assertThatThrownBy(() -> LabelPolicy.decide(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void violationNamesEachBrokenRule() {
    assertThat(LabelPolicy.violation(new Labels(Responder.ONCOLOGIST, true, true)))
        .contains("an urgent conversation cannot be billable");
    assertThat(LabelPolicy.violation(new Labels(Responder.NURSE, false, true)))
        .hasValueSatisfying(v -> assertThat(v).contains("urgent").contains("nurse"));
    assertThat(LabelPolicy.violation(new Labels(Responder.MEDICAL_ASSISTANT, true, false)))
        .hasValueSatisfying(v -> assertThat(v).contains("billable").contains("medical_assistant"));
    assertThat(LabelPolicy.violation(new Labels(Responder.NURSE, false, false))).isEmpty();
  }
}
