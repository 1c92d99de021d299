package org.oncotriage.spark.projection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The projection of one group. Shares are fractions of the group's conversations; per-provider
 * figures are conversations per provider per working day (null when the providers are unknown).
 *
 * @param scope see {@link GroupCounts#scope()}
 * @param practiceId the practice, or null
 * @param month the month, or null
 * @param providerId the provider, or null
 * @param conversations conversations scored
 * @param providers providers the conversations are spread over, or null when unknown
 * @param months months the group covers (the scores' distinct months, else the settings')
 * @param workingDays working days in those months
 * @param oncologistTodayPerProviderDay every conversation in an oncology provider's queue
 * @param oncologistRoutedPerProviderDay the conversations routed to the oncologist
 * @param oncologistNeededPerProviderDay the conversations estimated to need one (perfect routing)
 * @param routedOncologistShare share routed to the oncologist
 * @param routedNurseShare share routed to a nurse
 * @param routedMedicalAssistantShare share routed to a medical assistant
 * @param levelOncologistShare share whose most likely level is oncologist
 * @param levelNurseShare share whose most likely level is nurse
 * @param levelMedicalAssistantShare share whose most likely level is medical assistant
 * @param delegableShare share routed away from the oncologist
 * @param needsOncologistShare estimated share needing an oncologist
 * @param underTriagedShare estimated share routed below its true level; null without error rates
 * @param billableLikely conversations the model calls likely billable
 * @param billableFound of those, estimated truly billable (all of them without error rates)
 * @param billableValue billableFound x the payment per billed conversation
 * @param billableTrue estimated truly billable conversations, flagged or not
 * @param billableValuePerYear the value annualized, as the quality report computes it
 * @param avoidedCopay billableFound x the avoided co-payment; null when no co-payment is given
 * @param currency currency of the values
 * @param urgentFlaggedShare share flagged urgent
 * @param urgentShare estimated share truly urgent
 * @param withIntervals whether error rates gave the intervals
 */
public record ProjectionRow(
    String scope,
    String practiceId,
    String month,
    String providerId,
    long conversations,
    Long providers,
    long months,
    double workingDays,
    Double oncologistTodayPerProviderDay,
    Double oncologistRoutedPerProviderDay,
    Estimate oncologistNeededPerProviderDay,
    double routedOncologistShare,
    double routedNurseShare,
    double routedMedicalAssistantShare,
    double levelOncologistShare,
    double levelNurseShare,
    double levelMedicalAssistantShare,
    double delegableShare,
    Estimate needsOncologistShare,
    Estimate underTriagedShare,
    long billableLikely,
    Estimate billableFound,
    Estimate billableValue,
    Estimate billableTrue,
    double billableValuePerYear,
    Estimate avoidedCopay,
    String currency,
    double urgentFlaggedShare,
    Estimate urgentShare,
    boolean withIntervals) {

  /** The row as flat columns (an estimate becomes NAME, NAME_low, NAME_high), in order. */
  public Map<String, Object> columns() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("scope", scope);
    c.put("practice_id", practiceId);
    c.put("month", month);
    c.put("provider_id", providerId);
    c.put("conversations", conversations);
    c.put("providers", providers);
    c.put("months", months);
    c.put("working_days", workingDays);
    c.put("oncologist_today_per_provider_day", oncologistTodayPerProviderDay);
    c.put("oncologist_routed_per_provider_day", oncologistRoutedPerProviderDay);
    put(c, "oncologist_needed_per_provider_day", oncologistNeededPerProviderDay);
    c.put("routed_oncologist_share", routedOncologistShare);
    c.put("routed_nurse_share", routedNurseShare);
    c.put("routed_medical_assistant_share", routedMedicalAssistantShare);
    c.put("level_oncologist_share", levelOncologistShare);
    c.put("level_nurse_share", levelNurseShare);
    c.put("level_medical_assistant_share", levelMedicalAssistantShare);
    c.put("delegable_share", delegableShare);
    put(c, "needs_oncologist_share", needsOncologistShare);
    put(c, "under_triaged_share", underTriagedShare);
    c.put("billable_likely", billableLikely);
    put(c, "billable_found", billableFound);
    put(c, "billable_value", billableValue);
    put(c, "billable_true", billableTrue);
    c.put("billable_value_per_year", billableValuePerYear);
    put(c, "avoided_copay", avoidedCopay);
    c.put("currency", currency);
    c.put("urgent_flagged_share", urgentFlaggedShare);
    put(c, "urgent_share", urgentShare);
    c.put("with_intervals", withIntervals);
    return c;
  }

  private static void put(Map<String, Object> c, String name, Estimate e) {
    c.put(name, e == null ? null : e.point());
    c.put(name + "_low", e == null ? null : e.low());
    c.put(name + "_high", e == null ? null : e.high());
  }
}
