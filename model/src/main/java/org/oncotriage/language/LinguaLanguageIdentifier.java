package org.oncotriage.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Identifies languages with Lingua (character n-gram models, 1- to 5-grams, with rules for
 * alphabets), chosen over OpenNLP's language detector because patients write short messages: on
 * "tengo diarrea" or "Hola, necesito cambiar mi cita" OpenNLP's model answers Basque or Italian,
 * Lingua Spanish.
 *
 * <p>Lingua tells apart only the languages it is built with: the served ones and the languages most
 * often spoken by patients in the US besides them ({@link #CANDIDATES}). A message in another
 * language is reported as the nearest of these, which is still not a served one in practice (a
 * Catalan message may read as Spanish: a known limit). Text with fewer than {@link #MIN_LETTERS}
 * letters is {@link #UNDETERMINED}; so is a short text ({@link #SHORT_LETTERS}) whose likeliest
 * language is not served while a served one is close ({@link #CLOSE_TO_SERVED}): short English
 * notes with names and drug names ("ok thx! best, frank") otherwise read as German or Tagalog.
 *
 * <p>Memory and time: models load lazily, once per process, on first use of a language; reading
 * Latin-script text loads the eight Latin-script candidates (about 200 MB of heap, a few seconds).
 * A call reads at most {@link #MAX_CHARS} characters and takes a few milliseconds. Thread-safe
 * (Lingua's detector is).
 */
public final class LinguaLanguageIdentifier implements LanguageIdentifier {

  /** The languages told apart. */
  public static final List<Language> CANDIDATES =
      List.of(
          Language.ENGLISH,
          Language.SPANISH,
          Language.FRENCH,
          Language.PORTUGUESE,
          Language.ITALIAN,
          Language.GERMAN,
          Language.VIETNAMESE,
          Language.TAGALOG,
          Language.CHINESE,
          Language.JAPANESE,
          Language.KOREAN,
          Language.ARABIC,
          Language.RUSSIAN,
          Language.HINDI);

  /** Fewer letters than this are too few to tell a language by. */
  public static final int MIN_LETTERS = 10;

  /**
   * How much of a text is read, in characters: a few sentences tell the language as surely as a
   * page, and Lingua's time grows with the length.
   */
  public static final int MAX_CHARS = 300;

  /** A text with fewer letters than this is short. */
  public static final int SHORT_LETTERS = 60;

  /**
   * Lingua's confidence of a served language, relative to the likeliest (1.0), at or above which a
   * short text is not called unsupported.
   */
  public static final double CLOSE_TO_SERVED = 0.85;

  private static final class Standard {
    static final LinguaLanguageIdentifier INSTANCE = new LinguaLanguageIdentifier();
  }

  private final LanguageDetector detector;

  private LinguaLanguageIdentifier() {
    this.detector =
        LanguageDetectorBuilder.fromLanguages(CANDIDATES.toArray(new Language[0])).build();
  }

  /** The shared identifier; its models load on first use. */
  public static LinguaLanguageIdentifier standard() {
    return Standard.INSTANCE;
  }

  @Override
  public String identify(String text) {
    Objects.requireNonNull(text, "text");
    int letters = letters(text);
    if (letters < MIN_LETTERS) {
      return UNDETERMINED;
    }
    SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(head(text));
    if (confidence.isEmpty()) {
      return UNDETERMINED;
    }
    String best = code(confidence.firstKey());
    if (!ServedLanguages.isServed(best) && letters < SHORT_LETTERS) {
      for (Map.Entry<Language, Double> e : confidence.entrySet()) {
        if (ServedLanguages.ALL.contains(code(e.getKey())) && e.getValue() >= CLOSE_TO_SERVED) {
          return UNDETERMINED;
        }
      }
    }
    return best;
  }

  /** The first {@link #MAX_CHARS} characters, cut at white space. */
  static String head(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = MAX_CHARS;
    while (cut > MAX_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
      cut--;
    }
    return text.substring(0, cut);
  }

  private static String code(Language language) {
    if (language == Language.UNKNOWN) {
      return UNDETERMINED;
    }
    IsoCode639_1 code = language.getIsoCode639_1();
    return code.toString().toLowerCase(Locale.ROOT);
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length() && n < SHORT_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
