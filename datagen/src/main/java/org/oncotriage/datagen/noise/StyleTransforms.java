package org.oncotriage.datagen.noise;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label-independent writing registers of {@link Register}: speech-to-text dictation, text
 * speak, non-native grammar and English with Spanish frame words. Each rewrites the form only: it
 * never changes a number, never drops or adds a negation ("no", "not", "never", "n't", "without"),
 * and never translates a symptom, drug or test, so a message means what it meant and keeps its
 * labels. The same transforms run on messages of every label. Stateless and thread-safe.
 */
public final class StyleTransforms {

  private StyleTransforms() {}

  /** Rewrites {@code text} in {@code register}; {@link Register#PLAIN} and SPANISH return it. */
  public static String apply(Register register, String text, SplittableRandom rng) {
    return switch (register) {
      case DICTATED -> dictate(text, rng);
      case TEXT_SPEAK -> textSpeak(text, rng);
      case NON_NATIVE -> nonNative(text, rng);
      case MIXED_SPANISH -> mixSpanish(text, rng);
      case PLAIN, SPANISH -> text;
    };
  }

  // ---- dictation ---------------------------------------------------------------------------

  private static final List<String> DICTATION_OPENERS =
      List.of(
          "message to the doctor",
          "text to oncology",
          "hey siri send message to the cancer center",
          "message for the clinic",
          "ok so",
          "um");
  private static final Map<String, String> HOMOPHONES =
      Map.of(
          "their", "there",
          "your", "you're",
          "here", "hear",
          "whether", "weather",
          "write", "right",
          "week", "weak",
          "which", "witch",
          "would", "wood");

