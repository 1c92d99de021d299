package org.oncotriage.redflag;

/** How a sentence speaks of a symptom that a rule's phrase found in it. */
enum Mention {
  /** Reported as present now: evidence for the rule. */
  PRESENT(true, false),
  /** Negated ("no fever", "denies chills"): turns earlier findings of the rule's group off. */
  NEGATED(false, true),
  /** Past or resolved ("the fever last month is gone"): turns earlier findings off. */
  PAST(false, true),
  /** Hypothetical or a question about thresholds ("if I get a fever"): neither on nor off. */
  HYPOTHETICAL(false, false),
  /** About someone other than the patient ("my husband has a fever"): neither on nor off. */
  OTHER_PERSON(false, false),
  /** Unchanged from the patient's usual ("same as usual"), for rules that say so: neither. */
  CHRONIC(false, false);

  private final boolean evidence;
  private final boolean turnsOff;

  Mention(boolean evidence, boolean turnsOff) {
    this.evidence = evidence;
    this.turnsOff = turnsOff;
  }

  boolean isEvidence() {
    return evidence;
  }

  boolean turnsOff() {
    return turnsOff;
  }
}
