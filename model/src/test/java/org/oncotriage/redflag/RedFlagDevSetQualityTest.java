package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationReader;

/**
 * Urgent recall and precision of the standard rules on the shared dev set ({@code labels.urgent} is
 * the truth). Skipped when {@code shared.dir/data/dev.jsonl} is absent. Prints counts and the ids
 * of misses and false alarms (with the rules that fired), never message text.
 */
class RedFlagDevSetQualityTest {

  @Test
  void standardRulesFindEveryUrgentDevConversationWithPrecisionOfAtLeastEightyPercent()
      throws Exception {
    String sharedDir = System.getProperty("shared.dir");
    assumeTrue(sharedDir != null, "shared.dir is not set");
    Path dev = Path.of(sharedDir, "data", "dev.jsonl");
    assumeTrue(Files.isRegularFile(dev), dev + " is absent");

    RedFlagDetector detector = RedFlagRules.standard();
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int total = 0;
    List<String> misses = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    for (Conversation conversation : ConversationReader.readAll(dev)) {
      total++;
      boolean urgent = conversation.labelsIfKnown().orElseThrow().urgent();
      List<RedFlagFinding> findings = detector.detect(conversation);
      boolean flagged = !findings.isEmpty();
      if (urgent && flagged) {
        truePositives++;
      } else if (urgent) {
        falseNegatives++;
        misses.add(conversation.id());
      } else if (flagged) {
        falsePositives++;
        falseAlarms.add(
            conversation.id()
                + findings.stream()
                    .map(RedFlagFinding::rule)
                    .distinct()
                    .collect(Collectors.joining(",", "[", "]")));
      }
    }
    double recall = truePositives / (double) (truePositives + falseNegatives);
    double precision =
        truePositives + falsePositives == 0
            ? 0.0
            : truePositives / (double) (truePositives + falsePositives);
    System.out.printf(
        Locale.ROOT,
        "red-flag dev set: conversations=%d urgent=%d tp=%d fp=%d fn=%d recall=%.3f"
            + " precision=%.3f%n",
        total,
        truePositives + falseNegatives,
        truePositives,
        falsePositives,
        falseNegatives,
        recall,
        precision);
    System.out.println("red-flag dev set misses: " + misses);
    System.out.println("red-flag dev set false alarms: " + falseAlarms);

    assertThat(recall).as("urgent recall, misses %s", misses).isEqualTo(1.0);
    assertThat(precision)
        .as("urgent precision, false alarms %s", falseAlarms)
        .isGreaterThanOrEqualTo(0.80);
  }
}
