package org.oncotriage.language;

import java.util.Set;

/**
 * The languages the service reads: red-flag rules exist for them and the model has been checked on
 * them. A conversation in another language goes at least to a nurse, with the reason.
 */
public final class ServedLanguages {

  /** English. */
  public static final String ENGLISH = "en";

  /** Spanish, the most common language other than English of patients in the US. */
  public static final String SPANISH = "es";

  /** The languages served, ISO 639-1. */
  public static final Set<String> ALL = Set.of(ENGLISH, SPANISH);

  private ServedLanguages() {}

  /** Whether {@code code} is served; "und" (undetermined) counts as served. */
  public static boolean isServed(String code) {
    return ALL.contains(code) || LanguageIdentifier.UNDETERMINED.equals(code);
  }
}
