package org.oncotriage.evaluation;

import java.util.List;
import java.util.Map;
import org.oncotriage.metrics.BinaryMetrics.ReliabilityBin;

/**
 * The urgent red flag against the labels.
 *
 * @param labeledUrgent conversations labeled urgent
 * @param flagged conversations the model flagged
 * @param truePositives flagged and labeled urgent
 * @param recall truePositives / labeledUrgent (sensitivity: what safety depends on)
 * @param precision truePositives / flagged
 * @param probabilityAuroc AUROC of {@code urgent.probability}
 * @param brier Brier score of {@code urgent.probability}
 * @param reliability reliability bins of {@code urgent.probability}
 * @param missedIds ids of urgent conversations not flagged, in file order
 * @param missedText their patient text by id; empty unless {@code --show-text}
 */
public record UrgentReport(
    long labeledUrgent,
    long flagged,
    long truePositives,
    double recall,
    double precision,
    double probabilityAuroc,
    double brier,
    List<ReliabilityBin> reliability,
    List<String> missedIds,
    Map<String, String> missedText) {

  public UrgentReport {
    reliability = List.copyOf(reliability);
    missedIds = List.copyOf(missedIds);
    missedText = Map.copyOf(missedText);
  }
}