  /**
   * Speech-to-text: lower case, sentence punctuation spoken ("period", "comma", "question mark",
   * "new paragraph") or lost, a few homophones, sometimes a spoken opener and a run-on date of
   * birth. A full stop inside a number (101.5) and "Dr." stay as they are.
   */
  static String dictate(String text, SplittableRandom rng) {
    StringBuilder out = new StringBuilder(text.length() + 40);
    if (rng.nextInt(3) == 0) {
      out.append(DICTATION_OPENERS.get(rng.nextInt(DICTATION_OPENERS.size()))).append(' ');
    }
    if (rng.nextInt(3) == 0) {
      out.append(dateOfBirth(rng)).append(' ');
    }
    double spoken = 0.4 + 0.5 * rng.nextDouble();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      String word =
          switch (c) {
            case '.' ->
                Character.isDigit(prev) && Character.isDigit(next) || endsWithDr(text, i)
                    ? null
                    : "period";
            case ',' -> Character.isDigit(prev) && Character.isDigit(next) ? null : "comma";
            case '?' -> "question mark";
            case '!' -> "exclamation point";
            case ':' -> Character.isDigit(prev) && Character.isDigit(next) ? null : "colon";
            case '\n' -> "new paragraph";
            default -> null;
          };
      if (word == null) {
        out.append(c == '\n' ? ' ' : Character.toLowerCase(c));
      } else if (rng.nextDouble() < spoken) {
        out.append(' ').append(word).append(' ');
      } else {
        out.append(' ');
      }
    }
    return collapse(replaceWords(out.toString(), HOMOPHONES, 0.3, rng));
  }

  private static boolean endsWithDr(String text, int dot) {
    return dot >= 2 && text.regionMatches(true, dot - 2, "dr", 0, 2);
  }

  private static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** A run-on spoken date of birth, e.g. "date of birth march 3 1952" or "dob 3 3 52". */
  static String dateOfBirth(SplittableRandom rng) {
    int month = 1 + rng.nextInt(12);
    int day = 1 + rng.nextInt(28);
    int year = 1938 + rng.nextInt(50);
    return switch (rng.nextInt(4)) {
      case 0 -> "date of birth " + MONTHS.get(month - 1) + " " + day + " " + year;
      case 1 -> "dob " + month + " " + day + " " + (year % 100);
      case 2 -> "my date of birth is " + month + " " + day + " " + year;
      default -> "birthday " + MONTHS.get(month - 1) + " " + day + "th " + year;
    };
  }

  // ---- text speak --------------------------------------------------------------------------

  private static final Map<String, String> TEXT_SPEAK =
      Map.ofEntries(
          Map.entry("you", "u"),
          Map.entry("your", "ur"),
          Map.entry("are", "r"),
          Map.entry("please", "pls"),
          Map.entry("thanks", "thx"),
          Map.entry("thank you", "ty"),
          Map.entry("tomorrow", "tmrw"),
          Map.entry("tonight", "tonite"),
          Map.entry("because", "bc"),
          Map.entry("with", "w/"),
          Map.entry("okay", "k"),
          Map.entry("ok", "k"),
          Map.entry("going to", "gonna"),
          Map.entry("want to", "wanna"),
          Map.entry("got to", "gotta"),
          Map.entry("appointment", "appt"),
          Map.entry("message", "msg"),
          Map.entry("doctor", "dr"),
          Map.entry("really", "rly"),
          Map.entry("people", "ppl"),
          Map.entry("something", "smth"),
          Map.entry("probably", "prob"),
          Map.entry("information", "info"),
          Map.entry("as soon as possible", "asap"),
          Map.entry("by the way", "btw"),
          Map.entry("i don't know", "idk"),
          Map.entry("what", "wat"),
          Map.entry("just", "jus"),
          Map.entry("about", "abt"),
          Map.entry("know", "kno"));

  private static final List<String> TEXT_ENDINGS =
      List.of(" lol", " :(", " :)", " ??", " !!", " pls", " ty", "");

  /**
   * Phone shorthand: lower case, apostrophes and full stops gone (not inside numbers), common
   * shorthand for frame words, sometimes a trailing emoticon. Shorthand never contains a digit, so
   * no number is added.
   */
  static String textSpeak(String text, SplittableRandom rng) {
    String s = text.toLowerCase(Locale.ROOT).replace('\n', ' ');
    s = replaceWords(s, TEXT_SPEAK, 0.75, rng);
    s = s.replace("'", "");
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char prev = i > 0 ? s.charAt(i - 1) : ' ';
      char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
      boolean keep =
          Character.isDigit(prev) && Character.isDigit(next)
              || c == ',' && (s.startsWith("no", i - 2) || s.startsWith("yes", i - 3));
      if ((c == '.' || c == ',') && !keep) {
        out.append(rng.nextInt(4) == 0 ? " .." : " ");
      } else {
        out.append(c);
      }
    }
    return collapse(out + TEXT_ENDINGS.get(rng.nextInt(TEXT_ENDINGS.size())));
  }

  // ---- non-native grammar ------------------------------------------------------------------

  private static final Pattern ARTICLE = Pattern.compile("(?i)\\b(the|a|an) (?=[a-z])");
  private static final Map<String, String> NON_NATIVE =
      Map.ofEntries(
          Map.entry("can you", "you can"),
          Map.entry("could you", "is possible you"),
          Map.entry("can i", "is possible I"),
          Map.entry("should i", "I should"),
          Map.entry("do i need to", "I need"),
          Map.entry("is it ok to", "is ok for"),
          Map.entry("is it okay to", "is ok for"),
          Map.entry("i would like to", "I want"),
          Map.entry("i'd like to", "I like to"),
          Map.entry("she has", "she have"),
          Map.entry("he has", "he have"),
          Map.entry("she needs", "she need"),
          Map.entry("he needs", "he need"),
          Map.entry("she takes", "she take"),
          Map.entry("he takes", "he take"),
          Map.entry("i have been", "I am since"),
          Map.entry("i've been", "I am since"),
          Map.entry("it's", "is"),
          Map.entry("there is", "have"),
          Map.entry("there's", "have"),
          Map.entry("please", "please to"),
          Map.entry("thank you", "thank you very much"),
          Map.entry("my mother", "my mother she"),
          Map.entry("my father", "my father he"),
          Map.entry("a few days", "some days"),
          Map.entry("tomorrow", "in tomorrow"),
          Map.entry("yesterday", "in yesterday"));

  private static final List<String> NON_NATIVE_ASIDES =
      List.of(
          "Sorry for my english.",
          "Excuse my bad english.",
          "I write with translator, sorry.",
          "English is not my language.",
          "Please answer in simple words.");

  /**
   * English as a second language: articles dropped, questions in statement order, verb agreement
   * and idiom slips, sometimes an apology for the English. Negations and numbers stay.
   */
  static String nonNative(String text, SplittableRandom rng) {
    String s = replaceWords(text, NON_NATIVE, 0.6, rng);
    Matcher m = ARTICLE.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, rng.nextDouble() < 0.6 ? "" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(out);
    String result = out.toString();
    if (rng.nextInt(3) == 0) {
      String aside = NON_NATIVE_ASIDES.get(rng.nextInt(NON_NATIVE_ASIDES.size()));
      result = rng.nextBoolean() ? aside + " " + result : result + " " + aside;
    }
    return collapse(result);
  }

  // ---- mixed Spanish-English ---------------------------------------------------------------

  private static final Map<String, String> SPANISH_FRAME =
      Map.ofEntries(
          Map.entry("hi", "hola"),
          Map.entry("hello", "hola"),
          Map.entry("good morning", "buenos días"),
          Map.entry("good afternoon", "buenas tardes"),
          Map.entry("thank you", "gracias"),
          Map.entry("thanks", "gracias"),
          Map.entry("thank you so much", "muchas gracias"),
          Map.entry("please", "por favor"),
          Map.entry("my mom", "mi mamá"),
          Map.entry("my mother", "mi mamá"),
          Map.entry("my dad", "mi papá"),
          Map.entry("my father", "mi papá"),
          Map.entry("my husband", "mi esposo"),
          Map.entry("my wife", "mi esposa"),
          Map.entry("my daughter", "mi hija"),
          Map.entry("my son", "mi hijo"),
          Map.entry("appointment", "cita"),
          Map.entry("tomorrow", "mañana"),
          Map.entry("today", "hoy"),
          Map.entry("yesterday", "ayer"),
          Map.entry("pharmacy", "farmacia"),
          Map.entry("medicine", "medicina"),
          Map.entry("pills", "pastillas"),
          Map.entry("and", "y"),
          Map.entry("but", "pero"),
          Map.entry("because", "porque"),
          Map.entry("very", "muy"),
          Map.entry("the doctor", "el doctor"),
          Map.entry("the nurse", "la enfermera"),
          Map.entry("yes", "sí"),
          Map.entry("also", "también"),
          Map.entry("sorry", "perdón"));

  private static final List<String> SPANISH_OPENERS =
      List.of(
          "Hola buenas tardes.",
          "Buenos días, disculpe la molestia.",
          "Hola, perdón por mi inglés.",
          "Buenas, les escribo rápido.",
          "Hola doctora.");
  private static final List<String> SPANISH_CLOSERS =
      List.of(
          "Muchas gracias.",
          "Gracias, que Dios los bendiga.",
          "Gracias de antemano.",
          "Quedo pendiente, gracias.",
          "Perdón por mi inglés.",
          "Gracias por todo.");

  /**
   * English with Spanish frame words (greetings, family, "appointment", "tomorrow", "and",
   * "because") and Spanish openers or closers. Symptoms, drugs, tests and negations stay in
   * English, so the clinical content reads exactly as before.
   */
  static String mixSpanish(String text, SplittableRandom rng) {
    String s = replaceWords(text, SPANISH_FRAME, 0.6, rng);
    if (rng.nextBoolean()) {
      s = SPANISH_OPENERS.get(rng.nextInt(SPANISH_OPENERS.size())) + " " + s;
    }
    if (rng.nextBoolean()) {
      s = s + " " + SPANISH_CLOSERS.get(rng.nextInt(SPANISH_CLOSERS.size()));
    }
    return collapse(s);
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static final Map<Map<String, String>, Pattern> PATTERNS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Replaces whole-word, case-insensitive occurrences of the map's keys (longest first), each with
   * probability {@code p}; a replacement keeps an upper-case first letter.
   */
  static String replaceWords(
      String text, Map<String, String> words, double p, SplittableRandom rng) {
    Pattern pattern =
        PATTERNS.computeIfAbsent(
            words,
            w ->
                Pattern.compile(
                    "(?i)(?<![\\w'])("
                        + String.join(
                            "|",
                            w.keySet().stream()
                                .sorted(
                                    java.util.Comparator.comparingInt(String::length).reversed())
                                .map(Pattern::quote)
                                .toList())
                        + ")(?![\\w'])"));
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    while (m.find()) {
      String found = m.group(1);
      String replacement = found;
      if (rng.nextDouble() < p) {
        replacement = words.get(found.toLowerCase(Locale.ROOT));
        if (Character.isUpperCase(found.charAt(0)) && !replacement.startsWith("I ")) {
          replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String collapse(String s) {
    return s.replaceAll("[ \\t]+", " ").replaceAll(" +([,.?!])", "$1").strip();
  }
}
