package org.oncotriage.training.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.text.TruncationPolicy;
import org.oncotriage.text.VocabularyBuilder;
import org.oncotriage.text.WordPieceTokenizer;
import org.oncotriage.text.WordPieceVocabulary;

/**
 * Encodes a training corpus with the same pipeline as {@link
 * org.oncotriage.text.ConversationTokenizer}, but splits each text into words only once (for the
 * vocabulary count and for encoding) and each distinct word into pieces only once. Not thread-safe.
 */
final class CorpusEncoder {

  private final List<List<String[]>> wordsByConversation = new ArrayList<>();

  /** Splits every message of {@code conversations} into normalized words. */
  CorpusEncoder(List<Conversation> conversations) {
    for (Conversation c : conversations) {
      List<String[]> messages = new ArrayList<>(c.messages().size());
      for (Message m : c.messages()) {
        messages.add(WordPieceTokenizer.words(m.text()).toArray(String[]::new));
      }
      wordsByConversation.add(messages);
    }
  }

  /** Builds a vocabulary from the words of this corpus. */
  WordPieceVocabulary vocabulary(int size, int minCount) {
    Map<String, Long> counts = new HashMap<>();
    for (List<String[]> messages : wordsByConversation) {
      for (String[] words : messages) {
        for (String w : words) {
          counts.merge(w, 1L, Long::sum);
        }
      }
    }
    VocabularyBuilder builder = new VocabularyBuilder();
    counts.forEach(builder::addWord);
    return builder.build(size, minCount);
  }

  /** The input ids of every conversation, in corpus order. */
  List<int[]> encode(List<Conversation> conversations, WordPieceVocabulary vocabulary, int max) {
    WordPieceTokenizer tokenizer = new WordPieceTokenizer(vocabulary);
    Map<String, int[]> cache = new HashMap<>();
    List<int[]> out = new ArrayList<>(conversations.size());
    for (int i = 0; i < conversations.size(); i++) {
      Conversation c = conversations.get(i);
      List<String[]> messages = wordsByConversation.get(i);
      List<TruncationPolicy.MessagePieces> pieces = new ArrayList<>(messages.size());
      for (int m = 0; m < messages.size(); m++) {
        List<int[]> parts = new ArrayList<>();
        int total = 0;
        for (String w : messages.get(m)) {
          int[] p = cache.computeIfAbsent(w, tokenizer::encodeWord);
          parts.add(p);
          total += p.length;
        }
        int[] ids = new int[total];
        int at = 0;
        for (int[] p : parts) {
          System.arraycopy(p, 0, ids, at, p.length);
          at += p.length;
        }
        pieces.add(new TruncationPolicy.MessagePieces(c.messages().get(m).from(), ids));
      }
      out.add(TruncationPolicy.layout(pieces, vocabulary, max));
    }
    return out;
  }
}
