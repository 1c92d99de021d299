package org.oncotriage.redflag;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a pattern's match can start with, and the pairs of characters, so a scan can skip
 * words that cannot start a match without running the regular expression there. Found by probing: a
 * pattern that fails on a one- or two-character input without reaching its end ({@link
 * Matcher#hitEnd()}) can match no text that starts with those characters. Characters outside ASCII
 * are always tried.
 *
 * <p>Pairs are probed only for a pattern with no positive lookbehind ({@code (?<=}): a lookbehind
 * at the start of a phrase reads text before the match, which a probe does not have. Such a pattern
 * is filtered by its first character alone. The pairs of a first character are probed when a scan
 * first meets it (128 probes), not all at once, so that loading the rules stays fast.
 *
 * <p>Thread-safe: a first character's pairs are published whole, and two threads that probe them at
 * once find the same values.
 */
final class FirstChars {

  private final Pattern pattern;
  private final boolean[] ascii = new boolean[128];
  private final boolean probePairs;

  /** For each first character that may start a match: may the second one follow; null unknown. */
  private final AtomicReferenceArray<boolean[]> pairs = new AtomicReferenceArray<>(128);

  private FirstChars(Pattern pattern) {
    this.pattern = pattern;
    this.probePairs = !pattern.pattern().contains("(?<=");
    for (char c = 0; c < 128; c++) {
      ascii[c] = mayMatch(String.valueOf(c));
    }
  }

  static FirstChars of(Pattern pattern) {
    return new FirstChars(pattern);
  }

  /** Whether a match may start with {@code c}. */
  private boolean mayStartWith(char c) {
    return c >= 128 || ascii[c];
  }

  /** Whether a match may start at {@code at} in {@code text}, by its first two characters. */
  boolean mayStartAt(CharSequence text, int at) {
    char c = text.charAt(at);
    if (!mayStartWith(c)) {
      return false;
    }
    if (c >= 128 || !probePairs || at + 1 >= text.length()) {
      return true;
    }
    char d = text.charAt(at + 1);
    return d >= 128 || secondChars(c)[d];
  }

  private boolean[] secondChars(char c) {
    boolean[] known = pairs.get(c);
    if (known == null) {
      known = new boolean[128];
      for (char d = 0; d < 128; d++) {
        known[d] = mayMatch(new String(new char[] {c, d}));
      }
      pairs.set(c, known);
    }
    return known;
  }

  private boolean mayMatch(String probe) {
    Matcher m = pattern.matcher(probe);
    return m.lookingAt() || m.hitEnd();
  }
}
