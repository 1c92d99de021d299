package org.oncotriage.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncotriage.text.EnglishText;
import org.oncotriage.text.TextSpan;

/**
 * The text as the rules read it, and its sentences. Every change keeps one character for one, so
 * the offsets of a finding are those of the message text.
 *
 * <ul>
 *   <li>Lower case, curly apostrophes straight, accents off the vowels and {@code ñ} to {@code n},
 *       except the {@code í} of the word "sí" (yes, which "si", if, is not).
 *   <li>Dictated messages: a message that speaks its punctuation ("fever 101 period no chills comma
 *       ...", "new paragraph", "question mark") has those words turned into the marks they name,
 *       padded with spaces, so that its sentences and clauses are those the patient meant and a
 *       "no" or an "if" in one sentence does not reach into the next. Only a message with {@link
 *       #MIN_SPOKEN_MARKS} or more spoken marks counts as dictated, so "my period is late" keeps
 *       its word.
 *   <li>Sentences: OpenNLP's English sentences, each also split at line breaks: in a typed message
 *       a line break ends a thought, and run-on lines otherwise share their negations and past
 *       tenses with the lines around them.
 * </ul>
 */
final class RuleText {

  /** Spoken punctuation marks a message must have to be read as dictated. */
  static final int MIN_SPOKEN_MARKS = 2;

  private static final Pattern SPOKEN_MARK =
      Pattern.compile(
          "\\b(?:new paragraph|new line|next line|full stop|period|comma|question mark"
              + "|exclamation (?:point|mark)|colon|semicolon)\\b");

  private static final Pattern LINE_BREAK = Pattern.compile("\\R+");

  private RuleText() {}

  /** The text as the rules read it (see the class comment); the same length as {@code text}. */
  static String normalize(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = Character.toLowerCase(chars[i]);
      chars[i] = c == 'í' && !isSi(chars, i) ? 'i' : fold(c);
    }
    return punctuateDictation(new String(chars));
  }

  /** The sentences of a normalized text: OpenNLP's, split again at line breaks. */
  static List<TextSpan> sentences(String normalized) {
    List<TextSpan> out = new ArrayList<>();
    for (TextSpan sentence : EnglishText.sentences(normalized)) {
      Matcher m = LINE_BREAK.matcher(normalized).region(sentence.start(), sentence.end());
      int start = sentence.start();
      while (m.find()) {
        addTrimmed(out, normalized, start, m.start());
        start = m.end();
      }
      addTrimmed(out, normalized, start, sentence.end());
    }
    return List.copyOf(out);
  }

  private static void addTrimmed(List<TextSpan> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      out.add(new TextSpan(start, end));
    }
  }

  /** Spoken marks turned into their characters, right-aligned in the space of the words. */
  static String punctuateDictation(String lower) {
    Matcher m = SPOKEN_MARK.matcher(lower);
    int marks = 0;
    while (m.find() && marks < MIN_SPOKEN_MARKS) {
      marks++;
    }
    if (marks < MIN_SPOKEN_MARKS) {
      return lower;
    }
    char[] chars = lower.toCharArray();
    m.reset();
    while (m.find()) {
      for (int i = m.start(); i < m.end() - 1; i++) {
        chars[i] = ' ';
      }
      chars[m.end() - 1] = mark(m.group());
    }
    return new String(chars);
  }

  private static char mark(String words) {
    if (words.startsWith("comma")) {
      return ',';
    }
    if (words.startsWith("question")) {
      return '?';
    }
    if (words.startsWith("exclamation")) {
      return '!';
    }
    if (words.startsWith("colon")) {
      return ':';
    }
    if (words.startsWith("semicolon")) {
      return ';';
    }
    if (words.startsWith("new") || words.startsWith("next")) {
      return '\n';
    }
    return '.';
  }

  /** Whether the í at {@code i} is that of the word "sí" (yes). */
  private static boolean isSi(char[] chars, int i) {
    boolean sBefore = i > 0 && Character.toLowerCase(chars[i - 1]) == 's';
    boolean wordStart = i < 2 || !Character.isLetter(chars[i - 2]);
    boolean wordEnd = i + 1 >= chars.length || !Character.isLetter(chars[i + 1]);
    return sBefore && wordStart && wordEnd;
  }

  private static char fold(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02bc' -> '\'';
      case 'á', 'à', 'â', 'ä', 'ã' -> 'a';
      case 'é', 'è', 'ê', 'ë' -> 'e';
      case 'ó', 'ò', 'ô', 'ö', 'õ' -> 'o';
      case 'ú', 'ù', 'û', 'ü' -> 'u';
      case 'ì', 'î', 'ï' -> 'i';
      case 'ñ' -> 'n';
      default -> c;
    };
  }
}
