package org.oncotriage.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Sender;
import org.oncotriage.text.TruncationPolicy.MessagePieces;

class TruncationPolicyTest {

  private static final WordPieceVocabulary VOCABULARY =
      new VocabularyBuilder().addWord("x", 1).build(20, 1);
  private static final int CLS = WordPieceVocabulary.CLS_ID;
  private static final int CUT = WordPieceVocabulary.CUT_ID;
  private static final int PATIENT = 3;
  private static final int CLINIC = 5;

  /** A message of {@code n} pieces numbered from {@code base}. */
  private static MessagePieces message(Sender from, int base, int n) {
    return new MessagePieces(from, IntStream.range(base, base + n).toArray());
  }

  @Test
  void aConversationThatFitsIsKeptWholeWithoutMarkers() {
    int[] ids =
        TruncationPolicy.layout(
            List.of(message(Sender.PATIENT, 100, 3), message(Sender.CLINIC, 200, 2)),
            VOCABULARY,
            16);
    assertThat(ids).containsExactly(CLS, PATIENT, 100, 101, 102, CLINIC, 200, 201);
  }

  @Test
  void aLongSingleMessageKeepsItsHeadAndEndsWithACutMarker() {
    int[] ids = TruncationPolicy.layout(List.of(message(Sender.PATIENT, 100, 50)), VOCABULARY, 16);
    assertThat(ids).hasSize(16);
    assertThat(ids[0]).isEqualTo(CLS);
    assertThat(ids[1]).isEqualTo(PATIENT);
    assertThat(ids[2]).isEqualTo(100);
    assertThat(ids[15]).isEqualTo(CUT);
    // the head, in order: 100, 101, ... up to the cut
    assertThat(ids[14]).isEqualTo(112);
  }

  @Test
  void theLatestPatientMessageIsKeptBeforeClinicRepliesAndTheMiddle() {
    List<MessagePieces> thread =
        List.of(
            message(Sender.PATIENT, 100, 20),
            message(Sender.CLINIC, 200, 20),
            message(Sender.PATIENT, 300, 20),
            message(Sender.CLINIC, 400, 20),
            message(Sender.PATIENT, 500, 5));
    int[] ids = TruncationPolicy.layout(thread, VOCABULARY, 32);
    assertThat(ids.length).isLessThanOrEqualTo(32);
    // The first message's head and the last patient message are there, in order...
    assertThat(ids).contains(100, 500, 501, 502, 503, 504);
    int firstAt = indexOf(ids, 100);
    int lastAt = indexOf(ids, 500);
    assertThat(firstAt).isLessThan(lastAt);
    // ...the clinic replies, lowest priority, are not.
    assertThat(ids).doesNotContain(200, 400);
    assertThat(ids).contains(CUT);
  }

  @Test
  void leftoverBudgetGoesBackToTheFirstMessage() {
    List<MessagePieces> thread =
        List.of(message(Sender.PATIENT, 100, 40), message(Sender.PATIENT, 300, 2));
    int[] ids = TruncationPolicy.layout(thread, VOCABULARY, 32);
    // CLS + marker + first head + CUT + marker + 2 pieces = 32, so the head has 26 pieces
    // (100..125).
    assertThat(ids).hasSize(32);
    assertThat(ids).contains(125).doesNotContain(126);
    assertThat(ids).endsWith(PATIENT, 300, 301);
  }

  @Test
  void theOutputNeverExceedsTheBudget() {
    List<MessagePieces> thread =
        IntStream.range(0, 30)
            .mapToObj(i -> message(i % 2 == 0 ? Sender.PATIENT : Sender.CLINIC, 1000 * i, 7))
            .toList();
    for (int max : new int[] {16, 17, 31, 64, 200}) {
      assertThat(TruncationPolicy.layout(thread, VOCABULARY, max).length).isLessThanOrEqualTo(max);
    }
  }

  @Test
  void aBudgetBelowSixteenIsRejected() {
    assertThatThrownBy(
            () -> TruncationPolicy.layout(List.of(message(Sender.PATIENT, 1, 1)), VOCABULARY, 8))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int indexOf(int[] ids, int value) {
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
