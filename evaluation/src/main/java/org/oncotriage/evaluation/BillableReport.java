package org.oncotriage.evaluation;

import java.util.List;
import org.oncotriage.metrics.BinaryMetrics.CurvePoint;
import org.oncotriage.metrics.BinaryMetrics.ReliabilityBin;
import org.oncotriage.metrics.BinaryMetrics.ThresholdRow;

/**
 * {@code billable.probability} against the billable label.
 *
 * @param labeledBillable conversations labeled billable
 * @param flaggedLikely conversations with {@code billable.likely} (the model's stored threshold)
 * @param truePositives likely and labeled billable
 * @param auroc rank (Mann-Whitney) AUROC, ties counted one half
 * @param auprc average precision
 * @param brier mean squared error of the probability
 * @param calibrationBins number of equal-width bins for the ECE and the reliability diagram
 * @param expectedCalibrationError ECE over {@code calibrationBins} equal-width bins
 * @param reliability the bins
 * @param thresholds precision and recall at fixed thresholds
 * @param roc ROC curve (thinned to at most a few hundred points)
 * @param precisionRecall precision-recall curve (thinned likewise)
 */
public record BillableReport(
    long labeledBillable,
    long flaggedLikely,
    long truePositives,
    double auroc,
    double auprc,
    double brier,
    int calibrationBins,
    double expectedCalibrationError,
    List<ReliabilityBin> reliability,
    List<ThresholdRow> thresholds,
    List<CurvePoint> roc,
    List<CurvePoint> precisionRecall) {

  public BillableReport {
    reliability = List.copyOf(reliability);
    thresholds = List.copyOf(thresholds);
    roc = List.copyOf(roc);
    precisionRecall = List.copyOf(precisionRecall);
  }
}
