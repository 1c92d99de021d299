package org.oncotriage.datagen.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;
import org.oncotriage.datagen.ConversationGenerator;
import org.oncotriage.datagen.GeneratedConversation;
import org.oncotriage.datagen.LabelMix;
import org.oncotriage.datagen.noise.Register;
import org.oncotriage.datagen.template.Template;

class SameWordsAndArtifactIntentsTest {

  private static final Labels ADMIN = new Labels(Responder.MEDICAL_ASSISTANT, false, false);
  private static final Labels NURSE = new Labels(Responder.NURSE, false, false);
  private static final Labels BILLABLE = new Labels(Responder.ONCOLOGIST, true, false);
  private static final Labels PHYSICIAN_UNBILLED = new Labels(Responder.ONCOLOGIST, false, false);

  private final ConversationGenerator g = new ConversationGenerator(29, LabelMix.DEFAULT);
  private final IntentCatalog c = g.catalog();

  private void assertLabels(String name, Labels expected) {
    Intent intent = c.byName(name);
    for (long i = 1; i <= 20; i++) {
      assertThat(g.generate(i, List.of(List.of(intent))).conversation().labels())
          .as(name)
          .isEqualTo(expected);
    }
  }

  @Test
  void theThreeAsksOfATopicLandOnThreeLevels() {
    for (String topic : SameWordsIntents.topics()) {
      assertLabels("ma.same_" + topic, ADMIN);
      assertLabels("rn.same_" + topic, NURSE);
      assertLabels("md.same_" + topic, topic.equals("controlled") ? PHYSICIAN_UNBILLED : BILLABLE);
    }
  }

  @Test
  void theThreeAsksOfATopicNameTheArtifactInTheSameWords() {
    SameWordsIntents.SHARED.forEach(
        (topic, shared) -> {
          for (String level : List.of("ma", "rn", "md")) {
            List<String> sources =
                c.byName(level + ".same_" + topic).phrasings().stream()
                    .map(Template::source)
                    .toList();
            assertThat(sources).as(level + " " + topic).anyMatch(s -> s.contains(shared));
          }
        });
  }

  @Test
  void administrativeAsksAboutClinicalArtifactsAreAdministrative() {
    List<Intent> asks =
        c.all().stream().filter(i -> i.name().startsWith(ArtifactAdminIntents.PREFIX)).toList();
    assertThat(asks).hasSizeGreaterThanOrEqualTo(10);
    asks.forEach(i -> assertLabels(i.name(), ADMIN));
  }

  @Test
  void worryDoesNotChangeTheLevel() {
    for (Intent i : c.all()) {
      if (i.name().contains(WorriedIntents.INFIX)) {
        Labels expected =
            i.name().startsWith("ma.") ? ADMIN : i.name().startsWith("rn.") ? NURSE : BILLABLE;
        assertLabels(i.name(), expected);
      }
    }
  }

  @Test
  void everyBucketHasSpanishIntentsAndTheyAreWrittenInSpanishOnly() {
    for (Bucket bucket : Bucket.values()) {
      assertThat(c.spanish.get(bucket)).as(bucket.name()).isNotEmpty();
    }
    assertThat(c.administrative).noneMatch(IntentCatalog::isSpanish);
    assertThat(c.urgent).noneMatch(IntentCatalog::isSpanish);
    long index = 1;
    for (Intent i : c.all()) {
      if (IntentCatalog.isSpanish(i)) {
        GeneratedConversation gc = g.generate(index++, List.of(List.of(i)));
        assertThat(gc.register()).isEqualTo(Register.SPANISH);
        assertThat(IntentCatalog.bucket(i))
            .as(i.name())
            .isEqualTo(bucketOf(gc.conversation().labels()));
      }
    }
  }

  private static Bucket bucketOf(Labels labels) {
    if (labels.urgent()) {
      return Bucket.URGENT;
    }
    return switch (labels.responder()) {
      case ONCOLOGIST -> labels.billable() ? Bucket.BILLABLE : Bucket.ONCOLOGIST_OTHER;
      case NURSE -> Bucket.NURSE;
      case MEDICAL_ASSISTANT -> Bucket.MEDICAL_ASSISTANT;
    };
  }
}
