package org.oncotriage.redflag;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count a message must reach above the patient's baseline, e.g. 6 or more stools a day above the
 * usual. The count is the largest number that {@code count} finds (group 1); the baseline is the
 * smallest number that {@code baseline} finds (group 1), or 0 when the message gives none, so an
 * unknown baseline errs on the side of safety.
 *
 * <p>Immutable and thread-safe.
 *
 * @param count phrases whose group 1 is a count
 * @param baseline phrases whose group 1 is the usual count
 * @param minAboveBaseline the smallest count above baseline that satisfies the condition
 */
record CountCondition(Pattern count, Pattern baseline, int minAboveBaseline) {

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("once", 1),
          Map.entry("one", 1),
          Map.entry("twice", 2),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("a dozen", 12),
          Map.entry("fifteen", 15),
          Map.entry("twenty", 20));

  CountCondition {
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(baseline, "baseline");
  }

  /** Whether {@code text} reports a count at least {@code minAboveBaseline} above baseline. */
  boolean satisfiedBy(String text) {
    int most = extreme(count, text, true);
    if (most < 0) {
      return false;
    }
    int usual = extreme(baseline, text, false);
    return most - Math.max(usual, 0) >= minAboveBaseline;
  }

  private static int extreme(Pattern pattern, String text, boolean largest) {
    Matcher m = pattern.matcher(text);
    int best = -1;
    while (m.find()) {
      String group = m.groupCount() >= 1 ? m.group(1) : null;
      int value = group == null ? -1 : number(group);
      if (value >= 0 && (best < 0 || (largest ? value > best : value < best))) {
        best = value;
      }
    }
    return best;
  }

  static int number(String word) {
    String w = word.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (!w.isEmpty() && w.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(w);
    }
    return WORDS.getOrDefault(w, -1);
  }
}
