package org.oncotriage.datagen.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.datagen.ConversationGenerator;
import org.oncotriage.datagen.GeneratedConversation;
import org.oncotriage.datagen.LabelMix;

class ScreenedAndLookAlikeIntentsTest {

  private static final Labels NURSE = new Labels(Responder.NURSE, false, false);
  private static final Labels ASSISTANT = new Labels(Responder.MEDICAL_ASSISTANT, false, false);

  private final ConversationGenerator g = new ConversationGenerator(11, LabelMix.DEFAULT);
  private final IntentCatalog c = g.catalog();

  private GeneratedConversation thread(long index, String... names) {
    return g.generate(index, List.of(names).stream().map(n -> List.of(c.byName(n))).toList());
  }

  @Test
  void aLowGradeTemperatureWithAReassuringAnswerIsNurseAndNotUrgent() {
    for (long i = 1; i <= 40; i++) {
      GeneratedConversation gc = thread(i, "rn.lowgrade_temp", "screen.answer");
      assertThat(gc.conversation().labels()).isEqualTo(NURSE);
      List<Message> m = gc.conversation().messages();
      assertThat(m).hasSizeBetween(3, 4);
      assertThat(m.get(1).from()).isEqualTo(Sender.CLINIC);
      assertThat(m.get(1).text()).endsWith("?");
    }
  }

  @Test
  void rescheduleMessagesThatDenySymptomsAreMedicalAssistant() {
    for (long i = 1; i <= 40; i++) {
      assertThat(thread(i, "ma.reschedule_feeling_fine").conversation().labels())
          .isEqualTo(ASSISTANT);
      assertThat(thread(i, "ma.thanks_last_chemo", "ma.confirm_reminder").conversation().labels())
          .isEqualTo(ASSISTANT);
    }
  }

  @Test
  void aRescheduleWhoseSenderDeniesSymptomsWhenAskedStaysMedicalAssistant() {
    for (long i = 1; i <= 40; i++) {
      GeneratedConversation gc = thread(i, "ma.reschedule", "ma.no_symptoms_answer");
      assertThat(gc.conversation().labels()).isEqualTo(ASSISTANT);
      assertThat(gc.conversation().messages().get(1).from()).isEqualTo(Sender.CLINIC);
      assertThat(gc.conversation().messages().get(1).text()).endsWith("?");
    }
  }

  @Test
  void administrativeLookingOncologistCasesKeepTheirNeeds() {
    assertThat(thread(1, "md.printout_low_platelets").conversation().labels())
        .isEqualTo(new Labels(Responder.ONCOLOGIST, true, false));
    assertThat(thread(2, "md.new_spot_melanoma").conversation().labels())
        .isEqualTo(new Labels(Responder.ONCOLOGIST, true, false));
    assertThat(thread(3, "md.new_med_interaction").conversation().labels())
        .isEqualTo(new Labels(Responder.ONCOLOGIST, true, false));
    assertThat(thread(4, "ma.confirm_reminder", "redflag.calf_in_admin").conversation().labels())
        .isEqualTo(new Labels(Responder.ONCOLOGIST, false, true));
  }

  @Test
  void theDefaultMixWritesScreenedThreadsAndTheNewIntents() {
    Set<String> seen = new HashSet<>();
    int screened = 0;
    for (long i = 1; i <= 3000; i++) {
      GeneratedConversation gc = g.generate(i);
      List<List<Intent>> intents = gc.intents();
      for (int m = 0; m < intents.size(); m++) {
        for (Intent intent : intents.get(m)) {
          seen.add(intent.name());
          if (intent.category().equals(ScreenedNursingIntents.ANSWER_CATEGORY)) {
            screened++;
            assertThat(gc.conversation().messages().get(m - 1).from()).isEqualTo(Sender.CLINIC);
            assertThat(gc.conversation().labels().responder()).isEqualTo(Responder.NURSE);
            assertThat(gc.conversation().labels().urgent()).isFalse();
          }
        }
      }
    }
    assertThat(screened).isGreaterThan(50);
    assertThat(seen)
        .contains(
            "rn.lowgrade_temp",
            "rn.resolved_symptom",
            "rn.administration_protocol",
            "rn.otc_side_effect",
            "rn.hospice_intake",
            "ma.reschedule_feeling_fine",
            "ma.drug_cost",
            "ma.proxy_access",
            "ma.no_symptoms_answer",
            "md.printout_low_platelets",
            "redflag.calf_in_admin");
  }
}
