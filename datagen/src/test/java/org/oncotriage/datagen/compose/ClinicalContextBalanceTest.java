package org.oncotriage.datagen.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Responder;
import org.oncotriage.datagen.ConversationGenerator;
import org.oncotriage.datagen.GeneratedConversation;
import org.oncotriage.datagen.LabelMix;
import org.oncotriage.datagen.intent.Intent;
import org.oncotriage.datagen.noise.Register;
import org.oncotriage.datagen.template.Template;

class ClinicalContextBalanceTest {

  private static final int N = 12_000;

  /**
   * Per responder: conversations, single-message ones, those with background, with a terse first
   * message.
   */
  private static Map<Responder, int[]> countByResponder(ConversationGenerator g) {
    Map<Responder, int[]> counts = new EnumMap<>(Responder.class);
    for (int i = 1; i <= N; i++) {
      GeneratedConversation gc = g.generate(i);
      Conversation c = gc.conversation();
      int[] n = counts.computeIfAbsent(c.labels().responder(), r -> new int[4]);
      n[0]++;
      // every patient message draws its own background, nurse threads run longer, and Spanish
      // (more often one message at some levels) has none: compare English conversations of one
      // message
      if (c.messages().size() == 1 && gc.register() != Register.SPANISH) {
        n[3]++;
        n[1] += gc.clinicalBackground() ? 1 : 0;
      }
      if (c.messages().get(0).text().split("\\s+").length <= 10) {
        n[2]++;
      }
    }
    return counts;
  }

  @Test
  void clinicalBackgroundAppearsAtTheSameRateForEveryResponder() {
    Map<Responder, int[]> counts =
        countByResponder(new ConversationGenerator(21, LabelMix.DEFAULT));
    assertThat(counts).containsOnlyKeys(Responder.values());
    double lo = 1;
    double hi = 0;
    for (int[] n : counts.values()) {
      double share = (double) n[1] / n[3];
      lo = Math.min(lo, share);
      hi = Math.max(hi, share);
    }
    assertThat(lo).isGreaterThan(0.3);
    assertThat(hi - lo).as("spread of background share across responders").isLessThan(0.04);
  }

  @Test
  void everyResponderHasShortMessagesOfAtMostTenWords() {
    Map<Responder, int[]> counts =
        countByResponder(new ConversationGenerator(22, LabelMix.DEFAULT));
    for (Map.Entry<Responder, int[]> e : counts.entrySet()) {
      assertThat((double) e.getValue()[2] / e.getValue()[0])
          .as(e.getKey().wireName())
          .isGreaterThan(0.01);
    }
  }

  @Test
  void everydayAdministrativeAndDetailedNursingIntentsAreWritten() {
    ConversationGenerator g = new ConversationGenerator(23, LabelMix.DEFAULT);
    Set<String> names = new HashSet<>();
    for (int i = 1; i <= N; i++) {
      for (Intent intent : g.generate(i).allIntents()) {
        names.add(intent.name());
      }
    }
    assertThat(names)
        .contains(
            "ma.running_late",
            "ma.bring_child",
            "ma.portal_doctor",
            "ma.patient_died",
            "ma.bill_vs_eob",
            "ma.appeal_status",
            "ma.records_move",
            "ma.call_about_bill",
            "rn.prep_contrast",
            "rn.dex_timing",
            "rn.oral_food",
            "rn.normal_lab",
            "rn.report_wording",
            "rn.bruising_btk",
            "rn.port_dressing",
            "rn.when_to_call",
            "rn.shipping_dose_changed",
            "rn.nonnative_refill",
            "md.terse_new_problem",
            "redflag.fever.terse",
            "ack.thanks");
  }

  @Test
  void acknowledgementsCloseThreadsOfEveryResponderWithoutRaisingTheLabels() {
    ConversationGenerator g = new ConversationGenerator(24, LabelMix.DEFAULT);
    Map<Responder, Integer> acked = new EnumMap<>(Responder.class);
    for (int i = 1; i <= N; i++) {
      GeneratedConversation gc = g.generate(i);
      var last = gc.intents().get(gc.intents().size() - 1);
      if (last.size() == 1 && last.get(0).name().equals("ack.thanks")) {
        acked.merge(gc.conversation().labels().responder(), 1, Integer::sum);
      }
    }
    assertThat(acked).containsOnlyKeys(Responder.values());
    assertThat(acked.values()).allMatch(n -> n > 40);
  }

  @Test
  void backgroundSentencesCarryNoRedFlagWord() {
    Scenario s = new Scenario(new java.util.SplittableRandom(5), Scenario.Voice.SELF, true, false);
    java.util.SplittableRandom rng = new java.util.SplittableRandom(6);
    for (Template t : ClinicalBackground.SENTENCES) {
      for (int k = 0; k < 30; k++) {
        String text = t.render(rng, s).toLowerCase(java.util.Locale.ROOT);
        assertThat(text)
            .doesNotContain("fever", "bleed", "breath", "chest pain", "confus", "seizure", "faint");
      }
    }
  }
}
