package org.oncotriage.datagen.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.oncotriage.conversation.Responder;
import org.oncotriage.datagen.lexicon.CancerCatalog;
import org.oncotriage.datagen.lexicon.CancerType;
import org.oncotriage.datagen.lexicon.Lexicon;

/**
 * The clinical terms the generator's catalogs know (regimens, drugs, tumor markers, scans, labs,
 * supportive, home, controlled and new medicines, supplements), the clinical artifacts patients ask
 * about (pathology, slides, disc, referral...) and words of worry, each with its kind. Terms are
 * matched in {@link #normalize normalized} text; terms shorter than three characters once
 * normalized ("AC", "MM") are left out as too ambiguous. Immutable.
 */
public final class ClinicalTerms {

  /**
   * A term and its kind.
   *
   * @param term the normalized term (lower case, single spaces, letters and digits)
   * @param kind where it comes from: {@code controlled}, {@code drug}, {@code scan}, ...
   */
  public record Term(String term, String kind) {
    public Term {
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * Kinds whose level the labeling policy itself ties down, with that level: any refill or dose
   * change of a controlled substance needs an oncologist; copies of records, imaging discs,
   * prior-authorization status and interpreter requests are named as medical-assistant work. These
   * terms are expected to lean there.
   */
  public static final Map<String, Responder> POLICY_TIED =
      Map.of(
          "controlled", Responder.ONCOLOGIST,
          "admin_artifact", Responder.MEDICAL_ASSISTANT);

  /** Artifacts the policy itself names as administrative. */
  static final List<String> ADMIN_ARTIFACTS =
      List.of("records", "disc", "prior auth", "interpreter");

  /** Things patients ask about that are neither drugs nor tests. */
  static final List<String> ARTIFACTS =
      List.of(
          "pathology",
          "pathology report",
          "path report",
          "slides",
          "biopsy",
          "images",
          "scan",
          "scans",
          "report",
          "results",
          "lab results",
          "labs",
          "bloodwork",
          "blood work",
          "referral",
          "second opinion",
          "radiation",
          "chemo",
          "infusion",
          "port",
          "port flush",
          "prescription",
          "refill",
          "tumor markers",
          "oncologist",
          "hematology");

  /** Words of worry; the policy gives them no level. */
  static final List<String> WORRY =
      List.of("worried", "scared", "anxious", "terrified", "nervous", "freaking out", "concerned");

  private final List<Term> terms;

  private ClinicalTerms(List<Term> terms) {
    this.terms = List.copyOf(terms);
  }

  /** Every term of the generator's catalogs, the artifacts and the worry words. */
  public static ClinicalTerms standard() {
    Map<String, String> byTerm = new LinkedHashMap<>();
    add(byTerm, "controlled", Lexicon.CONTROLLED);
    add(byTerm, "controlled", Lexicon.OPIOIDS);
    for (CancerType cancer : CancerCatalog.ALL) {
      for (CancerType.Regimen regimen : cancer.regimens()) {
        add(byTerm, "regimen", regimen.names());
        add(byTerm, "drug", regimen.drugs());
      }
      add(byTerm, "marker", cancer.marker());
      add(byTerm, "scan", cancer.scans());
    }
    add(byTerm, "lab", Lexicon.LABS);
    add(byTerm, "antiemetic", Lexicon.ANTIEMETICS);
    add(byTerm, "bowel", Lexicon.BOWEL);
    add(byTerm, "supportive", Lexicon.SUPPORTIVE);
    add(byTerm, "home_medicine", Lexicon.NON_CONTROLLED);
    add(byTerm, "new_medicine", Lexicon.NEW_MEDS);
    add(byTerm, "supplement", Lexicon.SUPPLEMENTS);
    add(byTerm, "admin_artifact", ADMIN_ARTIFACTS);
    add(byTerm, "artifact", ARTIFACTS);
    add(byTerm, "worry", WORRY);
    List<Term> terms = new ArrayList<>();
    byTerm.forEach((t, k) -> terms.add(new Term(t, k)));
    return new ClinicalTerms(terms);
  }

  /** A fixed list of terms (for tests). */
  public static ClinicalTerms of(List<Term> terms) {
    return new ClinicalTerms(terms);
  }

  private static void add(Map<String, String> byTerm, String kind, List<String> raw) {
    for (String r : raw) {
      String t = normalize(r).strip();
      if (t.length() >= 3) {
        byTerm.putIfAbsent(t, kind);
      }
    }
  }

  public List<Term> terms() {
    return terms;
  }

  /**
   * Lower case, every run of characters other than letters and digits as one space, with a space at
   * each end, so that {@code contains(" " + term + " ")} matches whole words and phrases.
   */
  public static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append(' ');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      } else if (out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    if (out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
