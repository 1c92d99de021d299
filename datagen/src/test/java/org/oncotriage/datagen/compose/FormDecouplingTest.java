package org.oncotriage.datagen.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.datagen.ConversationGenerator;
import org.oncotriage.datagen.GeneratedConversation;
import org.oncotriage.datagen.LabelMix;
import org.oncotriage.datagen.intent.Intent;
import org.oncotriage.datagen.intent.IntentCatalog;
import org.oncotriage.datagen.intent.ScreeningAnswers;
import org.oncotriage.datagen.template.Template;
import org.oncotriage.redflag.RedFlagDetector;
import org.oncotriage.redflag.RedFlagRules;

class FormDecouplingTest {

  private final ConversationGenerator g = new ConversationGenerator(17, LabelMix.DEFAULT);
  private final IntentCatalog c = g.catalog();
  private final RedFlagDetector detector = RedFlagRules.standard();

  @Test
  void aFeverThePharmacistCalledASideEffectIsUrgentAndTheRulesSeeIt() {
    Intent fever = c.byName("redflag.fever.pharmacist_said");
    int detected = 0;
    for (long i = 1; i <= 40; i++) {
      Conversation conv = g.generate(i, List.of(List.of(fever))).conversation();
      assertThat(conv.labels()).isEqualTo(new Labels(Responder.ONCOLOGIST, false, true));
      detected += detector.detect(conv).isEmpty() ? 0 : 1;
    }
    assertThat(detected).isGreaterThanOrEqualTo(36);
  }

  @Test
  void theSharedFormSentencesNeverFireTheRules() {
    SplittableRandom rng = new SplittableRandom(5);
    List<Template> forms = new ArrayList<>();
    forms.addAll(MessageForms.STABILITY);
    forms.addAll(MessageForms.DISCLAIMERS);
    forms.addAll(MessageForms.PAST_HARDSHIPS);
    forms.addAll(MessageForms.NARRATIVE_OPENERS);
    forms.addAll(MessageForms.FYI_CLOSERS);
    forms.addAll(MessageForms.QUESTION_CLOSERS);
    forms.addAll(MessageForms.PLAIN_ENGLISH);
    for (Template form : forms) {
      for (int i = 0; i < 20; i++) {
        Scenario s = new Scenario(rng, Scenario.Voice.SELF, true, true);
        String text = form.render(rng, s);
        Conversation conv =
            new Conversation("f", List.of(new Message(Sender.PATIENT, null, text)), null, null);
        assertThat(detector.detect(conv)).as(form.source()).isEmpty();
      }
    }
    for (Template form : MessageForms.CAREGIVER_DETAILS) {
      Scenario s = new Scenario(rng, Scenario.Voice.SHE, true, false);
      Conversation conv =
          new Conversation(
              "f", List.of(new Message(Sender.CAREGIVER, null, form.render(rng, s))), null, null);
      assertThat(detector.detect(conv)).as(form.source()).isEmpty();
    }
  }

  @Test
  void messagesWithoutAnyQuestionOccurAtSimilarRatesForEveryNonUrgentResponder() {
    Map<Responder, int[]> counts = new EnumMap<>(Responder.class);
    for (long i = 1; i <= 6_000; i++) {
      Conversation conv = g.generate(i).conversation();
      if (conv.labels().urgent()) {
        continue;
      }
      int[] n = counts.computeIfAbsent(conv.labels().responder(), r -> new int[2]);
      n[0]++;
      boolean asks =
          conv.messages().stream()
              .filter(m -> m.from() != Sender.CLINIC)
              .anyMatch(m -> m.text().contains("?"));
      n[1] += asks ? 0 : 1;
    }
    double min = 1;
    double max = 0;
    for (int[] n : counts.values()) {
      double share = n[1] / (double) n[0];
      min = Math.min(min, share);
      max = Math.max(max, share);
    }
    assertThat(counts).hasSize(3);
    assertThat(min).isGreaterThan(0.18);
    assertThat(max - min).isLessThan(0.10);
  }

  @Test
  void theDefaultMixScreensPhysicianLevelSymptomsLikeNursingOnes() {
    int screened = 0;
    for (long i = 1; i <= 4_000; i++) {
      GeneratedConversation gc = g.generate(i);
      List<List<Intent>> intents = gc.intents();
      for (int m = 0; m < intents.size(); m++) {
        for (Intent intent : intents.get(m)) {
          if (intent.category().equals(ScreeningAnswers.ANSWER_CATEGORY)
              && gc.conversation().labels().responder() == Responder.ONCOLOGIST) {
            screened++;
            Message reply = gc.conversation().messages().get(m - 1);
            assertThat(reply.from()).isEqualTo(Sender.CLINIC);
            assertThat(reply.text()).endsWith("?");
            assertThat(gc.conversation().labels().urgent()).isFalse();
          }
        }
      }
    }
    assertThat(screened).isGreaterThan(30);
  }

  @Test
  void dropQuestionsKeepsTheStatementsAndNeverEmptiesAMessage() {
    assertThat(Sentences.dropQuestions("Mild rash on my arms. Is the cream ok? No blisters."))
        .isEqualTo("Mild rash on my arms. No blisters.");
    assertThat(Sentences.dropQuestions("Can I move my visit?")).isEqualTo("Can I move my visit?");
    assertThat(Sentences.dropQuestions("Tired after chemo.")).isEqualTo("Tired after chemo.");
  }
}
