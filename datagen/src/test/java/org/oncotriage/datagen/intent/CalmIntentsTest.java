package org.oncotriage.datagen.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oncotriage.datagen.ConversationGenerator;
import org.oncotriage.datagen.GeneratedConversation;
import org.oncotriage.datagen.LabelMix;
import org.oncotriage.redflag.RedFlagDetector;
import org.oncotriage.redflag.RedFlagRules;

class CalmIntentsTest {

  private final ConversationGenerator g = new ConversationGenerator(17, LabelMix.DEFAULT);
  private final IntentCatalog c = g.catalog();
  private final RedFlagDetector detector = RedFlagRules.standard();

  private static List<Intent> newIntents() {
    return Stream.of(
            NarrativeNursingIntents.all(),
            OutsideLifeAdminIntents.all(),
            QuietMedicalIntents.all(),
            ScreeningAnswers.all())
        .flatMap(List::stream)
        .toList();
  }

  @Test
  void theNewCalmIntentsNeverFireTheShippedRedFlagRules() {
    long index = 1;
    for (Intent intent : newIntents()) {
      if (intent.need().urgent()) {
        continue;
      }
      for (int i = 0; i < 25; i++) {
        GeneratedConversation gc = g.generate(index++, List.of(List.of(c.byName(intent.name()))));
        assertThat(gc.conversation().labels().urgent()).isFalse();
        assertThat(detector.detect(gc.conversation())).as(intent.name()).isEmpty();
      }
    }
  }
}
