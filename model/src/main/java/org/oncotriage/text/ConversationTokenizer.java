package org.oncotriage.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;

/**
 * Turns a conversation into the model's input ids: {@code [CLS]}, then for each message a marker of
 * its sender role ({@code [PATIENT]}, {@code [CAREGIVER]}, {@code [CLINIC]}) followed by its
 * WordPiece ids, cut to {@code maxTokens} by the {@link TruncationPolicy}. Thread-safe.
 */
public final class ConversationTokenizer {

  private final WordPieceTokenizer pieces;
  private final int maxTokens;

  /**
   * @param vocabulary the pieces
   * @param maxTokens the most ids per conversation, {@code [CLS]} and markers included
   */
  public ConversationTokenizer(WordPieceVocabulary vocabulary, int maxTokens) {
    this.pieces = new WordPieceTokenizer(Objects.requireNonNull(vocabulary, "vocabulary"));
    if (maxTokens < 16) {
      throw new IllegalArgumentException("maxTokens must be at least 16, received " + maxTokens);
    }
    this.maxTokens = maxTokens;
  }

  int maxTokens() {
    return maxTokens;
  }

  WordPieceVocabulary vocabulary() {
    return pieces.vocabulary();
  }

  /** The input ids of {@code conversation}; between 2 and {@link #maxTokens()} of them. */
  public int[] encode(Conversation conversation) {
    List<TruncationPolicy.MessagePieces> messages = new ArrayList<>(conversation.messages().size());
    for (Message m : conversation.messages()) {
      messages.add(new TruncationPolicy.MessagePieces(m.from(), pieces.encode(m.text())));
    }
    return TruncationPolicy.layout(messages, pieces.vocabulary(), maxTokens);
  }
}
