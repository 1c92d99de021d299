package org.oncotriage.datagen.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.datagen.ConversationGenerator;
import org.oncotriage.datagen.GeneratedConversation;
import org.oncotriage.datagen.LabelMix;
import org.oncotriage.datagen.lexicon.Lexicon;
import org.oncotriage.datagen.noise.Register;
import org.oncotriage.redflag.RedFlagDetector;
import org.oncotriage.redflag.RedFlagRules;

class MinimalPairsTest {

  private static final Labels NURSE = new Labels(Responder.NURSE, false, false);
  private static final Labels BILLABLE = new Labels(Responder.ONCOLOGIST, true, false);
  private static final Labels PHYSICIAN_UNBILLED = new Labels(Responder.ONCOLOGIST, false, false);
  private static final Labels URGENT = new Labels(Responder.ONCOLOGIST, false, true);

  /**
   * Plain register: these tests check the intents' phrasings against the shipped red-flag rules,
   * and the style transforms (dictation, text speak) blur the sentence boundaries the rules read.
   */
  private final ConversationGenerator g =
      new ConversationGenerator(23, LabelMix.DEFAULT).withRegister(Register.PLAIN);

  private final IntentCatalog c = g.catalog();
  private final RedFlagDetector detector = RedFlagRules.standard();

  /** The labels every rendering of {@code name} alone gets through the generator. */
  private void assertLabels(String name, Labels expected) {
    Intent intent = c.byName(name);
    for (long i = 1; i <= 20; i++) {
      Conversation conv = g.generate(i, List.of(List.of(intent))).conversation();
      assertThat(conv.labels()).as(name).isEqualTo(expected);
    }
  }

  @Test
  void aReportTermIsNursingOnceExplainedAndPhysicianWorkWhenNobodyHasGoneOverIt() {
    assertLabels("rn.report_term_after_explained", NURSE);
    assertLabels("md.report_term_not_discussed", BILLABLE);
    assertLabels("rn.normal_labs_read", NURSE);
    assertLabels("md.abnormal_labs_read", BILLABLE);
  }

  @Test
  void holdingMetforminPerTheSheetIsNursingButHoldingACancerDrugIsADecision() {
    assertLabels("rn.hold_diabetes_med_for_contrast", NURSE);
    assertLabels("md.hold_cancer_drug_for_procedure", BILLABLE);
  }

  @Test
  void refillsSplitOnTheDrugAndTheDose() {
    assertLabels("rn.supportive_refill_same_dose", NURSE);
    assertLabels("md.controlled_refill_same_dose", PHYSICIAN_UNBILLED);
    assertLabels("md.supportive_higher_dose", BILLABLE);
  }

  @Test
  void vaccineTimingIsProtocolButANewMedicineWithTherapyIsAnInteractionQuestion() {
    assertLabels("rn.vaccine_timing_protocol", NURSE);
    assertLabels("md.new_med_with_therapy", BILLABLE);
  }

  @Test
  void diarrheaSplitsOnCountDizzinessAndARequestToHold() {
    assertLabels("rn.mild_bowel_change", NURSE);
    assertLabels("md.tki_diarrhea_hold", BILLABLE);
    assertLabels("redflag.diarrhea.severe_boundary", URGENT);
  }

  @Test
  void lumpsAndRemissionQuestionsSplitOnWhetherSomethingIsNew() {
    assertLabels("rn.injection_site_lump", NURSE);
    assertLabels("md.new_lump_elsewhere", BILLABLE);
    assertLabels("rn.survivorship_schedule", NURSE);
    assertLabels("md.remission_new_symptom", BILLABLE);
  }

  @Test
  void inAClarifyingThreadOnlyThePatientsAnswerDecidesTheLabels() {
    assertThread(ClarifyingThreads.RESULTS, NURSE, BILLABLE);
    assertThread(ClarifyingThreads.HOLDS, NURSE, BILLABLE);
    assertThread(ClarifyingThreads.REFILLS, NURSE, PHYSICIAN_UNBILLED, BILLABLE);
    assertThread(ClarifyingThreads.DIARRHEA, NURSE, URGENT);
  }

  /** Each answer of {@code topic}, after its opening and the clinic's question, gets its labels. */
  private void assertThread(ClarifyingThreads.Topic topic, Labels... expected) {
    assertThat(topic.answers()).hasSize(expected.length);
    for (int a = 0; a < expected.length; a++) {
      Intent answer = topic.answers().get(a);
      for (long i = 1; i <= 20; i++) {
        GeneratedConversation gc =
            g.generate(i, List.of(List.of(topic.opening()), List.of(answer)));
        Conversation conv = gc.conversation();
        assertThat(conv.labels()).as(answer.name()).isEqualTo(expected[a]);
        assertThat(conv.messages()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(conv.messages().get(1).from()).isEqualTo(Sender.CLINIC);
        assertThat(conv.messages().get(1).text()).contains("?");
        boolean fired = !detector.detect(conv).isEmpty();
        assertThat(fired).as(answer.name()).isEqualTo(expected[a].urgent());
      }
    }
  }

  @Test
  void threadOnlyOpeningsAndAnswersNeverStandAloneInTheGeneratedMix() {
    for (long i = 1; i <= 3_000; i++) {
      List<List<Intent>> intents = g.generate(i).intents();
      Intent first = intents.get(0).get(0);
      assertThat(first.name()).doesNotStartWith("answer.");
      if (first.name().startsWith("open.")) {
        assertThat(intents.size()).isGreaterThanOrEqualTo(3);
        assertThat(intents.get(2).get(0).name()).matches("(answer|redflag)\\..*");
      }
    }
  }

  @Test
  void theCalmHalvesNeverFireTheRulesAndTheSevereDiarrheaDoes() {
    long index = 1;
    List<Intent> intents =
        Stream.of(BoundaryNursingIntents.all(), BoundaryMedicalIntents.all())
            .flatMap(List::stream)
            .toList();
    for (Intent intent : intents) {
      int fired = 0;
      for (int i = 0; i < 30; i++) {
        Conversation conv =
            g.generate(index++, List.of(List.of(c.byName(intent.name())))).conversation();
        fired += detector.detect(conv).isEmpty() ? 0 : 1;
      }
      if (intent.need().urgent()) {
        assertThat(fired).as(intent.name()).isGreaterThanOrEqualTo(27);
      } else {
        assertThat(fired).as(intent.name()).isZero();
      }
    }
  }

  @Test
  void aNurseLevelSupportiveRefillNeverNamesAControlledSubstance() {
    List<String> controlled =
        Lexicon.CONTROLLED.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    Intent refill = c.byName("rn.supportive_refill_same_dose");
    for (long i = 1; i <= 200; i++) {
      String text =
          g.generate(i, List.of(List.of(refill)))
              .conversation()
              .messages()
              .get(0)
              .text()
              .toLowerCase(Locale.ROOT);
      assertThat(controlled).noneMatch(d -> text.matches("(?s).*\\b" + d + "\\b.*"));
    }
    assertThat(Lexicon.SUPPORTIVE).doesNotContainAnyElementsOf(Lexicon.CONTROLLED);
    assertThat(Lexicon.ANTIEMETICS)
        .noneMatch(a -> a.toLowerCase(Locale.ROOT).contains("lorazepam"));
  }
}
