package org.oncotriage.redflag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a pattern's match can start with, so a scan can skip words that cannot start a
 * match without running the regular expression there. Found by probing: a pattern that fails on a
 * one-character input without reaching its end ({@link Matcher#hitEnd()}) can match no text that
 * starts with that character. Characters outside ASCII are always tried.
 *
 * <p>Immutable and thread-safe.
 */
final class FirstChars {

  private final boolean[] ascii = new boolean[128];

  private FirstChars(Pattern pattern) {
    for (char c = 0; c < 128; c++) {
      Matcher m = pattern.matcher(String.valueOf(c));
      ascii[c] = m.lookingAt() || m.hitEnd();
    }
  }

  static FirstChars of(Pattern pattern) {
    return new FirstChars(pattern);
  }

  /** Whether a match may start with {@code c}. */
  boolean mayStartWith(char c) {
    return c >= 128 || ascii[c];
  }
}
