package org.oncotriage.evaluation;

import org.oncotriage.evaluation.workload.WorkloadAssumptions;

/**
 * How an evaluation is run.
 *
 * @param batchSize conversations per {@code Triager.triageBatch} call
 * @param bootstrapResamples resamples for the confidence intervals
 * @param seed seed of the bootstrap
 * @param calibrationBins equal-width bins for the ECE and reliability diagrams
 * @param showText keep the patient text of missed urgent conversations for the report
 * @param workload the practice the workload figures are scaled to
 */
public record EvaluationSettings(
    int batchSize,
    int bootstrapResamples,
    long seed,
    int calibrationBins,
    boolean showText,
    WorkloadAssumptions workload) {

  /** Batches of 64, 1,000 resamples, seed 42, 10 bins, no text, KPNC workload. */
  public static final EvaluationSettings DEFAULTS =
      new EvaluationSettings(64, 1000, 42L, 10, false, WorkloadAssumptions.KPNC_DEFAULTS);

  public EvaluationSettings {
    if (batchSize < 1 || bootstrapResamples < 1 || calibrationBins < 1) {
      throw new IllegalArgumentException(
          "batchSize, bootstrapResamples and calibrationBins must be >= 1, received "
              + batchSize
              + ", "
              + bootstrapResamples
              + ", "
              + calibrationBins);
    }
  }
}
