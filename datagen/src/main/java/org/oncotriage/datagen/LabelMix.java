package org.oncotriage.datagen;

import java.util.SplittableRandom;
import org.oncotriage.datagen.intent.Bucket;

/**
 * The target shares of label buckets in generated data, as fractions of conversations. The defaults
 * sit near published shares of portal messages by responder (Kaiser Permanente Northern
 * California): oncologist 30%, nurse 37.5%, medical assistant 32.5%, billable 22%, urgent 5%.
 *
 * @param oncologist share of conversations that need an oncologist (urgent and billable included)
 * @param nurse share that need a nurse
 * @param billable share that are billable (all oncologist)
 * @param urgent share that are urgent (all oncologist)
 */
public record LabelMix(double oncologist, double nurse, double billable, double urgent) {

  public static final LabelMix DEFAULT = new LabelMix(0.30, 0.375, 0.22, 0.05);

  public LabelMix {
    check("oncologist", oncologist);
    check("nurse", nurse);
    check("billable", billable);
    check("urgent", urgent);
    if (oncologist + nurse > 1.0 + 1e-9) {
      throw new IllegalArgumentException(
          "oncologist + nurse shares exceed 1, received " + oncologist + " + " + nurse);
    }
    if (billable + urgent > oncologist + 1e-9) {
      throw new IllegalArgumentException(
          "billable + urgent shares exceed the oncologist share, received "
              + billable
              + " + "
              + urgent
              + " > "
              + oncologist);
    }
  }

  private static void check(String name, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(name + " share must be within [0, 1], received " + share);
    }
  }

  /** Share of medical-assistant conversations. */
  public double medicalAssistant() {
    return Math.max(0, 1 - oncologist - nurse);
  }

  /** Share of oncologist conversations that are neither billable nor urgent. */
  public double oncologistOther() {
    return Math.max(0, oncologist - billable - urgent);
  }

  /** Draws the label bucket of one conversation with these shares. */
  Bucket draw(SplittableRandom rng) {
    double x = rng.nextDouble();
    if ((x -= urgent()) < 0) {
      return Bucket.URGENT;
    }
    if ((x -= billable()) < 0) {
      return Bucket.BILLABLE;
    }
    if ((x -= oncologistOther()) < 0) {
      return Bucket.ONCOLOGIST_OTHER;
    }
    if ((x -= nurse()) < 0) {
      return Bucket.NURSE;
    }
    return Bucket.MEDICAL_ASSISTANT;
  }
}
