package org.oncotriage.training.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.text.ConversationTokenizer;
import org.oncotriage.text.WordPieceVocabulary;

class CorpusEncoderTest {

  @Test
  void trainingEncodingIsIdenticalToTheServingTokenizer() {
    List<Conversation> corpus =
        List.of(
            Conversation.of(
                "a",
                List.of(
                    Message.of(Sender.PATIENT, "My temp is 101.2 F since 3 p.m. and I feel awful."),
                    Message.of(Sender.CLINIC, "Please go to the ER now."),
                    Message.of(Sender.CAREGIVER, "She's on capecitabine, 6 stools today."))),
            Conversation.of("b", List.of(Message.of(Sender.PATIENT, "Need to move my appt."))));
    CorpusEncoder encoder = new CorpusEncoder(corpus);
    WordPieceVocabulary vocabulary = encoder.vocabulary(60, 1);
    List<int[]> training = encoder.encode(corpus, vocabulary, 24);
    ConversationTokenizer serving = new ConversationTokenizer(vocabulary, 24);
    for (int i = 0; i < corpus.size(); i++) {
      assertThat(training.get(i)).containsExactly(serving.encode(corpus.get(i)));
    }
  }
}
