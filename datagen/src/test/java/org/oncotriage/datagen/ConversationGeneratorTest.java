package org.oncotriage.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.conversation.jsonl.ConversationCodec;
import org.oncotriage.datagen.intent.Intent;
import org.oncotriage.datagen.intent.IntentCatalog;
import org.oncotriage.datagen.stats.DiversityStats;
import org.oncotriage.json.Json;
import org.oncotriage.policy.LabelPolicy;
import org.oncotriage.policy.Need;

class ConversationGeneratorTest {

  private static String json(Conversation c) {
    return ConversationCodec.encode(c).toString();
  }

  @Test
  void theSameSeedWritesTheSameConversationsAndAnotherSeedDifferentOnes() {
    ConversationGenerator a = new ConversationGenerator(42, LabelMix.DEFAULT);
    ConversationGenerator b = new ConversationGenerator(42, LabelMix.DEFAULT);
    ConversationGenerator other = new ConversationGenerator(43, LabelMix.DEFAULT);
    int differing = 0;
    for (int i = 1; i <= 300; i++) {
      Conversation ca = a.generate(i).conversation();
      assertThat(json(b.generate(i).conversation())).isEqualTo(json(ca));
      Conversation co = other.generate(i).conversation();
      if (!co.messages().equals(ca.messages())) {
        differing++;
      }
    }
    assertThat(differing).isGreaterThan(295);
  }

  @Test
  void anUrgentConversationNeverGetsARedFlagDisclaimerInALaterMessage() {
    ConversationGenerator g = new ConversationGenerator(5, LabelMix.DEFAULT);
    List<String> disclaimers =
        List.of("not running a fever", "or anything scary", "nothing urgent", "this is not urgent");
    int urgent = 0;
    for (int i = 1; i <= 6000; i++) {
      Conversation c = g.generate(i).conversation();
      if (!c.labelsIfKnown().orElseThrow().urgent()) {
        continue;
      }
      urgent++;
      for (var m : c.messages()) {
        String text = m.text().toLowerCase(java.util.Locale.ROOT);
        assertThat(disclaimers).as(c.id()).noneMatch(text::contains);
      }
    }
    assertThat(urgent).isGreaterThan(100);
  }

  @Test
  void idsCarryTheSeedAndAZeroPaddedIndex() {
    ConversationGenerator g = new ConversationGenerator(7, LabelMix.DEFAULT);
    assertThat(g.generate(1).conversation().id()).isEqualTo("gen-7-000001");
    assertThat(g.id(123456)).isEqualTo("gen-7-123456");
  }

  @Test
  void theDefaultLabelMixFallsWithinThePublishedBandsOn20000Conversations() {
    ConversationGenerator g = new ConversationGenerator(2026, LabelMix.DEFAULT);
    DiversityStats stats = new DiversityStats();
    for (int i = 1; i <= 20_000; i++) {
      stats.addLabels(g.generate(i).conversation());
    }
    assertThat(stats.share(Responder.ONCOLOGIST)).isBetween(0.27, 0.33);
    assertThat(stats.share(Responder.NURSE)).isBetween(0.35, 0.40);
    assertThat(stats.share(Responder.MEDICAL_ASSISTANT)).isBetween(0.28, 0.35);
    assertThat(stats.billableShare()).isBetween(0.20, 0.25);
    assertThat(stats.urgentShare()).isBetween(0.03, 0.08);
  }

  @Test
  void aDifferentMixMovesTheShares() {
    ConversationGenerator g = new ConversationGenerator(5, new LabelMix(0.5, 0.3, 0.3, 0.15));
    DiversityStats stats = new DiversityStats();
    for (int i = 1; i <= 5_000; i++) {
      stats.addLabels(g.generate(i).conversation());
    }
    assertThat(stats.urgentShare()).isBetween(0.12, 0.18);
    assertThat(stats.share(Responder.ONCOLOGIST)).isBetween(0.46, 0.54);
  }

