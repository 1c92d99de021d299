package org.oncotriage.evaluation.workload;

import java.util.Objects;

/**
 * What routing would mean for a practice, from shares measured on the evaluation data scaled to the
 * {@link WorkloadAssumptions}. Assumes that without routing every conversation reaches an oncology
 * provider's queue, and that the evaluation data's mix is the practice's mix.
 *
 * @param assumptions the practice
 * @param perProviderPerDayBefore conversations per provider per working day without routing: annual
 *     / providers / working days
 * @param routedToOncologistShare share of conversations the model routes to the oncologist
 * @param perProviderPerDayAfter oncologist conversations per provider per working day with routing:
 *     annual x routed share / providers / working days
 * @param labeledOncologistShare share labeled as needing the oncologist (the ideal routing)
 * @param perProviderPerDayIdeal the same with perfect routing
 * @param underTriagedPerDay conversations a working day (whole practice) routed below their label
 * @param billableFoundShare share that the model calls likely billable and that is labeled billable
 * @param billableFoundPerYear annual x billableFoundShare
 * @param billableValuePerYear billableFoundPerYear x reimbursement, in the assumptions' currency
 * @param labeledBillablePerYear annual x labeled billable share (what perfect detection finds)
 */
public record WorkloadEstimate(
    WorkloadAssumptions assumptions,
    double perProviderPerDayBefore,
    double routedToOncologistShare,
    double perProviderPerDayAfter,
    double labeledOncologistShare,
    double perProviderPerDayIdeal,
    double underTriagedPerDay,
    double billableFoundShare,
    double billableFoundPerYear,
    double billableValuePerYear,
    double labeledBillablePerYear) {

  /**
   * Scales measured shares to the practice.
   *
   * @param routedToOncologistShare measured share routed to the oncologist
   * @param labeledOncologistShare measured share labeled oncologist
   * @param underTriageRate measured route under-triage rate
   * @param billableFoundShare measured share likely and labeled billable
   * @param labeledBillableShare measured share labeled billable
   */
  public static WorkloadEstimate of(
      WorkloadAssumptions a,
      double routedToOncologistShare,
      double labeledOncologistShare,
      double underTriageRate,
      double billableFoundShare,
      double labeledBillableShare) {
    Objects.requireNonNull(a, "assumptions");
    double perProviderDays = (double) a.providers() * a.workingDaysPerYear();
    double annual = a.annualConversations();
    double found = annual * billableFoundShare;
    return new WorkloadEstimate(
        a,
        annual / perProviderDays,
        routedToOncologistShare,
        annual * routedToOncologistShare / perProviderDays,
        labeledOncologistShare,
        annual * labeledOncologistShare / perProviderDays,
        annual * underTriageRate / a.workingDaysPerYear(),
        billableFoundShare,
        found,
        found * a.reimbursementPerBillable(),
        annual * labeledBillableShare);
  }
}
