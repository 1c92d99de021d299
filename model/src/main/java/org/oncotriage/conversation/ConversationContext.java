package org.oncotriage.conversation;

import java.util.Optional;

/**
 * Facts about the patient that the portal supplies beside the text. Every field is optional ({@code
 * null} when unknown).
 *
 * @param daysSinceLastVisit whole days since the patient's last related visit; not negative
 * @param onActiveTreatment whether the patient is on active cancer treatment
 */
public record ConversationContext(Integer daysSinceLastVisit, Boolean onActiveTreatment) {

  /** A context that says nothing. */
  public static final ConversationContext EMPTY = new ConversationContext(null, null);

  public ConversationContext {
    if (daysSinceLastVisit != null && daysSinceLastVisit < 0) {
      throw new IllegalArgumentException(
          "days_since_last_visit must not be negative, received " + daysSinceLastVisit);
    }
  }

  Optional<Integer> daysSinceLastVisitIfKnown() {
    return Optional.ofNullable(daysSinceLastVisit);
  }

  Optional<Boolean> onActiveTreatmentIfKnown() {
    return Optional.ofNullable(onActiveTreatment);
  }
}
