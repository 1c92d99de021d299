package org.oncotriage.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.datagen.intent.Intent;
import org.oncotriage.redflag.RedFlagDetector;
import org.oncotriage.redflag.RedFlagRules;

/**
 * The shipped red-flag rules and the generator's urgent labels must agree: negated disclaimers,
 * past hardships and hypothetical questions the generator writes into non-urgent conversations must
 * not fire the rules, and present red flags should. Figures printed are counts over the generated
 * sample.
 */
class RedFlagDetectorAgreementTest {

  private static final int COUNT = 4_000;

  @Test
  void theRuleDetectorAgreesWithTheUrgentLabelOnGeneratedConversations() {
    ConversationGenerator g = new ConversationGenerator(31, LabelMix.DEFAULT);
    RedFlagDetector detector = RedFlagRules.standard();
    int urgent = 0;
    int caught = 0;
    int calm = 0;
    int falseAlarms = 0;
    Map<String, Integer> alarmsByIntent = new TreeMap<>();
    for (int i = 1; i <= COUNT; i++) {
      GeneratedConversation gc = g.generate(i);
      Conversation c = gc.conversation();
      boolean flagged = !detector.detect(c).isEmpty();
      if (c.labels().urgent()) {
        urgent++;
        caught += flagged ? 1 : 0;
      } else {
        calm++;
        if (flagged) {
          falseAlarms++;
          for (Intent intent : gc.allIntents()) {
            alarmsByIntent.merge(intent.name(), 1, Integer::sum);
          }
        }
      }
    }
    double recall = caught / (double) urgent;
    double falseAlarmRate = falseAlarms / (double) calm;
    System.out.printf(
        "red-flag agreement: urgent %d caught %d (%.3f); non-urgent %d flagged %d (%.4f)%n",
        urgent, caught, recall, calm, falseAlarms, falseAlarmRate);
    System.out.println("false alarms by intent: " + alarmsByIntent);
    double agreement = (caught + calm - falseAlarms) / (double) COUNT;
    // Before the form pools and new intents (commit 2e6247b) the same sample gave recall 0.743,
    // false alarms 0.0121 and agreement 0.9753; the false alarms that remain come from older
    // intents (relatives' symptoms, "isn't swollen" after the noun), not from the new ones.
    assertThat(recall).isGreaterThanOrEqualTo(0.74);
    assertThat(falseAlarmRate).isLessThanOrEqualTo(0.015);
    assertThat(agreement).isGreaterThanOrEqualTo(0.975);
  }
}
