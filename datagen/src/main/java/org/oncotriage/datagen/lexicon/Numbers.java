package org.oncotriage.datagen.lexicon;

import java.util.SplittableRandom;
import org.oncotriage.datagen.template.Pick;

/**
 * Numbers as patients write them: temperatures on both sides of the fever threshold (100.4 F / 38.0
 * C), counts, days after chemotherapy. Stateless.
 */
public final class Numbers {

  private Numbers() {}

  /** Fever threshold in tenths of a degree Fahrenheit (100.4 F). */
  static final int FEVER_F_TENTHS = 1004;

  /** Fever threshold in tenths of a degree Celsius (38.0 C). */
  static final int FEVER_C_TENTHS = 380;

  private static final String[] WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve"
  };

  /** A temperature at or above the fever threshold, in F or C. */
  public static String highTemperature(SplittableRandom rng) {
    if (rng.nextInt(10) < 7) {
      int tenths = FEVER_F_TENTHS + (rng.nextBoolean() ? rng.nextInt(12) : rng.nextInt(32));
      return fahrenheit(rng, tenths);
    }
    int tenths = FEVER_C_TENTHS + (rng.nextBoolean() ? rng.nextInt(6) : rng.nextInt(17));
    return celsius(rng, tenths);
  }

  /** A temperature below the fever threshold (normal or low grade), in F or C. */
  public static String lowTemperature(SplittableRandom rng) {
    if (rng.nextInt(10) < 7) {
      int tenths = FEVER_F_TENTHS - 1 - (rng.nextBoolean() ? rng.nextInt(10) : rng.nextInt(25));
      return fahrenheit(rng, tenths);
    }
    int tenths = FEVER_C_TENTHS - 1 - (rng.nextBoolean() ? rng.nextInt(6) : rng.nextInt(14));
    return celsius(rng, tenths);
  }

  static String fahrenheit(SplittableRandom rng, int tenths) {
    String number =
        tenths % 10 == 0 && rng.nextBoolean()
            ? Integer.toString(tenths / 10)
            : tenths / 10 + "." + tenths % 10;
    return number
        + Pick.one(
            rng, "", "", "", "F", " F", "°F", "° F", " degrees", " degrees F", " deg", "°", " f");
  }

  static String celsius(SplittableRandom rng, int tenths) {
    String number =
        tenths % 10 == 0 && rng.nextBoolean()
            ? Integer.toString(tenths / 10)
            : tenths / 10 + "." + tenths % 10;
    return number
        + Pick.one(rng, "", "C", " C", "°C", " °C", " degrees C", " celsius", "c", " Celsius");
  }

  /** A count written as a digit or a word, sometimes hedged ("like 7"). */
  public static String count(SplittableRandom rng, int n) {
    String base = n < WORDS.length && rng.nextInt(3) == 0 ? WORDS[n] : Integer.toString(n);
    return rng.nextInt(6) == 0 ? Pick.one(rng, "like ", "about ", "maybe ") + base : base;
  }

  public static String ordinal(int n) {
    String suffix =
        n % 100 >= 11 && n % 100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  /** How a patient says "day {@code day} after chemotherapy". */
  public static String dayAfter(SplittableRandom rng, int day) {
    return switch (rng.nextInt(7)) {
      case 0 -> "day " + day + " after chemo";
      case 1 -> day + " days after my last chemo";
      case 2 -> "day " + day + " of this cycle";
      case 3 -> day + " days out from treatment";
      case 4 -> "on day " + day + " post chemo";
      case 5 -> day + " days since my infusion";
      default -> "day " + day + " after my last treatment";
    };
  }
}
