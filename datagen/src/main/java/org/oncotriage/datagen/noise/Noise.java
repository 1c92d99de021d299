package org.oncotriage.datagen.noise;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * The surface noise of real portal messages: abbreviations ("appt", "pls", "rx"), typos (swapped,
 * dropped or doubled letters), autocorrect slips, dropped apostrophes, all lower case or shouting.
 * It never touches digits, negations or words shorter than four letters, so it cannot change what a
 * message means (a temperature, "no fever"). Stateless and thread-safe.
 */
public final class Noise {

  private static final Map<String, String[]> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("appointment", new String[] {"appt", "appt.", "apt", "appointmnet"}),
          Map.entry("appointments", new String[] {"appts"}),
          Map.entry("please", new String[] {"pls", "plz", "pleas"}),
          Map.entry("prescription", new String[] {"rx", "Rx", "script", "prescripton"}),
          Map.entry("Dr.", new String[] {"Dr", "dr", "Doctor"}),
          Map.entry("doctor", new String[] {"dr", "doc"}),
          Map.entry("tomorrow", new String[] {"tmrw", "tomorow", "tmr"}),
          Map.entry("you", new String[] {"u"}),
          Map.entry("your", new String[] {"ur", "you're"}),
          Map.entry("thanks", new String[] {"thx", "thanx", "tks"}),
          Map.entry("Thanks", new String[] {"Thx", "Thanx"}),
          Map.entry("with", new String[] {"w/", "w"}),
          Map.entry("without", new String[] {"w/o"}),
          Map.entry("about", new String[] {"abt", "bout"}),
          Map.entry("because", new String[] {"bc", "b/c", "cuz", "becuase"}),
          Map.entry("message", new String[] {"msg", "mesage"}),
          Map.entry("temperature", new String[] {"temp", "tempature"}),
          Map.entry("medication", new String[] {"med", "meds", "medicaiton"}),
          Map.entry("medicine", new String[] {"med", "medicne"}),
          Map.entry("before", new String[] {"b4", "befor"}),
          Map.entry("really", new String[] {"rly", "realy"}),
          Map.entry("something", new String[] {"smth", "somthing"}),
          Map.entry("weekend", new String[] {"wknd"}),
          Map.entry("and", new String[] {"&", "n"}),
          Map.entry("are", new String[] {"r"}),
          Map.entry("okay", new String[] {"ok", "k"}),
          Map.entry("nausea", new String[] {"nausia", "nausa"}),
          Map.entry("nauseous", new String[] {"nauseas", "nausious", "nauseated"}),
          Map.entry("diarrhea", new String[] {"diarrea", "diahrrea", "diarhea"}),
          Map.entry("chemo", new String[] {"chem", "Chemo", "kemo"}),
          Map.entry("oncologist", new String[] {"onc", "oncologyst"}),
          Map.entry("schedule", new String[] {"schedual", "sched"}),
          Map.entry("reschedule", new String[] {"reschedual", "re-schedule", "resched"}),
          Map.entry("insurance", new String[] {"insurence", "ins"}),
          Map.entry("definitely", new String[] {"definately", "def"}),
          Map.entry("since", new String[] {"sense", "snce"}),
          Map.entry("were", new String[] {"we're", "wer"}),
          Map.entry("I'll", new String[] {"ill", "Ill"}),
          Map.entry("we'll", new String[] {"well"}),
          Map.entry("it's", new String[] {"its"}),
          Map.entry("port", new String[] {"pot", "Port"}),
          Map.entry("platelets", new String[] {"plates", "platlets"}),
          Map.entry("Zofran", new String[] {"zofran", "Zofan", "zophran"}),
          Map.entry("oxycodone", new String[] {"oxycodon", "oxy"}),
          Map.entry("hours", new String[] {"hrs"}),
          Map.entry("minutes", new String[] {"min", "mins"}),
          Map.entry("question", new String[] {"q", "qustion"}),
          Map.entry("going", new String[] {"goin"}),
          Map.entry("infusion", new String[] {"infustion", "infusoin"}),
          Map.entry("pharmacy", new String[] {"pharmacey", "pharm"}),
          Map.entry("results", new String[] {"resluts", "results"}),
          Map.entry("neuropathy", new String[] {"nueropathy", "neuropothy"}));

  /** How noisy a writer is, drawn once per conversation. */
  public enum Style {
    CLEAN,
    CASUAL,
    LOWER,
    SLOPPY,
    SHOUTY
  }

  public static Style style(SplittableRandom rng) {
    double x = rng.nextDouble();
    return x < 0.35
        ? Style.CLEAN
        : x < 0.65 ? Style.CASUAL : x < 0.82 ? Style.LOWER : x < 0.97 ? Style.SLOPPY : Style.SHOUTY;
  }

  /** Applies the writer's noise to one message. */
  public String apply(String text, Style style, SplittableRandom rng) {
    if (style == Style.CLEAN) {
      return rng.nextInt(5) == 0 ? perturb(text, rng, 0.04, 0.01) : text;
    }
    double abbrev = style == Style.SLOPPY ? 0.6 : 0.3;
    double typo = style == Style.SLOPPY ? 0.05 : 0.02;
    String out = perturb(text, rng, abbrev, typo);
    if (style == Style.LOWER || (style == Style.SLOPPY && rng.nextBoolean())) {
      out = out.toLowerCase(java.util.Locale.ROOT);
    }
    if (style == Style.SLOPPY && rng.nextBoolean()) {
      out = out.replace("'", "").replace(". ", " ").replace(",", "");
    }
    if (style == Style.SHOUTY) {
      out = shout(out, rng);
    }
    return out;
  }

  private static String perturb(String text, SplittableRandom rng, double abbrev, double typo) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i < text.length()
          && text.charAt(i) == '.'
          && i - start == 2
          && text.startsWith("Dr", start)) {
        i++;
      }
      out.append(word(text.substring(start, i), rng, abbrev, typo));
    }
    return out.toString();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'';
  }

  private static String word(String w, SplittableRandom rng, double abbrev, double typo) {
    String[] options = ABBREVIATIONS.get(w);
    if (options != null && rng.nextDouble() < abbrev) {
      return options[rng.nextInt(options.length)];
    }
    if (w.length() < 4 || hasDigit(w) || isNegation(w) || rng.nextDouble() >= typo) {
      return w;
    }
    char[] c = w.toCharArray();
    int k = 1 + rng.nextInt(c.length - 2);
    switch (rng.nextInt(4)) {
      case 0 -> {
        char t = c[k];
        c[k] = c[k + 1];
        c[k + 1] = t;
        return new String(c);
      }
      case 1 -> {
        return w.substring(0, k) + w.substring(k + 1);
      }
      case 2 -> {
        return w.substring(0, k) + c[k] + w.substring(k);
      }
      default -> {
        return w.replace("'", "");
      }
    }
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNegation(String w) {
    String l = w.toLowerCase(java.util.Locale.ROOT);
    return l.startsWith("no")
        || l.endsWith("n't")
        || l.startsWith("never")
        || l.startsWith("without");
  }

  private static String shout(String text, SplittableRandom rng) {
    if (rng.nextInt(3) == 0) {
      return text.toUpperCase(java.util.Locale.ROOT);
    }
    return text.replace("!", "!!")
        .replace("?", "??")
        .replace("please", "PLEASE")
        .replace("urgent", "URGENT");
  }
}