  @Test
  void everyConversationFollowsThePolicyAndSurvivesAJsonRoundTrip() throws Exception {
    ConversationGenerator g = new ConversationGenerator(11, LabelMix.DEFAULT);
    for (int i = 1; i <= 2_000; i++) {
      GeneratedConversation gc = g.generate(i);
      Conversation c = gc.conversation();
      assertThat(LabelPolicy.violation(c.labels())).as(c.id()).isEmpty();
      List<Need> needs = gc.allIntents().stream().map(Intent::need).toList();
      assertThat(c.labels()).isEqualTo(LabelPolicy.decide(needs));
      String line = json(c);
      Conversation back = ConversationCodec.decode(Json.mapper().readTree(line), () -> "none");
      assertThat(back).isEqualTo(c);
      assertThat(c.messages().get(0).from()).isNotEqualTo(Sender.CLINIC);
      for (int m = 1; m < c.messages().size(); m++) {
        if (c.messages().get(m).sentAt() != null) {
          assertThat(c.messages().get(m).sentAt()).isAfter(c.messages().get(m - 1).sentAt());
        }
      }
    }
  }

  @Test
  void someThreadsRaiseTheLabelsInALaterMessage() {
    ConversationGenerator g = new ConversationGenerator(12, LabelMix.DEFAULT);
    int raisedToUrgent = 0;
    int raised = 0;
    for (int i = 1; i <= 3_000; i++) {
      GeneratedConversation gc = g.generate(i);
      List<Intent> first = gc.intents().get(0);
      Labels firstLabels = LabelPolicy.decide(first.stream().map(Intent::need).toList());
      Labels all = gc.conversation().labels();
      if (all.responder().isAbove(firstLabels.responder())) {
        raised++;
        if (all.urgent()) {
          raisedToUrgent++;
        }
      }
    }
    assertThat(raised).isGreaterThan(150);
    assertThat(raisedToUrgent).isGreaterThan(5);
  }

  @Test
  void aSchedulingQuestionFollowedByAFeverOnDayNineIsUrgent() {
    ConversationGenerator g = new ConversationGenerator(3, LabelMix.DEFAULT);
    IntentCatalog c = g.catalog();
    GeneratedConversation gc =
        g.generate(
            1,
            List.of(
                List.of(c.byName("ma.reschedule")), List.of(c.byName("redflag.fever.present"))));
    assertThat(gc.conversation().labels()).isEqualTo(new Labels(Responder.ONCOLOGIST, false, true));
    assertThat(gc.conversation().messages()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void theCatalogCoversSixtyIntentsAndTenCancerTypes() {
    ConversationGenerator g = new ConversationGenerator(13, LabelMix.DEFAULT);
    assertThat(g.catalog().all()).hasSizeGreaterThanOrEqualTo(60);
    Set<String> intents = new HashSet<>();
    Set<String> cancers = new HashSet<>();
    Set<String> categories = new HashSet<>();
    for (int i = 1; i <= 5_000; i++) {
      GeneratedConversation gc = g.generate(i);
      cancers.add(gc.cancerKey());
      for (Intent intent : gc.allIntents()) {
        intents.add(intent.name());
        categories.add(intent.category());
      }
    }
    assertThat(intents).hasSizeGreaterThanOrEqualTo(60);
    assertThat(cancers).hasSizeGreaterThanOrEqualTo(10);
    assertThat(categories)
        .contains(
            "scheduling",
            "logistics",
            "records",
            "forms",
            "insurance",
            "refill_noncontrolled",
            "refill_supportive",
            "refill_controlled",
            "side_effect_mild",
            "side_effect_severe",
            "result_explained",
            "result_unexplained",
            "treatment_change",
            "prognosis",
            "prognosis_covered",
            "clinical_trial",
            "letter_judgment",
            "new_prescription",
            "supplement_interaction",
            "red_flag",
            "red_flag_question",
            "red_flag_mention");
  }

  @Test
  void smallSamplesAreDiverse() {
    ConversationGenerator g = new ConversationGenerator(14, LabelMix.DEFAULT);
    DiversityStats stats = new DiversityStats();
    for (int i = 1; i <= 400; i++) {
      stats.add(g.generate(i).conversation());
    }
    assertThat(stats.duplicateTexts()).isZero();
    assertThat(stats.distinctFiveGramsPerThousandWords()).isGreaterThan(600);
    assertThat(stats.messagesPerConversation()).isBetween(1.2, 2.5);
  }

  @Test
  void fiveThousandConversationsUseAVocabularyOfThreeThousandWords() {
    ConversationGenerator g = new ConversationGenerator(15, LabelMix.DEFAULT);
    DiversityStats stats = new DiversityStats();
    for (int i = 1; i <= 5_000; i++) {
      stats.add(g.generate(i).conversation());
    }
    assertThat(stats.vocabularySize()).isGreaterThanOrEqualTo(3_000);
  }
}
