package org.oncotriage.datagen.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.oncotriage.datagen.template.Pick;

/**
 * Chooses the intents of a conversation for a label bucket: a primary intent whose need is the
 * bucket, sometimes other requests that need no more than it, near-miss mentions of red flags, and
 * the shape of the thread (one message; a thread whose later message raises the labels; a thread
 * with a lower follow-up). Stateless and thread-safe.
 */
public final class IntentPicker {

  private final IntentCatalog c;

  public IntentPicker(IntentCatalog catalog) {
    this.c = catalog;
  }

  /** Share of conversations written in Spanish, the same for every bucket. */
  static final double SPANISH_SHARE = 0.035;

  /** Share of medical-assistant primaries that ask about a clinical artifact. */
  static final double ARTIFACT_ADMIN_SHARE = 0.25;

  /** Share of nursing primaries that are same-words or worried protocol asks. */
  static final double SAME_WORDS_NURSING_SHARE = 0.15;

  /** Share of billable primaries that are same-words decisions. */
  static final double SAME_WORDS_MEDICAL_SHARE = 0.15;

  public Plan plan(SplittableRandom rng, Bucket bucket) {
    if (Pick.chance(rng, SPANISH_SHARE)) {
      return spanish(rng, bucket);
    }
    Intent primary = primary(rng, bucket);
    List<Intent> extras = new ArrayList<>();
    double x = rng.nextDouble();
    int count = x < 0.68 ? 0 : x < 0.92 ? 1 : 2;
    for (int i = 0; i < count; i++) {
      extras.add(secondary(rng, bucket));
    }
    if (Pick.chance(rng, bucket == Bucket.MEDICAL_ASSISTANT ? 0.06 : 0.15)) {
      extras.add(Pick.one(rng, c.mentions));
    }
    Plan clarifying = clarifying(rng, bucket);
    if (clarifying != null) {
      return clarifying;
    }
    if (bucket == Bucket.NURSE && Pick.chance(rng, 0.14)) {
      return screened(rng, primary);
    }
    if (bucket == Bucket.BILLABLE && Pick.chance(rng, 0.14)) {
      return screenedMedical(rng, primary);
    }
    if (bucket == Bucket.MEDICAL_ASSISTANT && Pick.chance(rng, 0.12)) {
      Intent request =
          primary.category().equals("scheduling")
              ? primary
              : c.byName(Pick.one(rng, "ma.reschedule_feeling_fine", "ma.reschedule"));
      return new Plan(List.of(List.of(request), List.of(Pick.one(rng, c.adminAnswers))), true);
    }
    double shape = rng.nextDouble();
    if (shape < 0.70) {
      List<Intent> first = shuffleIn(rng, primary, extras);
      if (Pick.chance(rng, 0.15)) {
        return new Plan(List.of(first, List.of(Pick.one(rng, c.acknowledgements))), true);
      }
      return new Plan(List.of(first), true);
    }
    if (shape < 0.84 && bucket != Bucket.MEDICAL_ASSISTANT) {
      List<List<Intent>> msgs = new ArrayList<>();
      msgs.add(List.of(lower(rng, bucket)));
      if (Pick.chance(rng, 0.3)) {
        msgs.add(List.of(lower(rng, bucket)));
      }
      msgs.add(shuffleIn(rng, primary, extras));
      return new Plan(msgs, Pick.chance(rng, 0.8));
    }
    List<List<Intent>> msgs = new ArrayList<>();
    msgs.add(List.of(primary));
    List<Intent> follow = new ArrayList<>(extras);
    if (follow.isEmpty()) {
      follow.add(Pick.chance(rng, 0.4) ? acknowledgement(rng) : secondary(rng, bucket));
    }
    msgs.add(follow);
    if (Pick.chance(rng, 0.2)) {
      msgs.add(List.of(acknowledgement(rng)));
    }
    return new Plan(msgs, Pick.chance(rng, 0.75));
  }

