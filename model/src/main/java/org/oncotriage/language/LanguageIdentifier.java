package org.oncotriage.language;

/**
 * Tells the language of a text. Implementations are thread-safe.
 *
 * <p>A text too short or too mixed to tell is {@link #UNDETERMINED}: a caller must then not assume
 * any language (the red-flag rules read such a message with every language they have).
 */
public interface LanguageIdentifier {

  /** The code of a text whose language cannot be told (ISO 639-2 "und"). */
  String UNDETERMINED = "und";

  /** The language of {@code text} as an ISO 639-1 code ("en", "es", "fr"), or "und". */
  String identify(String text);

  /**
   * Loads what the identifier needs for text in the served languages now rather than on the first
   * message, so that a service is ready only when it can answer at full speed.
   */
  default void warmUp() {
    identify("My temperature is 101 and I have chills since last night after chemo.");
    identify("Tengo fiebre de 39 y escalofríos desde anoche, después de la quimioterapia.");
  }
}
