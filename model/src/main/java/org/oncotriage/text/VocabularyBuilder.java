package org.oncotriage.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link WordPieceVocabulary} from training text: counts normalized words, then chooses
 * pieces.
 *
 * <p>The pieces are: the special tokens; every character seen, both word-initial and as a {@code
 * ##} continuation (so any text of known characters can be spelled out); then the substrings of the
 * counted words with the highest score {@code occurrences x (length - 1)}, word-initial substrings
 * as they are and inner ones with the {@code ##} prefix, until the vocabulary holds {@code size}
 * pieces. Frequent whole words win their own piece; rarer words, typos and unseen drug names split
 * into frequent stems and endings. Substrings seen fewer than {@code minCount} times are never
 * chosen. Ties break by the piece's text, so the result is deterministic.
 *
 * <p>Not thread-safe: one builder per build.
 */
public final class VocabularyBuilder {

  /** Longest piece, in characters; longer words are always split. */
  static final int MAX_PIECE_CHARS = 16;

  private final Map<String, Long> wordCounts = new HashMap<>();

  /** Counts the words of one text (normalized and tokenized as the model does). */
  public VocabularyBuilder addText(String text) {
    for (String word : WordPieceTokenizer.words(text)) {
      wordCounts.merge(word, 1L, Long::sum);
    }
    return this;
  }

  /** Counts one already normalized word {@code count} times. */
  public VocabularyBuilder addWord(String word, long count) {
    wordCounts.merge(word, count, Long::sum);
    return this;
  }

  /** Distinct words counted so far. */
  int distinctWords() {
    return wordCounts.size();
  }

  /**
   * Builds the vocabulary.
   *
   * @param size the number of pieces wanted, special tokens included; fewer when the text does not
   *     offer enough substrings
   * @param minCount the fewest occurrences a multi-character piece needs
   */
  public WordPieceVocabulary build(int size, int minCount) {
    if (size < WordPieceVocabulary.SPECIAL_TOKENS.size()) {
      throw new IllegalArgumentException("size must hold the special tokens, received " + size);
    }
    Set<String> pieces = new LinkedHashSet<>(WordPieceVocabulary.SPECIAL_TOKENS);
    Map<String, Long> charCounts = new HashMap<>();
    Map<String, Long> substringCounts = new HashMap<>();
    wordCounts.forEach(
        (word, count) -> {
          word.codePoints()
              .forEach(cp -> charCounts.merge(new String(Character.toChars(cp)), count, Long::sum));
          countSubstrings(word, count, substringCounts);
        });
    List<String> chars = new ArrayList<>(charCounts.keySet());
    chars.sort(Comparator.comparing((String c) -> -charCounts.get(c)).thenComparing(c -> c));
    for (String c : chars) {
      if (pieces.size() + 2 > size) {
        break;
      }
      pieces.add(c);
      pieces.add(WordPieceVocabulary.CONTINUATION + c);
    }
    List<Map.Entry<String, Long>> candidates = new ArrayList<>();
    for (Map.Entry<String, Long> e : substringCounts.entrySet()) {
      if (e.getValue() >= minCount) {
        candidates.add(e);
      }
    }
    candidates.sort(
        Comparator.comparingLong((Map.Entry<String, Long> e) -> -score(e))
            .thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, Long> e : candidates) {
      if (pieces.size() >= size) {
        break;
      }
      pieces.add(e.getKey());
    }
    return new WordPieceVocabulary(new ArrayList<>(pieces));
  }

  private static long score(Map.Entry<String, Long> e) {
    String piece = e.getKey();
    int length =
        piece.startsWith(WordPieceVocabulary.CONTINUATION)
            ? piece.length() - WordPieceVocabulary.CONTINUATION.length()
            : piece.length();
    return e.getValue() * (length - 1);
  }

  private static void countSubstrings(String word, long count, Map<String, Long> counts) {
    int n = word.length();
    for (int start = 0; start < n; start++) {
      if (Character.isLowSurrogate(word.charAt(start))) {
        continue;
      }
      for (int end = start + 2; end <= Math.min(n, start + MAX_PIECE_CHARS); end++) {
        if (Character.isHighSurrogate(word.charAt(end - 1))) {
          continue;
        }
        String piece = word.substring(start, end);
        counts.merge(
            start == 0 ? piece : WordPieceVocabulary.CONTINUATION + piece, count, Long::sum);
      }
    }
  }
}
