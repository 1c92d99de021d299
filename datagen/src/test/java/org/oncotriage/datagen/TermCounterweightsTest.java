package org.oncotriage.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.datagen.compose.Scenario;
import org.oncotriage.datagen.intent.IntentCatalog;
import org.oncotriage.datagen.stats.ClinicalTerms;
import org.oncotriage.datagen.stats.TermStats;
import org.oncotriage.redflag.RedFlagDetector;
import org.oncotriage.redflag.RedFlagRules;

class TermCounterweightsTest {

  private static final int CONVERSATIONS = 12_000;
  private static final double SHARE = 0.15;

  private final TermCounterweights weights =
      TermCounterweights.calibrated(LabelMix.DEFAULT, IntentCatalog.standard(), SHARE);

  @Test
  void clinicalWordsTellTheLevelLessWithCounterweightsThanWithout() {
    TermStats with =
        stats(new ConversationGenerator(31, LabelMix.DEFAULT).withTermCounterweights(SHARE));
    TermStats without = stats(new ConversationGenerator(31, LabelMix.DEFAULT));

    assertThat(with.weightedMeanDistance(25)).isLessThan(0.9 * without.weightedMeanDistance(25));
    assertThat(with.flagged(25, 0.2))
        .hasSizeLessThan((int) (0.8 * without.flagged(25, 0.2).size()));
  }

  @Test
  void everyLevelGetsCounterweightSentencesAtTheSameRate() {
    ConversationGenerator g =
        new ConversationGenerator(32, LabelMix.DEFAULT).withTermCounterweights(SHARE);
    Map<Responder, int[]> counts = new EnumMap<>(Responder.class);
    for (long i = 1; i <= CONVERSATIONS; i++) {
      GeneratedConversation gc = g.generate(i);
      int[] n = counts.computeIfAbsent(gc.conversation().labels().responder(), r -> new int[2]);
      n[0]++;
      n[1] += gc.counterweight() == null ? 0 : 1;
    }
    assertThat(counts).hasSize(3);
    double lo = 1;
    double hi = 0;
    for (int[] n : counts.values()) {
      // Spanish conversations (3.5%) get none
      double share = n[1] / (double) n[0];
      lo = Math.min(lo, share);
      hi = Math.max(hi, share);
    }
    assertThat(lo).isGreaterThan(0.12);
    assertThat(hi).isLessThan(0.17);
    assertThat(hi - lo).isLessThan(0.025);
  }

  @Test
  void aLevelIsGivenTheTermsItsIntentsNameLeastAndNeverAPolicyTiedOne() {
    Map<String, String> kinds =
        ClinicalTerms.standard().terms().stream()
            .collect(Collectors.toMap(ClinicalTerms.Term::term, ClinicalTerms.Term::kind));
    for (Responder level : Responder.values()) {
      List<String> terms = weights.shortOf(level);
      assertThat(terms).as(level.wireName()).isNotEmpty();
      assertThat(terms.stream().map(kinds::get).collect(Collectors.toSet()))
          .doesNotContain("controlled", "admin_artifact", "artifact", "worry");
    }
    // the intents of a medical assistant rarely name a chemotherapy drug; those of a nurse or an
    // oncologist do
    Set<String> drugs =
        kinds.entrySet().stream()
            .filter(e -> e.getValue().equals("drug") || e.getValue().equals("regimen"))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    List<String> top = weights.shortOf(Responder.MEDICAL_ASSISTANT).subList(0, 10);
    assertThat(top.stream().filter(drugs::contains).count()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void counterweightSentencesFireNoRedFlagRule() {
    RedFlagDetector detector = RedFlagRules.standard();
    SplittableRandom rng = new SplittableRandom(33);
    int drawn = 0;
    for (Responder level : Responder.values()) {
      for (Scenario.Voice voice : Scenario.Voice.values()) {
        for (int i = 0; i < 1_500; i++) {
          Scenario scenario = new Scenario(rng, voice, true, true);
          String sentence = weights.draw(rng, level, scenario).orElse(null);
          if (sentence == null) {
            continue;
          }
          drawn++;
          Sender from = voice == Scenario.Voice.SELF ? Sender.PATIENT : Sender.CAREGIVER;
          Conversation one =
              new Conversation("c", List.of(new Message(from, null, sentence)), null, null);
          assertThat(detector.detect(one)).as(sentence).isEmpty();
        }
      }
    }
    assertThat(drawn).isGreaterThan(1_000);
  }

  @Test
  void theDefaultGeneratorWritesNoneAndItsConversationsAreThoseOfShareZero() {
    ConversationGenerator plain = new ConversationGenerator(34, LabelMix.DEFAULT);
    ConversationGenerator zero = plain.withTermCounterweights(0);
    ConversationGenerator some = plain.withTermCounterweights(SHARE);
    int differ = 0;
    for (long i = 1; i <= 500; i++) {
      GeneratedConversation g = plain.generate(i);
      assertThat(g.counterweight()).isNull();
      assertThat(zero.generate(i).conversation()).isEqualTo(g.conversation());
      differ += some.generate(i).conversation().equals(g.conversation()) ? 0 : 1;
    }
    assertThat(differ).isGreaterThan(400);
  }

  @Test
  void aShareOutsideZeroToOneIsRefused() {
    ConversationGenerator plain = new ConversationGenerator(35, LabelMix.DEFAULT);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> plain.withTermCounterweights(1.5))
        .withMessageContaining("[0, 1]");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> plain.withTermCounterweights(Double.NaN));
  }

  private static TermStats stats(ConversationGenerator g) {
    TermStats stats = new TermStats(ClinicalTerms.standard());
    for (long i = 1; i <= CONVERSATIONS; i++) {
      stats.add(g.generate(i).conversation());
    }
    return stats;
  }
}
