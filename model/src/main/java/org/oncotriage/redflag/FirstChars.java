package org.oncotriage.redflag;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>Where a word may start a match, a pattern of {@link Phrases} is tried there with only the
 * phrases that may start with the word's first two characters ({@link #patternAt}): a rule's
 * trigger lists many phrases, and the regular expression tries each in turn. The first phrase that
 * matches is the same either way, since those left out cannot match there.
 *
 * <p>A probe is tried after a word character and after a space, so a word boundary, the phrases'
 * common start and an empty match see the one character before. A positive lookbehind ({@code
 * (?<=}) may read further back than that: a phrase with one is tried everywhere, and so is any
 * other pattern with one (the lookbehind of the phrases' common end reads only the match's own last
 * character, so it is no reason). The pairs of a first character are probed when a scan first meets
 * it (128 probes, and as many for each phrase), not all at once, so that loading the rules stays
 * fast.
 *
 * <p>Thread-safe: a first character's pairs are published whole, and two threads that probe them at
 * once find the same values.
 */
final class FirstChars {

  private static final String LOOKBEHIND = "(?<=";

  private final Pattern pattern;
  private final boolean[] ascii = new boolean[128];
  private final boolean probePairs;

  /** The pattern's phrases, each alone, for pruning; empty when it is not a pattern of phrases. */
  private final List<String> phrases;

  private final List<Pattern> phraseProbes = new ArrayList<>();

  /** For each first character: the pattern to try after each second one; null where none may. */
  private final AtomicReferenceArray<Pattern[]> pairs = new AtomicReferenceArray<>(128);

  /** The pruned patterns made so far, by the phrases they keep, so equal subsets share one. */
  private final ConcurrentHashMap<BitSet, Pattern> pruned = new ConcurrentHashMap<>();

  private FirstChars(Pattern pattern) {
    this.pattern = pattern;
    this.phrases = Phrases.phrasesOf(pattern);
    // a pattern of phrases is probed phrase by phrase, and a phrase with a lookbehind is always
    // tried (the lookbehind of the phrases' common end reads only the match's own last character)
    boolean lookbehind = pattern.pattern().contains(LOOKBEHIND);
    boolean alwaysTried = phrases.isEmpty() && lookbehind;
    for (String phrase : phrases) {
      boolean reads = phrase.contains(LOOKBEHIND);
      alwaysTried |= reads;
      phraseProbes.add(reads ? null : Phrases.ofPhrases(List.of(phrase)));
    }
    this.probePairs = !phrases.isEmpty() || !lookbehind;
    for (char c = 0; c < 128; c++) {
      ascii[c] = alwaysTried || mayStart(String.valueOf(c));
    }
  }

  /** Whether a match may start with {@code probe}: of a phrase, or else of the whole pattern. */
  private boolean mayStart(String probe) {
    if (phrases.isEmpty()) {
      return mayMatch(pattern, probe);
    }
    for (Pattern alone : phraseProbes) {
      if (alone != null && mayMatch(alone, probe)) {
        return true;
      }
    }
    return false;
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
    return patternAt(text, at) != null;
  }

  /**
   * The pattern to try at {@code at} in {@code text}: the whole pattern, or one with only the
   * phrases that may start with the two characters there; null when no match may start there.
   */
  Pattern patternAt(CharSequence text, int at) {
    char c = text.charAt(at);
    if (!mayStartWith(c)) {
      return null;
    }
    if (c >= 128 || !probePairs || at + 1 >= text.length()) {
      return pattern;
    }
    char d = text.charAt(at + 1);
    return d >= 128 ? pattern : secondChars(c)[d];
  }

  private Pattern[] secondChars(char c) {
    Pattern[] known = pairs.get(c);
    if (known == null) {
      known = new Pattern[128];
      for (char d = 0; d < 128; d++) {
        String probe = new String(new char[] {c, d});
        if (!phrases.isEmpty()) {
          known[d] = phrasesFor(probe);
        } else {
          known[d] = mayMatch(pattern, probe) ? pattern : null;
        }
      }
      pairs.set(c, known);
    }
    return known;
  }

  /**
   * The pattern of the phrases that may start with {@code probe}: the whole one when all may, null
   * when none may.
   */
  private Pattern phrasesFor(String probe) {
    BitSet kept = new BitSet(phrases.size());
    for (int i = 0; i < phrases.size(); i++) {
      Pattern alone = phraseProbes.get(i);
      if (alone == null || mayMatch(alone, probe)) {
        kept.set(i);
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    if (kept.cardinality() == phrases.size()) {
      return pattern;
    }
    return pruned.computeIfAbsent(
        kept, k -> Phrases.ofPhrases(k.stream().mapToObj(phrases::get).toList()));
  }

  /**
   * Whether a match may start with {@code probe}, after a word character or after anything else
   * (the start of the text included): a lookbehind of the phrases' common start, a word boundary or
   * an empty match at the end reads the character before.
   */
  private static boolean mayMatch(Pattern pattern, String probe) {
    return mayMatchAfter(pattern, ' ', probe) || mayMatchAfter(pattern, 'a', probe);
  }

  private static boolean mayMatchAfter(Pattern pattern, char before, String probe) {
    Matcher m =
        pattern
            .matcher(before + probe)
            .region(1, probe.length() + 1)
            .useTransparentBounds(true)
            .useAnchoringBounds(false);
    return m.lookingAt() || m.hitEnd();
  }
}
