package org.oncotriage.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.text.TextBounds;

class BagOfWordsTest {

  @Test
  void markersThenLowerCaseTokensInOrder() {
    Conversation c =
        Conversation.of(
            "b1",
            List.of(
                Message.of(Sender.PATIENT, "Can I MOVE it?"), Message.of(Sender.CLINIC, "Yes.")));
    assertThat(BagOfWords.tokens(c))
        .containsExactly("<patient>", "can", "i", "move", "it", "?", "<clinic>", "yes", ".");
  }

  @Test
  void aHugeWordGivesBoundedTokensOfBoundedLength() {
    Conversation c =
        Conversation.of("b2", List.of(Message.of(Sender.PATIENT, "x".repeat(262_000))));
    String[] tokens = BagOfWords.tokens(c);
    assertThat(tokens.length).isLessThanOrEqualTo(TextBounds.MAX_TEXT_CHARS / 64 + 2);
    assertThat(tokens).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(64));
  }
}