  /**
   * A nursing thread the clinic screens: the symptom, the clinic's screening questions, one or two
   * reassuring answers, sometimes a closing thanks.
   */
  private Plan screened(SplittableRandom rng, Intent primary) {
    Intent symptom =
        primary.category().equals("side_effect_mild") ? primary : Pick.one(rng, c.mildSideEffects);
    List<List<Intent>> msgs = new ArrayList<>();
    msgs.add(List.of(symptom));
    msgs.add(List.of(Pick.one(rng, rng.nextBoolean() ? c.screeningAnswers : c.neutralAnswers)));
    if (Pick.chance(rng, 0.3)) {
      msgs.add(List.of(Pick.one(rng, c.screeningAnswers)));
    }
    if (Pick.chance(rng, 0.25)) {
      msgs.add(List.of(acknowledgement(rng)));
    }
    return new Plan(msgs, true);
  }

  /**
   * A physician-level thread the clinic screens the same way as a nursing one: the symptom, the
   * screening questions, a level-neutral answer, sometimes a closing thanks.
   */
  private Plan screenedMedical(SplittableRandom rng, Intent primary) {
    Intent symptom =
        c.medicalSymptoms.contains(primary) ? primary : Pick.one(rng, c.medicalSymptoms);
    List<List<Intent>> msgs = new ArrayList<>();
    msgs.add(List.of(symptom));
    msgs.add(List.of(Pick.one(rng, c.neutralAnswers)));
    if (Pick.chance(rng, 0.25)) {
      msgs.add(List.of(acknowledgement(rng)));
    }
    return new Plan(msgs, true);
  }

  /**
   * Sometimes a thread decided by the patient's answer to one clinic question (see {@link
   * ClarifyingThreads}): the same openings and questions for every label, with the answer that fits
   * the bucket. Null when this conversation takes another shape.
   */
  private Plan clarifying(SplittableRandom rng, Bucket bucket) {
    double share =
        switch (bucket) {
          case NURSE, BILLABLE -> 0.05;
          case ONCOLOGIST_OTHER -> 0.10;
          case URGENT -> 0.06;
          case MEDICAL_ASSISTANT -> 0.0;
        };
    if (!Pick.chance(rng, share)) {
      return null;
    }
    List<List<Intent>> msgs = new ArrayList<>();
    switch (bucket) {
      case NURSE -> {
        ClarifyingThreads.Topic topic =
            Pick.one(
                rng,
                ClarifyingThreads.RESULTS,
                ClarifyingThreads.HOLDS,
                ClarifyingThreads.REFILLS,
                ClarifyingThreads.DIARRHEA);
        msgs.add(List.of(topic.opening()));
        msgs.add(List.of(topic.answers().get(0)));
      }
      case BILLABLE -> {
        ClarifyingThreads.Topic topic =
            Pick.one(
                rng, ClarifyingThreads.RESULTS, ClarifyingThreads.HOLDS, ClarifyingThreads.REFILLS);
        msgs.add(List.of(topic.opening()));
        msgs.add(List.of(topic.answers().get(topic.answers().size() - 1)));
      }
      case ONCOLOGIST_OTHER -> {
        msgs.add(List.of(ClarifyingThreads.REFILL_OPENING));
        msgs.add(List.of(ClarifyingThreads.REFILL_CONTROLLED));
      }
      default -> {
        msgs.add(List.of(ClarifyingThreads.DIARRHEA_OPENING));
        msgs.add(List.of(ClarifyingThreads.DIARRHEA_URGENT_ANSWER));
      }
    }
    if (Pick.chance(rng, 0.25)) {
      msgs.add(List.of(acknowledgement(rng)));
    }
    return new Plan(msgs, true);
  }

