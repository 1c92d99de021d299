package org.oncotriage.redflag;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count a message must reach above the patient's baseline, e.g. 6 or more stools a day above the
 * usual. The count is the largest number that {@code count} finds (its first group that took part);
 * the baseline is the smallest number that {@code baseline} finds (likewise), or 0 when the message
 * gives none, so an unknown baseline errs on the side of safety.
 *
 * <p>Immutable and thread-safe.
 *
 * @param count phrases whose first group that took part is a count
 * @param baseline phrases whose first group that took part is the usual count
 * @param minAboveBaseline the smallest count above baseline that satisfies the condition
 * @param spanish whether number words are Spanish ("once" is 11, not 1)
 */
record CountCondition(Pattern count, Pattern baseline, int minAboveBaseline, boolean spanish) {

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

  private static final Map<String, Integer> SPANISH_WORDS =
      Map.ofEntries(
          Map.entry("una vez", 1),
          Map.entry("uno", 1),
          Map.entry("una", 1),
          Map.entry("dos", 2),
          Map.entry("tres", 3),
          Map.entry("cuatro", 4),
          Map.entry("cinco", 5),
          Map.entry("seis", 6),
          Map.entry("siete", 7),
          Map.entry("ocho", 8),
          Map.entry("nueve", 9),
          Map.entry("diez", 10),
          Map.entry("once", 11),
          Map.entry("doce", 12),
          Map.entry("una docena", 12),
          Map.entry("quince", 15),
          Map.entry("veinte", 20));

  /** A count too large to give: "more than I can count", "lost count", "perdi la cuenta". */
  static final int UNCOUNTED = 99;

  private static final Pattern RATE =
      Pattern.compile(
          "(?:every|each|cada)\\s+(?:single\\s+)?(?:(half|media)\\s+)?(\\S+\\s+)?"
              + "(hours?|horas?|minutes?|mins?|minutos?)");
  private static final Pattern UNCOUNTABLE = Pattern.compile("count|cuent|contar|incontable");

  CountCondition {
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(baseline, "baseline");
  }

  /** Whether {@code text} reports a count at least {@code minAboveBaseline} above baseline. */
  boolean satisfiedBy(String text) {
    int most = extreme(count, text, true, spanish);
    if (most < 0) {
      return false;
    }
    int usual = extreme(baseline, text, false, spanish);
    return most - Math.max(usual, 0) >= minAboveBaseline;
  }

  private static int extreme(Pattern pattern, String text, boolean largest, boolean spanish) {
    Matcher m = pattern.matcher(text);
    int best = -1;
    while (m.find()) {
      String group = null;
      for (int g = 1; g <= m.groupCount() && group == null; g++) {
        group = m.group(g);
      }
      int value = group == null ? -1 : number(group, spanish);
      if (value >= 0 && (best < 0 || (largest ? value > best : value < best))) {
        best = value;
      }
    }
    return best;
  }

  /**
   * The count a word or phrase stands for: digits, number words ("eight", "ocho", "a dozen"), a
   * rate turned into a count a day ("every hour" 24, "every 2 hours" 12, "every 30 minutes" 48,
   * "cada hora" 24), or {@link #UNCOUNTED} for "more than I can count"; -1 when it is none.
   */
  static int number(String word) {
    return number(word, false);
  }

  /** {@link #number(String)} with Spanish number words when {@code spanish}. */
  static int number(String word, boolean spanish) {
    String w = word.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (!w.isEmpty() && w.length() <= 6 && w.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(w);
    }
    if (w.equals("hourly")) {
      return 24;
    }
    if (UNCOUNTABLE.matcher(w).find()) {
      return UNCOUNTED;
    }
    Matcher rate = RATE.matcher(w);
    if (rate.matches()) {
      int every = rate.group(2) == null ? 1 : number(rate.group(2), spanish);
      if (every <= 0) {
        return -1;
      }
      boolean minutes = rate.group(3).startsWith("min");
      double hours = (minutes ? every / 60.0 : every) * (rate.group(1) == null ? 1 : 0.5);
      return (int) Math.floor(24 / hours);
    }
    return (spanish ? SPANISH_WORDS : WORDS).getOrDefault(w, -1);
  }
}
