package org.oncotriage.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalization every text goes through before tokenization: Unicode NFKC (full-width digits,
 * ligatures and the like become their plain forms), typographic quotes and dashes folded to ASCII,
 * control characters dropped, runs of whitespace (including non-breaking spaces) collapsed to one
 * space, trimmed, and lower-cased (root locale). Stateless and thread-safe.
 */
final class TextNormalizer {

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\s]]");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

  private TextNormalizer() {}

  /** The normalized form of {@code text}; empty for a blank text. */
  static String normalize(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder folded = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      folded.append(fold(nfkc.charAt(i)));
    }
    String cleaned = CONTROL.matcher(folded).replaceAll("");
    return WHITESPACE.matcher(cleaned).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
  }

  private static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
      default -> c;
    };
  }
}
