package org.oncotriage.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.redflag.RedFlagFinding;

/** Evidence for a model-only flag, with a toy scorer that reads one word. */
class LeaveOneSentenceOutTest {

  /** Scores 0.9 when any message says "alarm", else 0.1. */
  private static final LeaveOneSentenceOut EXPLAINER =
      new LeaveOneSentenceOut(
          conversations ->
              conversations.stream()
                  .map(
                      c ->
                          c.messages().stream().anyMatch(m -> m.text().contains("alarm"))
                              ? 0.9
                              : 0.1)
                  .toList());

  @Test
  void theSentenceWithoutWhichTheScoreFallsIsTheEvidence() {
    Conversation conversation =
        Conversation.of(
            "c",
            List.of(
                Message.of(Sender.PATIENT, "Hello there. I feel alarm today."),
                Message.of(Sender.CLINIC, "What do you mean?"),
                Message.of(Sender.PATIENT, "Thanks.")));

    List<RedFlagFinding> evidence = EXPLAINER.explain(conversation, 0.9, 0.5);

    assertThat(evidence)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.messageIndex()).isZero();
              assertThat(conversation.messages().get(0).text().substring(f.start(), f.end()))
                  .isEqualTo("I feel alarm today.");
              assertThat(f.rule()).isEqualTo(LeaveOneSentenceOut.RULE);
              assertThat(f.finding()).contains("0.90 falls to 0.10");
            });
  }

  @Test
  void whenNoSingleSentenceBringsTheScoreDownTheOneThatLowersItMostIsTheEvidence() {
    Conversation conversation =
        Conversation.of(
            "c",
            List.of(
                Message.of(Sender.PATIENT, "An alarm here."),
                Message.of(Sender.PATIENT, "Another alarm there.")));

    List<RedFlagFinding> evidence = EXPLAINER.explain(conversation, 0.9, 0.5);

    assertThat(evidence).hasSize(1);
    assertThat(evidence.get(0).finding()).contains("falls to 0.90");
  }

  @Test
  void aConversationOfOneSentenceHasThatSentenceAsEvidence() {
    Conversation conversation =
        Conversation.of("c", List.of(Message.of(Sender.PATIENT, "I have a question.")));

    List<RedFlagFinding> evidence =
        new LeaveOneSentenceOut(cs -> cs.stream().map(c -> 0.2).toList())
            .explain(conversation, 0.98, 0.87);

    assertThat(evidence).singleElement().satisfies(f -> assertThat(f.end()).isEqualTo(18));
  }
}
