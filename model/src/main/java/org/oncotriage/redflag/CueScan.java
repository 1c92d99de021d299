package org.oncotriage.redflag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern's matches in a region of a text as {@link Matcher#find} does over that region
 * with transparent bounds, trying the regular expression only where a match may start. A pattern
 * that is not one of phrases ({@link Phrases#phrasesOf} empty) is searched with {@code find}
 * itself. A pattern of {@link Phrases} starts a match only where a word starts (or at a mark), and
 * only with the first two characters its phrases allow ({@link FirstChars}); there it is tried with
 * those phrases alone. The context cues are looked for around every mention of a symptom, and most
 * places in a clause start none of them.
 *
 * <p>Immutable and thread-safe.
 */
final class CueScan {

  private final Pattern pattern;
  private final FirstChars starts;
  private final boolean phrases;

  CueScan(Pattern pattern) {
    this.pattern = pattern;
    this.starts = FirstChars.of(pattern);
    this.phrases = !Phrases.phrasesOf(pattern).isEmpty();
  }

  Pattern pattern() {
    return pattern;
  }

  /** Whether a match starts in {@code [from, to]} and ends by {@code to}; false when empty. */
  boolean found(String text, int from, int to) {
    if (from >= to) {
      return false;
    }
    return phrases ? next(text, from, to, null) != null : whole(text, from, to).find();
  }

  /** Where the first such match starts; -1 when there is none. */
  int firstStart(String text, int from, int to) {
    if (!phrases) {
      Matcher m = whole(text, from, to);
      return m.find() ? m.start() : -1;
    }
    Matcher m = next(text, from, to, null);
    return m == null ? -1 : m.start();
  }

  /**
   * Where the last of the successive matches ends, each looked for after the one before as {@link
   * Matcher#find} does; -1 when there is none or the region is empty.
   */
  int lastEnd(String text, int from, int to) {
    if (from >= to) {
      return -1;
    }
    int last = -1;
    if (!phrases) {
      Matcher m = whole(text, from, to);
      while (m.find()) {
        last = m.end();
      }
      return last;
    }
    int at = from;
    Matcher m = null;
    while (at <= to && (m = next(text, at, to, m)) != null) {
      last = m.end();
      at = m.end() > m.start() ? m.end() : m.end() + 1;
    }
    return last;
  }

  /**
   * The first match starting at or after {@code from} (up to {@code to}, where only an empty match
   * fits), on {@code reuse} when given.
   */
  private Matcher next(String text, int from, int to, Matcher reuse) {
    Matcher m = reuse;
    for (int i = from; i <= to; i++) {
      Pattern tried = i < text.length() ? triedAt(text, i) : pattern;
      if (tried == null) {
        continue;
      }
      m = over(m, tried, text, i, to);
      if (m.lookingAt()) {
        return m;
      }
    }
    return null;
  }

  /** {@link Matcher#find} itself, for a pattern that is not one of phrases (nothing is pruned). */
  private Matcher whole(String text, int from, int to) {
    return ContextCues.within(pattern, text, from, to);
  }

  /**
   * A matcher of {@code pattern} over {@code [from, to)} of {@code text}, with transparent bounds
   * (look-arounds see the text around the region) and without anchoring ones: {@code reuse}
   * switched to {@code pattern} when given (it must be over {@code text}), else a new one.
   */
  static Matcher over(Matcher reuse, Pattern pattern, String text, int from, int to) {
    Matcher m =
        reuse == null
            ? pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
            : reuse.usePattern(pattern);
    return m.region(from, to);
  }

  /** The pattern to try at {@code i}, before the text's end; null when no match starts there. */
  private Pattern triedAt(String text, int i) {
    if (phrases && !mayStartPhrase(text, i)) {
      return null;
    }
    return starts.patternAt(text, i);
  }

  /**
   * Whether the start of a phrase ({@code Phrases}' word start) may stand at {@code i}: no word
   * character or apostrophe before it, or a character there that is neither.
   */
  private static boolean mayStartPhrase(String text, int i) {
    return i == 0 || !wordOrApostrophe(text.charAt(i - 1)) || !wordOrApostrophe(text.charAt(i));
  }

  /** {@code [\w']} as the phrases' patterns read it (ASCII word characters). */
  private static boolean wordOrApostrophe(char c) {
    return c == '\''
        || c == '_'
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9');
  }
}
