package org.oncotriage.triage;

import java.util.List;
import org.oncotriage.conversation.ConversationContext;
import org.oncotriage.triage.TriageResult.BillableAssessment;

/**
 * The billing rules that {@code LABELING.md} leaves to the caller's context: online digital E/M
 * (CPT 99421-99423) is not billed when a related visit took place within the previous 7 days, nor
 * for an urgent conversation (emergency care is billed instead). Stateless.
 */
public final class BillingEligibility {

  /** A related visit fewer than this many days ago makes the conversation part of that visit. */
  static final int RELATED_VISIT_WINDOW_DAYS = 7;

  private BillingEligibility() {}

  /**
   * Applies the rules.
   *
   * @param probability the model's billable probability
   * @param likely whether it passes the model's threshold
   * @param urgent whether the conversation was flagged urgent
   * @param context what the caller supplied
   */
  public static BillableAssessment assess(
      double probability, boolean likely, boolean urgent, ConversationContext context) {
    if (urgent) {
      return new BillableAssessment(
          probability,
          likely,
          false,
          List.of("urgent: the patient is sent to emergency care, which is billed instead"));
    }
    Integer days = context.daysSinceLastVisit();
    if (days == null) {
      return new BillableAssessment(
          probability,
          likely,
          null,
          List.of("context.days_since_last_visit is missing: eligibility cannot be decided"));
    }
    if (days < RELATED_VISIT_WINDOW_DAYS) {
      return new BillableAssessment(
          probability,
          likely,
          false,
          List.of(
              "a related visit took place "
                  + days
                  + " days ago, within the "
                  + RELATED_VISIT_WINDOW_DAYS
                  + "-day window"));
    }
    return new BillableAssessment(
        probability,
        likely,
        likely,
        List.of(
            likely
                ? "likely billable and no related visit in the last "
                    + RELATED_VISIT_WINDOW_DAYS
                    + " days"
                : "not likely billable"));
  }
}
