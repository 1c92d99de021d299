package org.oncotriage.datagen.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.oncotriage.conversation.Responder;

/**
 * Every intent the generator writes, grouped by the label bucket its need falls in. The groups are
 * computed from each intent's {@link org.oncotriage.policy.Need}, so an intent cannot sit in a
 * bucket its need contradicts. The Spanish intents form their own pool, one list per bucket, so
 * that the picker can write Spanish at one rate for every bucket. Immutable and thread-safe.
 */
public final class IntentCatalog {

  private final List<Intent> all;
  private final List<Intent> english;
  private final Map<String, Intent> byName = new HashMap<>();
  final List<Intent> administrative;
  final List<Intent> nursingCore;
  final List<Intent> mildSideEffects;
  final List<Intent> nearMisses;
  final List<Intent> mentions;
  final List<Intent> medicalBillable;
  final List<Intent> severeSideEffects;
  final List<Intent> medicalOther;
  final List<Intent> urgent;
  final List<Intent> fever;
  final List<Intent> acknowledgements;
  final List<Intent> screeningAnswers;
  final List<Intent> adminAnswers;
  final List<Intent> neutralAnswers;
  final List<Intent> medicalSymptoms;
  final List<Intent> boundaryNursing;
  final List<Intent> artifactAdmin;
  final List<Intent> sameWordsNursing;
  final List<Intent> sameWordsMedical;
  final java.util.Map<Bucket, List<Intent>> spanish = new java.util.EnumMap<>(Bucket.class);
  final List<Intent> spanishAcknowledgements;

  /** Categories of physician-level symptoms that a clinic would screen before routing. */
  private static final java.util.Set<String> SYMPTOM_CATEGORIES =
      java.util.Set.of("new_problem", "side_effect_severe", "treatment_change");

  private IntentCatalog(List<Intent> all) {
    this.all = List.copyOf(all);
    for (Intent intent : all) {
      if (byName.put(intent.name(), intent) != null) {
        throw new IllegalStateException("duplicate intent " + intent.name());
      }
    }
    this.english = all.stream().filter(i -> !isSpanish(i)).toList();
    administrative =
        select(
            i ->
                i.need().level() == Responder.MEDICAL_ASSISTANT
                    && !threadOnly(i)
                    && !i.category().equals("red_flag_mention")
                    && !i.category().equals("ack")
                    && !i.category().equals(PortalAdminIntents.ANSWER_CATEGORY)
                    && !i.category().equals(ScreeningAnswers.ANSWER_CATEGORY));
    nursingCore = select(i -> i.name().startsWith("rn."));
    mildSideEffects = select(i -> i.category().equals("side_effect_mild"));
    nearMisses = select(i -> i.category().equals("red_flag_question"));
    mentions = select(i -> i.category().equals("red_flag_mention"));
    medicalBillable =
        select(i -> i.name().startsWith("md.") && i.need().billable() && !i.need().urgent());
    severeSideEffects = select(i -> i.category().equals("side_effect_severe"));
    medicalOther =
        select(
            i ->
                i.need().level() == Responder.ONCOLOGIST
                    && !i.need().billable()
                    && !i.need().urgent()
                    && !threadOnly(i));
    urgent = select(i -> i.need().urgent() && !threadOnly(i));
    fever = select(i -> i.need().urgent() && i.name().startsWith("redflag.fever."));
    acknowledgements = select(i -> i.category().equals("ack"));
    adminAnswers = select(i -> i.category().equals(PortalAdminIntents.ANSWER_CATEGORY));
    screeningAnswers = select(i -> i.category().equals(ScreenedNursingIntents.ANSWER_CATEGORY));
    neutralAnswers = select(i -> i.category().equals(ScreeningAnswers.ANSWER_CATEGORY));
    medicalSymptoms =
        select(
            i ->
                i.need().level() == Responder.ONCOLOGIST
                    && !i.need().urgent()
                    && SYMPTOM_CATEGORIES.contains(i.category()));
    java.util.Set<String> boundary =
        BoundaryNursingIntents.all().stream()
            .map(Intent::name)
            .collect(java.util.stream.Collectors.toSet());
    boundaryNursing = select(i -> boundary.contains(i.name()));
    artifactAdmin =
        select(
            i ->
                i.name().startsWith(ArtifactAdminIntents.PREFIX)
                    || i.name().startsWith("ma" + SameWordsIntents.INFIX)
                    || i.name().startsWith("ma" + WorriedIntents.INFIX));
    sameWordsNursing =
        select(
            i ->
                i.name().startsWith("rn" + SameWordsIntents.INFIX)
                    || i.name().startsWith("rn" + WorriedIntents.INFIX));
    sameWordsMedical =
        select(
            i ->
                (i.name().startsWith("md" + SameWordsIntents.INFIX)
                        || i.name().startsWith("md" + WorriedIntents.INFIX))
                    && i.need().billable());
    List<Intent> es = all.stream().filter(IntentCatalog::isSpanish).toList();
    spanishAcknowledgements = es.stream().filter(i -> i.category().equals("ack")).toList();
    for (Bucket bucket : Bucket.values()) {
      spanish.put(
          bucket,
          es.stream().filter(i -> !i.category().equals("ack") && bucket(i) == bucket).toList());
    }
  }