  /**
   * A conversation in Spanish: the bucket's Spanish request, sometimes after a lower Spanish
   * request or followed by a Spanish thanks.
   */
  private Plan spanish(SplittableRandom rng, Bucket bucket) {
    Intent primary = Pick.one(rng, c.spanish.get(bucket));
    double shape = rng.nextDouble();
    if (shape < 0.15 && bucket != Bucket.MEDICAL_ASSISTANT) {
      Bucket below = bucket == Bucket.NURSE ? Bucket.MEDICAL_ASSISTANT : Bucket.NURSE;
      return new Plan(
          List.of(List.of(Pick.one(rng, c.spanish.get(below))), List.of(primary)), true);
    }
    if (shape < 0.30) {
      return new Plan(
          List.of(List.of(primary), List.of(Pick.one(rng, c.spanishAcknowledgements))), true);
    }
    return new Plan(List.of(List.of(primary)), true);
  }

  /** A closing acknowledgement ("ok thank you", "perfect, the 10th works"). */
  private Intent acknowledgement(SplittableRandom rng) {
    return Pick.chance(rng, 0.3) ? c.byName("ma.thanks") : Pick.one(rng, c.acknowledgements);
  }

  private static List<Intent> shuffleIn(SplittableRandom rng, Intent primary, List<Intent> extras) {
    List<Intent> all = new ArrayList<>(extras);
    all.add(rng.nextInt(extras.size() + 1), primary);
    return all;
  }

  private Intent primary(SplittableRandom rng, Bucket bucket) {
    return switch (bucket) {
      case URGENT -> Pick.chance(rng, 0.3) ? Pick.one(rng, c.fever) : Pick.one(rng, c.urgent);
      case BILLABLE ->
          Pick.chance(rng, SAME_WORDS_MEDICAL_SHARE)
              ? Pick.one(rng, c.sameWordsMedical)
              : Pick.chance(rng, 0.45)
                  ? Pick.one(rng, c.severeSideEffects)
                  : Pick.one(rng, c.medicalBillable);
      case ONCOLOGIST_OTHER -> Pick.one(rng, c.medicalOther);
      case NURSE ->
          Pick.chance(rng, SAME_WORDS_NURSING_SHARE)
              ? Pick.one(rng, c.sameWordsNursing)
              : nurse(rng);
      case MEDICAL_ASSISTANT ->
          Pick.chance(rng, ARTIFACT_ADMIN_SHARE)
              ? Pick.one(rng, c.artifactAdmin)
              : Pick.one(rng, c.administrative);
    };
  }

  private Intent nurse(SplittableRandom rng) {
    if (Pick.chance(rng, 0.12)) {
      return Pick.one(rng, c.boundaryNursing);
    }
    double x = rng.nextDouble();
    return x < 0.35
        ? Pick.one(rng, c.nearMisses)
        : x < 0.65 ? Pick.one(rng, c.mildSideEffects) : Pick.one(rng, c.nursingCore);
  }

  /** An intent that needs no more than the bucket. */
  private Intent secondary(SplittableRandom rng, Bucket bucket) {
    return switch (bucket) {
      case MEDICAL_ASSISTANT -> Pick.one(rng, c.administrative);
      case NURSE -> Pick.chance(rng, 0.5) ? Pick.one(rng, c.administrative) : nurse(rng);
      case ONCOLOGIST_OTHER ->
          Pick.chance(rng, 0.2)
              ? Pick.one(rng, c.medicalOther)
              : Pick.chance(rng, 0.5) ? Pick.one(rng, c.administrative) : nurse(rng);
      case BILLABLE, URGENT -> {
        double x = rng.nextDouble();
        yield x < 0.4
            ? Pick.one(rng, c.administrative)
            : x < 0.75
                ? nurse(rng)
                : x < 0.9 ? Pick.one(rng, c.medicalOther) : primary(rng, Bucket.BILLABLE);
      }
    };
  }

  /** An intent strictly below the bucket, for the first message of a thread that rises later. */
  private Intent lower(SplittableRandom rng, Bucket bucket) {
    return switch (bucket) {
      case URGENT -> secondary(rng, Bucket.BILLABLE);
      case BILLABLE, ONCOLOGIST_OTHER ->
          Pick.chance(rng, 0.55) ? Pick.one(rng, c.administrative) : nurse(rng);
      case NURSE, MEDICAL_ASSISTANT -> Pick.one(rng, c.administrative);
    };
  }
}
