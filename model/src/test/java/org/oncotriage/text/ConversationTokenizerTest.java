package org.oncotriage.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;

class ConversationTokenizerTest {

  private static final WordPieceVocabulary VOCABULARY =
      new VocabularyBuilder()
          .addText("my mother has a fever . thanks , we will call")
          .build(200, 1);

  @Test
  void eachMessageStartsWithTheMarkerOfItsSenderRole() {
    Conversation c =
        Conversation.of(
            "c1",
            List.of(
                Message.of(Sender.CAREGIVER, "My mother has a fever."),
                Message.of(Sender.CLINIC, "Thanks, we will call.")));
    int[] ids = new ConversationTokenizer(VOCABULARY, 64).encode(c);
    assertThat(ids[0]).isEqualTo(WordPieceVocabulary.CLS_ID);
    assertThat(VOCABULARY.pieceOf(ids[1])).isEqualTo(WordPieceVocabulary.CAREGIVER);
    assertThat(VOCABULARY.pieceOf(ids[2])).isEqualTo("my");
    assertThat(ids).contains(VOCABULARY.idOf(WordPieceVocabulary.CLINIC));
  }

  @Test
  void aVeryLongConversationIsCutToMaxTokens() {
    Conversation c =
        Conversation.of("c2", List.of(Message.of(Sender.PATIENT, "fever ".repeat(5_000))));
    assertThat(new ConversationTokenizer(VOCABULARY, 48).encode(c)).hasSize(48);
  }
}
