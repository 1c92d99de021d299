package org.oncotriage.text;

/**
 * Bounds the text that any tokenizer reads, so the work per message is bounded by design. The
 * OpenNLP tokenizer evaluates its model at every character of a whitespace-delimited run and builds
 * features from the run's prefix and suffix there, so its cost grows with the square of a run's
 * length (one 262,000-character "word" took minutes); its sentence detector scans each candidate
 * end of sentence out to the surrounding whitespace. So, before either sees a text:
 *
 * <ul>
 *   <li>{@link #cap}: only the first {@value #MAX_TEXT_CHARS} characters of a message are read
 *       (about six times a long portal message; the transformer itself sees 256 pieces of a whole
 *       conversation);
 *   <li>{@link #breakLongRuns}: within a run of more than {@value #MAX_RUN_CHARS} characters
 *       without whitespace, the character after each {@value #MAX_RUN_CHARS} is replaced by a
 *       space, one character for one, so offsets into the text stay those of the message.
 * </ul>
 *
 * Text within both bounds, every message of ordinary writing, is read exactly as before; what
 * exceeds them cannot be ordinary writing. The cost per character of the worst text is then a small
 * multiple of that of prose (see {@code TextBoundsBenchmark}). Stateless and thread-safe.
 */
public final class TextBounds {

  /** The most characters of one message that are read. */
  public static final int MAX_TEXT_CHARS = 8192;

  /** The longest run of characters without whitespace that a tokenizer sees. */
  public static final int MAX_RUN_CHARS = 64;

  private TextBounds() {}

  /**
   * The first {@value #MAX_TEXT_CHARS} characters of {@code text} (one fewer when that would cut a
   * surrogate pair); {@code text} itself when it is not longer.
   */
  public static String cap(String text) {
    if (text.length() <= MAX_TEXT_CHARS) {
      return text;
    }
    int end = MAX_TEXT_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /**
   * {@code text} with no run of more than {@value #MAX_RUN_CHARS} characters without whitespace:
   * the character after each {@value #MAX_RUN_CHARS} of a run (both halves, for a surrogate pair)
   * becomes a space. Same length; {@code text} itself when no run is too long.
   */
  public static String breakLongRuns(String text) {
    char[] chars = null;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isWhitespace(c)) {
        run = 0;
        continue;
      }
      if (++run <= MAX_RUN_CHARS) {
        continue;
      }
      if (chars == null) {
        chars = text.toCharArray();
      }
      chars[i] = ' ';
      if (Character.isHighSurrogate(c) && i + 1 < chars.length) {
        chars[++i] = ' ';
      } else if (Character.isLowSurrogate(c) && Character.isHighSurrogate(chars[i - 1])) {
        chars[i - 1] = ' ';
      }
      run = 0;
    }
    return chars == null ? text : new String(chars);
  }

  /** Whitespace as OpenNLP's whitespace tokenizer splits on it. */
  static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
