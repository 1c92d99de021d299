package org.oncotriage.evaluation.workload;

/**
 * The practice that the workload figures are scaled to. Defaults follow the Kaiser Permanente
 * Northern California (KPNC) oncology patient-portal study: 334,053 conversations a year handled by
 * 132 oncology providers; the working days and the reimbursement are assumptions of ours, to be set
 * per practice.
 *
 * @param annualConversations patient-initiated portal conversations a year
 * @param providers oncology providers (physicians and advanced practice providers) who answer them
 * @param workingDaysPerYear clinic days a year over which the conversations arrive
 * @param reimbursementPerBillable payment per billed conversation (online digital E/M, CPT
 *     99421-99423), in {@code currency}; finite and not negative
 * @param currency ISO code of {@code reimbursementPerBillable}
 */
public record WorkloadAssumptions(
    long annualConversations,
    int providers,
    int workingDaysPerYear,
    double reimbursementPerBillable,
    String currency) {

  /** The KPNC study's volume and staffing, 250 working days, USD 25 per billed conversation. */
  public static final WorkloadAssumptions KPNC_DEFAULTS =
      new WorkloadAssumptions(334_053, 132, 250, 25.0, "USD");

  public WorkloadAssumptions {
    if (annualConversations < 0 || providers < 1 || workingDaysPerYear < 1) {
      throw new IllegalArgumentException(
          "workload needs annualConversations >= 0, providers >= 1 and workingDaysPerYear >= 1,"
              + " received annualConversations="
              + annualConversations
              + ", providers="
              + providers
              + ", workingDaysPerYear="
              + workingDaysPerYear);
    }
    if (!(reimbursementPerBillable >= 0 && Double.isFinite(reimbursementPerBillable))) {
      throw new IllegalArgumentException(
          "reimbursementPerBillable must be finite and >= 0, received " + reimbursementPerBillable);
    }
  }
}
