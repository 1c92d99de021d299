package org.oncotriage.redflag;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the misspellings that keep a red flag from being read, within the words the rules know: a
 * word the rules do not know that becomes one they know by swapping two neighbouring letters
 * ("feevr", "pian", "claf", "cnotrol") or by dropping one of a doubled letter ("feever", "bllood",
 * "swolllen", "sanngre") is read as that word. A mended word keeps its length (a dropped letter
 * leaves {@link #PAD} after the word), so offsets stay those of the message text.
 *
 * <p>Only words of at least {@link #MIN_LENGTH} letters that keep their first letter are mended,
 * and only into the rules' own vocabulary (the words of their trigger, requirement and topic
 * phrases), so ordinary words of a message are left as they are; a word of the rules' context cues
 * is never mended ("pero", but, is one swap from "peor", worse). A real word one swap from a rule
 * word ("tried" and "tired") is still read as the rule word: the rules ask for more around it
 * ("tired of living"), so it rarely matters. Immutable and thread-safe.
 */
final class Misspellings {

  /** Shorter words are too easily another word with one change. */
  static final int MIN_LENGTH = 4;

  private static final Pattern WORD = Pattern.compile("[a-z]+");

  /**
   * Fills the place of a dropped letter: an apostrophe ends the word for the rules' phrases but is
   * neither a space (two spaces break a clause) nor a letter.
   */
  static final char PAD = '\'';

  private static final Pattern ESCAPE = Pattern.compile("\\\\[a-zA-Z]");
  private static final Pattern LETTERS = Pattern.compile("[a-z]{" + MIN_LENGTH + ",}(\\??)");

  private final Set<String> vocabulary;
  private final Set<String> contextWords;

  /** The vocabulary's letters sorted: a swap of two letters keeps a word's sorted letters. */
  private final Set<String> sortedLetters = new HashSet<>();

  /** The vocabulary with runs of a letter made one: dropping a doubled letter keeps that form. */
  private final Set<String> singleRuns = new HashSet<>();

  private Misspellings(Set<String> vocabulary, Set<String> contextWords) {
    this.vocabulary = Set.copyOf(vocabulary);
    this.contextWords = Set.copyOf(contextWords);
    for (String word : this.vocabulary) {
      sortedLetters.add(sorted(word));
      singleRuns.add(singleRuns(word));
    }
  }

  /** The vocabulary of the phrases of {@code books}' rules. */
  static Misspellings of(List<RuleBook> books) {
    Set<String> words = new HashSet<>();
    Set<String> context = new HashSet<>();
    for (RuleBook book : books) {
      for (Pattern cue : book.cues().patterns()) {
        addWords(context, cue);
      }
      for (Rule rule : book.rules()) {
        addWords(words, rule.trigger());
        addWords(words, rule.topic());
        for (Pattern required : rule.require()) {
          addWords(words, required);
        }
      }
    }
    return new Misspellings(words, context);
  }

  /** A vocabulary given outright, for tests. */
  static Misspellings of(Set<String> vocabulary) {
    return new Misspellings(vocabulary, Set.of());
  }

  /** Whether the rules' phrases use {@code word}. */
  boolean knows(String word) {
    return vocabulary.contains(word);
  }

  /** {@code text} (normalized, lower case) with its misspelled rule words mended; same length. */
  String mend(String text) {
    char[] chars = null;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      if (word.length() < MIN_LENGTH || vocabulary.contains(word) || contextWords.contains(word)) {
        continue;
      }
      String mended = mended(word);
      if (mended != null) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        for (int i = 0; i < word.length(); i++) {
          chars[m.start() + i] = i < mended.length() ? mended.charAt(i) : PAD;
        }
      }
    }
    return chars == null ? text : new String(chars);
  }

  /**
   * The known word one swap or one doubled letter away, keeping the first letter; or null. Most
   * words of a message are neither, which the two keys tell without trying every candidate.
   */
  private String mended(String word) {
    boolean maySwap = sortedLetters.contains(sorted(word));
    if (!maySwap && !singleRuns.contains(singleRuns(word))) {
      return null;
    }
    char[] c = word.toCharArray();
    for (int i = 1; maySwap && i + 1 < c.length; i++) {
      if (c[i] == c[i + 1]) {
        continue;
      }
      swap(c, i);
      String candidate = new String(c);
      swap(c, i);
      if (vocabulary.contains(candidate)) {
        return candidate;
      }
    }
    for (int i = 1; i < c.length; i++) {
      if (c[i] == c[i - 1]) {
        String candidate = word.substring(0, i) + word.substring(i + 1);
        if (candidate.length() >= MIN_LENGTH && vocabulary.contains(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  private static String sorted(String word) {
    char[] c = word.toCharArray();
    Arrays.sort(c);
    return new String(c);
  }

  private static String singleRuns(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
        out.append(word.charAt(i));
      }
    }
    return out.toString();
  }

  private static void swap(char[] c, int i) {
    char t = c[i];
    c[i] = c[i + 1];
    c[i + 1] = t;
  }

  private static void addWords(Set<String> words, Pattern pattern) {
    if (pattern == null) {
      return;
    }
    String source = ESCAPE.matcher(pattern.pattern()).replaceAll(" ");
    Matcher m = LETTERS.matcher(source);
    while (m.find()) {
      String run = m.group().replace("?", "");
      words.add(run);
      if (!m.group(1).isEmpty() && run.length() > MIN_LENGTH) {
        words.add(run.substring(0, run.length() - 1)); // "fevers?" names "fever" too
      }
    }
  }
}
