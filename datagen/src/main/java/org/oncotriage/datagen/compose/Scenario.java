package org.oncotriage.datagen.compose;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.oncotriage.datagen.lexicon.CancerCatalog;
import org.oncotriage.datagen.lexicon.CancerType;
import org.oncotriage.datagen.lexicon.Lexicon;
import org.oncotriage.datagen.lexicon.Numbers;
import org.oncotriage.datagen.template.Pick;
import org.oncotriage.datagen.template.Slots;

/**
 * The facts of one generated conversation (who writes, the patient's cancer, regimen, care team,
 * pharmacy) and the {@link Slots} that templates draw from. Pronoun slots follow the writer's
 * voice: {@code $I} is "I" for a patient and "she" or "he" for a caregiver writing about the
 * patient. Mutable only during construction; not thread-safe (one per conversation).
 */
public final class Scenario implements Slots {

  /** Whose voice the patient-side messages use. */
  public enum Voice {
    SELF,
    SHE,
    HE
  }

  final Voice voice;
  final CancerType cancer;
  final CancerType.Regimen regimen;
  final boolean onTreatment;
  final String cancerName;
  final String regimenName;
  final String drug;
  final String doctor;
  final String nurse;
  final String pharmacy;
  final String relation;
  final String writerName;
  final String patientName;
  final int dayAfterChemo;
  final int cycle;

  private static final List<String> SHE_RELATIONS =
      List.of(
          "my mom",
          "my mother",
          "my wife",
          "my sister",
          "my grandmother",
          "my aunt",
          "my partner",
          "mom");
  private static final List<String> HE_RELATIONS =
      List.of(
          "my dad",
          "my father",
          "my husband",
          "my brother",
          "my grandfather",
          "my uncle",
          "my partner",
          "dad");

  /**
   * Draws a scenario.
   *
   * @param cytotoxic whether the patient must be on chemotherapy that can cause neutropenic fever
   */
  public Scenario(SplittableRandom rng, Voice voice, boolean onTreatment, boolean cytotoxic) {
    this.voice = voice;
    CancerType c;
    CancerType.Regimen r;
    do {
      c = Pick.one(rng, CancerCatalog.ALL);
      r = Pick.one(rng, c.regimens());
    } while (cytotoxic && !r.cytotoxic());
    this.cancer = c;
    this.regimen = r;
    this.onTreatment = onTreatment;
    this.cancerName = Pick.one(rng, cancer.names());
    this.regimenName = Pick.one(rng, regimen.names());
    this.drug = Pick.one(rng, regimen.drugs());
    this.doctor = Pick.one(rng, Lexicon.DOCTORS);
    this.nurse = Pick.one(rng, Lexicon.NURSES);
    this.pharmacy = Pick.one(rng, Lexicon.PHARMACIES);
    this.relation =
        switch (voice) {
          case SELF -> "";
          case SHE -> Pick.one(rng, SHE_RELATIONS);
          case HE -> Pick.one(rng, HE_RELATIONS);
        };
    this.writerName = Pick.one(rng, Lexicon.CAREGIVER_NAMES);
    this.patientName =
        Pick.one(
            rng,
            voice == Voice.HE || (voice == Voice.SELF && rng.nextBoolean())
                ? Lexicon.PATIENT_NAMES_M
                : Lexicon.PATIENT_NAMES_F);
    this.dayAfterChemo = 2 + rng.nextInt(13);
    this.cycle = 1 + rng.nextInt(8);
  }

  boolean self() {
    return voice == Voice.SELF;
  }

  /** The patient's cancer type ({@link CancerType#key()}). */
  public String cancerKey() {
    return cancer.key();
  }

  private String p(String self, String she, String he) {
    return switch (voice) {
      case SELF -> self;
      case SHE -> she;
      case HE -> he;
    };
  }

