package org.oncotriage.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits normalized text into WordPiece ids: OpenNLP sentences and word tokens ({@link
 * EnglishText}), then each word greedily into the longest known piece from its start, continuing
 * with {@code ##} pieces. A character that no piece covers becomes {@code [UNK]} on its own, and
 * the rest of the word is still split, so a typo or an unseen drug name keeps most of its pieces.
 *
 * <p>Thread-safe: the vocabulary is immutable and {@link EnglishText} is thread-safe.
 */
public final class WordPieceTokenizer {

  /** Words longer than this (in characters) are cut to it before splitting. */
  static final int MAX_WORD_CHARS = 64;

  private final WordPieceVocabulary vocabulary;

  public WordPieceTokenizer(WordPieceVocabulary vocabulary) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
  }

  WordPieceVocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * The normalized word tokens of {@code text} ({@link TextNormalizer}, then OpenNLP sentence
   * detection and tokenization); none for a blank text.
   */
  public static List<String> words(String text) {
    String normalized = TextNormalizer.normalize(text);
    List<String> words = new ArrayList<>();
    if (normalized.isEmpty()) {
      return words;
    }
    for (TextSpan sentence : EnglishText.sentences(normalized)) {
      String s = sentence.of(normalized);
      for (TextSpan token : EnglishText.tokens(s)) {
        String word = token.of(s);
        words.add(word.length() > MAX_WORD_CHARS ? word.substring(0, MAX_WORD_CHARS) : word);
      }
    }
    return words;
  }

  /** The piece ids of {@code text}, in order; none for a blank text. */
  int[] encode(String text) {
    List<String> words = words(text);
    IntList ids = new IntList(words.size() * 2);
    for (String word : words) {
      splitWord(word, ids);
    }
    return ids.toArray();
  }

  /** The piece ids of one normalized word (an element of {@link #words}). */
  public int[] encodeWord(String word) {
    IntList ids = new IntList(4);
    splitWord(word, ids);
    return ids.toArray();
  }

  /** Appends the piece ids of one normalized word. */
  void splitWord(String word, IntList out) {
    int start = 0;
    int n = word.length();
    while (start < n) {
      int end = Math.min(n, start + VocabularyBuilder.MAX_PIECE_CHARS);
      int found = -1;
      while (end > start) {
        String piece = word.substring(start, end);
        int id = vocabulary.idOf(start == 0 ? piece : WordPieceVocabulary.CONTINUATION + piece);
        if (id >= 0) {
          found = id;
          break;
        }
        end--;
      }
      if (found < 0) {
        out.add(WordPieceVocabulary.UNK_ID);
        end = start + Character.charCount(word.codePointAt(start));
      } else {
        out.add(found);
      }
      start = end;
    }
  }

  /** A growable list of ints, to avoid boxing in the hot path. Not thread-safe. */
  static final class IntList {
    private int[] data;
    private int size;

    IntList(int capacity) {
      data = new int[Math.max(4, capacity)];
    }

    void add(int value) {
      if (size == data.length) {
        data = java.util.Arrays.copyOf(data, size * 2);
      }
      data[size++] = value;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(data, size);
    }
  }
}
