package org.oncotriage.datagen.compose;

/** Spacing and capitalization clean-up for rendered templates. Stateless. */
public final class Sentences {

  private Sentences() {}

  /** Collapses runs of spaces, removes spaces before punctuation and trims. */
  static String tidy(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (out.length() == 0
            || out.charAt(out.length() - 1) == ' '
            || out.charAt(out.length() - 1) == '\n') {
          continue;
        }
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        if (next == ',' || next == '.' || next == '?' || next == '!' || next == ')') {
          continue;
        }
      }
      if ((c == ',' || c == '.') && out.length() > 0 && out.charAt(out.length() - 1) == ',') {
        out.setLength(out.length() - 1);
      }
      out.append(c);
    }
    return out.toString().strip();
  }

  /**
   * Upper-cases the first letter of the text and of each sentence after ". ", "? ", "! " or a line
   * break.
   */
  static String capitalizeSentences(String s) {
    char[] chars = s.toCharArray();
    boolean start = true;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (start && Character.isLetter(c)) {
        chars[i] = Character.toUpperCase(c);
        start = false;
      } else if (c == '.' || c == '?' || c == '!' || c == '\n') {
        start = c == '\n' || (i + 1 < chars.length && chars[i + 1] == ' ');
      } else if (!Character.isWhitespace(c)) {
        start = false;
      }
    }
    return new String(chars);
  }

  /**
   * Drops the sentences that end in a question mark, keeping the rest in order; returns {@code s}
   * unchanged when nothing but questions would remain.
   */
  public static String dropQuestions(String s) {
    java.util.List<String> kept = new java.util.ArrayList<>();
    int start = 0;
    boolean dropped = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '?' || c == '!' || i == s.length() - 1) {
        String sentence = s.substring(start, i + 1).strip();
        if (c == '?') {
          dropped = true;
        } else if (!sentence.isEmpty()) {
          kept.add(sentence);
        }
        start = i + 1;
      }
    }
    if (!dropped || kept.isEmpty()) {
      return s;
    }
    return String.join(" ", kept);
  }
}