  private static final Map<String, BiFunction<Scenario, SplittableRandom, String>> SLOTS =
      Map.ofEntries(
          Map.entry("I", (s, r) -> s.p("I", "she", "he")),
          Map.entry("me", (s, r) -> s.p("me", "her", "him")),
          Map.entry("my", (s, r) -> s.p("my", "her", "his")),
          Map.entry("myself", (s, r) -> s.p("myself", "herself", "himself")),
          Map.entry("Im", (s, r) -> s.p("I'm", "she's", "he's")),
          Map.entry("Ive", (s, r) -> s.p("I've", "she's", "he's")),
          Map.entry("Id", (s, r) -> s.p("I'd", "she'd", "he'd")),
          Map.entry("Ill", (s, r) -> s.p("I'll", "she'll", "he'll")),
          Map.entry("s", (s, r) -> s.p("", "s", "s")),
          Map.entry("es", (s, r) -> s.p("", "es", "es")),
          Map.entry("have", (s, r) -> s.p("have", "has", "has")),
          Map.entry("do", (s, r) -> s.p("do", "does", "does")),
          Map.entry("dont", (s, r) -> s.p("don't", "doesn't", "doesn't")),
          Map.entry("havent", (s, r) -> s.p("haven't", "hasn't", "hasn't")),
          Map.entry("am", (s, r) -> s.p("am", "is", "is")),
          Map.entry("Who", (s, r) -> s.self() ? "I" : s.relation),
          Map.entry("whos", (s, r) -> s.self() ? "my" : s.relation + "'s"),
          Map.entry("name", (s, r) -> s.writerName),
          Map.entry("rel", (s, r) -> s.relation),
          Map.entry("pname", (s, r) -> s.patientName),
          Map.entry("cancer", (s, r) -> s.cancerName),
          Map.entry("regimen", (s, r) -> s.regimenName),
          Map.entry("drug", (s, r) -> s.drug),
          Map.entry("anydrug", (s, r) -> Pick.one(r, s.regimen.drugs())),
          Map.entry("marker", (s, r) -> Pick.one(r, s.cancer.marker())),
          Map.entry("scan", (s, r) -> Pick.one(r, s.cancer.scans())),
          Map.entry(
              "chemo",
              (s, r) ->
                  s.regimen.oral()
                      ? Pick.one(r, "treatment", s.regimenName, "the pills", "my " + s.drug)
                      : Pick.one(
                          r,
                          "chemo",
                          "chemo",
                          "treatment",
                          "infusion",
                          "my infusion",
                          s.regimenName,
                          "tx")),
          Map.entry("dr", (s, r) -> s.doctor),
          Map.entry("nurse", (s, r) -> s.nurse),
          Map.entry("pharmacy", (s, r) -> s.pharmacy),
          Map.entry(
              "cycle",
              (s, r) ->
                  Pick.one(
                      r,
                      "cycle " + s.cycle,
                      "C" + s.cycle,
                      "round " + s.cycle,
                      "treatment #" + s.cycle,
                      Numbers.ordinal(s.cycle) + " round",
                      Numbers.ordinal(s.cycle) + " treatment")),
          Map.entry("dayafter", (s, r) -> Numbers.dayAfter(r, s.dayAfterChemo)),
          Map.entry("hightemp", (s, r) -> Numbers.highTemperature(r)),
          Map.entry("lowtemp", (s, r) -> Numbers.lowTemperature(r)),
          Map.entry("stoolshigh", (s, r) -> Numbers.count(r, 6 + r.nextInt(7))),
          Map.entry("stoolslow", (s, r) -> Numbers.count(r, 2 + r.nextInt(3))),
          Map.entry("n", (s, r) -> Numbers.count(r, 2 + r.nextInt(5))),
          Map.entry(
              "weeks",
              (s, r) ->
                  Pick.one(
                      r,
                      "2 weeks",
                      "two weeks",
                      "3 weeks",
                      "a few weeks",
                      "a month",
                      "about 10 days",
                      "over a week",
                      "6 weeks")),
          Map.entry(
              "days",
              (s, r) ->
                  Pick.one(
                      r,
                      "2 days",
                      "three days",
                      "4 days",
                      "a couple days",
                      "since the weekend",
                      "since Monday",
                      "5 days",
                      "a few days")),
          Map.entry("antiemetic", (s, r) -> Pick.one(r, Lexicon.ANTIEMETICS)),
          Map.entry("bowel", (s, r) -> Pick.one(r, Lexicon.BOWEL)),
          Map.entry("supportive", (s, r) -> Pick.one(r, Lexicon.SUPPORTIVE)),
          Map.entry("noncontrolled", (s, r) -> Pick.one(r, Lexicon.NON_CONTROLLED)),
          Map.entry("opioid", (s, r) -> Pick.one(r, Lexicon.OPIOIDS)),
          Map.entry("pastdate", (s, r) -> Pick.one(r, Lexicon.PAST_DAYS)),
          Map.entry("controlled", (s, r) -> Pick.one(r, Lexicon.CONTROLLED)),
          Map.entry("newmed", (s, r) -> Pick.one(r, Lexicon.NEW_MEDS)),
          Map.entry("supplement", (s, r) -> Pick.one(r, Lexicon.SUPPLEMENTS)),
          Map.entry("lab", (s, r) -> Pick.one(r, Lexicon.LABS)),
          Map.entry("bodypart", (s, r) -> Pick.one(r, Lexicon.BODY_PARTS)),
          Map.entry("date", (s, r) -> Pick.one(r, Lexicon.DAYS)),
          Map.entry("time", (s, r) -> Pick.one(r, Lexicon.TIMES)),
          Map.entry("place", (s, r) -> Pick.one(r, Lexicon.PLACES)),
          Map.entry("other", (s, r) -> s.other(r)));

  private static final List<String> OTHERS =
      List.of(
          "my grandson",
          "my granddaughter",
          "my roommate",
          "my coworker",
          "the kids",
          "my son",
          "my neighbor",
          "my daughter in law",
          "my sister",
          "our toddler",
          "my husband",
          "my wife");

  private String other(SplittableRandom rng) {
    String o = Pick.one(rng, OTHERS);
    return o.equals(relation) ? "my grandson" : o;
  }

  @Override
  public String value(String name, SplittableRandom rng) {
    BiFunction<Scenario, SplittableRandom, String> f = SLOTS.get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown slot $" + name);
    }
    return f.apply(this, rng);
  }

  /** Whether {@code name} is a slot this scenario fills. */
  static boolean knows(String name) {
    return SLOTS.containsKey(name);
  }
}
