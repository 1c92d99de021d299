package org.oncotriage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.triage.TriageResult;

/** The bundled default model loads and routes a few hand-written conversations sensibly. */
class DefaultModelTest {

  private static ModelTriager triager;

  @BeforeAll
  static void load() {
    triager = TriageModels.loadDefault();
  }

  @AfterAll
  static void close() {
    triager.close();
  }

  private static TriageResult triage(Message... messages) {
    return triager.triage(Conversation.of("t", List.of(messages)));
  }

  @Test
  void itDescribesItselfWithNameVersionThresholdsAndProvenance() {
    assertThat(triager.description().name()).isEqualTo("oncotriage-default");
    assertThat(triager.description().thresholds()).containsKeys("oncologist", "nurse", "urgent");
    assertThat(triager.description().provenance().at("/training_data/sha256").asText()).hasSize(64);
    assertThat(triager.description().provenance().at("/blend/lexical_weight").isNumber()).isTrue();
  }

  @Test
  void aParkingQuestionGoesToAMedicalAssistantOrNurseNotAnOncologist() {
    TriageResult r =
        triage(
            Message.of(
                Sender.PATIENT,
                "Hello, where should I park when I come in for my appointment on Friday morning?"
                    + " Is the garage validated?"));
    assertThat(r.responder().level()).isEqualTo(Responder.MEDICAL_ASSISTANT);
    assertThat(r.urgent().flag()).isFalse();
  }

  @Test
  void aFeverDuringChemotherapyIsUrgentAndGoesToAnOncologist() {
    TriageResult r =
        triage(
            Message.of(
                Sender.CAREGIVER,
                "My wife had chemo four days ago and tonight her temperature is 101.8 and she is"
                    + " shaking with chills. What should we do?"));
    assertThat(r.urgent().flag()).isTrue();
    assertThat(r.route()).isEqualTo(Responder.ONCOLOGIST);
  }

  @Test
  void aQuestionAboutScanResultsAndTreatmentGoesToAnOncologist() {
    TriageResult r =
        triage(
            Message.of(
                Sender.PATIENT,
                "I saw my CT report online and it says there are new nodules in my lungs. Does this"
                    + " mean the treatment stopped working? Should we change my chemo?"));
    assertThat(r.route()).isEqualTo(Responder.ONCOLOGIST);
  }

  @Test
  void mildExpectedConstipationIsNotRoutedBelowANurse() {
    TriageResult r =
        triage(
            Message.of(
                Sender.PATIENT,
                "I have been a bit constipated since my last treatment. What can I take for it?"),
            Message.of(Sender.CLINIC, "Thanks, we will get back to you."),
            Message.of(Sender.PATIENT, "Thank you."));
    assertThat(r.route()).isIn(Responder.NURSE, Responder.ONCOLOGIST);
    assertThat(r.urgent().flag()).isFalse();
  }
}
