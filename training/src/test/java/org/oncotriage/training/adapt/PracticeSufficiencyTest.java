package org.oncotriage.training.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;

class PracticeSufficiencyTest {

  private static Conversation labeled(int i, Responder level, boolean billable, boolean urgent) {
    return new Conversation(
        "c-" + i,
        List.of(new Message(Sender.PATIENT, null, "message " + i)),
        null,
        new Labels(level, billable, urgent));
  }

  private static List<Conversation> practice(int perLevel, int billable, int urgent) {
    List<Conversation> all = new ArrayList<>();
    int i = 0;
    for (Responder level : Responder.values()) {
      for (int k = 0; k < perLevel; k++, i++) {
        all.add(labeled(i, level, i < billable, i < urgent));
      }
    }
    return all;
  }

  @Test
  void enoughOfEverythingMissesNothing() {
    assertThat(PracticeSufficiency.missing(practice(20, 10, 1), 5)).isEmpty();
  }

  @Test
  void tooFewOfEachLevelNamesEveryLevel() {
    assertThat(PracticeSufficiency.missing(practice(19, 10, 1), 5))
        .contains(
            "19 oncologist conversations, at least 20 needed",
            "19 nurse conversations, at least 20 needed",
            "19 medical_assistant conversations, at least 20 needed");
  }

  @Test
  void noUrgentConversationIsNamed() {
    assertThat(PracticeSufficiency.missing(practice(20, 10, 0), 5))
        .containsExactly(
            "0 urgent conversations, at least 1 needed to calibrate and measure the urgent flag");
  }

  @Test
  void tooFewBillableConversationsAreNamed() {
    assertThat(PracticeSufficiency.missing(practice(20, 3, 1), 5))
        .containsExactly(
            "3 billable and 57 non-billable conversations, at least 10 of each needed");
  }

  @Test
  void moreFoldsThanConversationsOfALevelAreNamed() {
    assertThat(PracticeSufficiency.missing(practice(20, 10, 1), 25))
        .contains("20 nurse conversations, at least 25 needed");
  }
}