  /** Whether {@code intent} is written in Spanish; those stay out of the English pools. */
  public static boolean isSpanish(Intent intent) {
    return intent.name().startsWith(SpanishIntents.PREFIX);
  }

  /** The label bucket an intent's need falls in. */
  static Bucket bucket(Intent intent) {
    if (intent.need().urgent()) {
      return Bucket.URGENT;
    }
    return switch (intent.need().level()) {
      case ONCOLOGIST -> intent.need().billable() ? Bucket.BILLABLE : Bucket.ONCOLOGIST_OTHER;
      case NURSE -> Bucket.NURSE;
      case MEDICAL_ASSISTANT -> Bucket.MEDICAL_ASSISTANT;
    };
  }

  /**
   * Whether {@code intent} only makes sense inside a clarifying thread (an opening or an answer to
   * the clinic's question), so never as a conversation's standalone request.
   */
  private static boolean threadOnly(Intent intent) {
    return intent.category().startsWith(ClarifyingThreads.PREFIX)
        || intent.category().equals(ClarifyingThreads.DIARRHEA_SCREEN_ANSWER);
  }

  /** The catalog of every built-in intent (one shared instance). */
  public static IntentCatalog standard() {
    return Standard.CATALOG;
  }

  /** Holds the standard catalog, built on first use. */
  private static final class Standard {
    static final IntentCatalog CATALOG = build();
  }

  private static IntentCatalog build() {
    List<Intent> all = new ArrayList<>();
    all.addAll(AdministrativeIntents.all());
    all.addAll(NursingIntents.all());
    all.addAll(SideEffectIntents.all());
    all.addAll(MedicalIntents.all());
    all.addAll(SupportiveCareIntents.all());
    all.addAll(EverydayAdminIntents.all());
    all.addAll(DetailedNursingIntents.all());
    all.addAll(TerseIntents.all());
    all.addAll(ScreenedNursingIntents.all());
    all.addAll(PortalAdminIntents.all());
    all.addAll(LookAlikeMedicalIntents.all());
    all.addAll(NarrativeNursingIntents.all());
    all.addAll(OutsideLifeAdminIntents.all());
    all.addAll(QuietMedicalIntents.all());
    all.addAll(BoundaryNursingIntents.all());
    all.addAll(BoundaryMedicalIntents.all());
    all.addAll(ClarifyingThreads.all());
    all.addAll(ScreeningAnswers.all());
    all.addAll(ArtifactAdminIntents.all());
    all.addAll(SameWordsIntents.all());
    all.addAll(WorriedIntents.all());
    all.addAll(SpanishIntents.all());
    for (RedFlag flag : RedFlagCatalog.all()) {
      all.addAll(flag.intents());
    }
    return new IntentCatalog(all);
  }

  /** The English intents that match {@code p}. */
  private List<Intent> select(Predicate<Intent> p) {
    return english.stream().filter(p).toList();
  }

  public List<Intent> all() {
    return all;
  }

  /**
   * The intent named {@code name}.
   *
   * @throws IllegalArgumentException when there is none
   */
  public Intent byName(String name) {
    Intent intent = byName.get(name);
    if (intent == null) {
      throw new IllegalArgumentException("no intent named " + name);
    }
    return intent;
  }
}
