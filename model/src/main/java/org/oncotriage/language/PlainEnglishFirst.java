package org.oncotriage.language;

import java.util.Objects;

/**
 * Answers "en" for plainly English text ({@link PlainEnglish}, a word-list test a few hundred times
 * cheaper than an n-gram model) and asks another identifier about everything else: Spanish, mixed
 * Spanish and English, other languages, short notes and text that is English but not plainly so.
 * The answers are the other identifier's wherever the test was measured (see {@link PlainEnglish}).
 *
 * <p>Thread-safe when the identifier it asks is.
 */
public final class PlainEnglishFirst implements LanguageIdentifier {

  private final LanguageIdentifier otherwise;

  /**
   * @param otherwise the identifier of every text that is not plainly English
   */
  public PlainEnglishFirst(LanguageIdentifier otherwise) {
    this.otherwise = Objects.requireNonNull(otherwise, "otherwise");
  }

  @Override
  public String identify(String text) {
    return PlainEnglish.test(text) ? ServedLanguages.ENGLISH : otherwise.identify(text);
  }

  @Override
  public void warmUp() {
    otherwise.warmUp();
  }
}
