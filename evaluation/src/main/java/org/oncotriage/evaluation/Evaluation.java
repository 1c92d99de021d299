package org.oncotriage.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oncotriage.evaluation.workload.WorkloadEstimate;
import org.oncotriage.metrics.Bootstrap.Interval;
import org.oncotriage.metrics.LabelMetric;
import org.oncotriage.metrics.ScoreMetric;
import org.oncotriage.triage.ModelDescription;

/**
 * An immutable evaluation of one model on one labeled dataset: the provenance of both, every
 * metric, bootstrap intervals of the headline figures and the workload estimate.
 *
 * @param model what the model says about itself, provenance included
 * @param data the data file's path, SHA-256 and line count
 * @param conversations conversations scored
 * @param settings how the evaluation was run
 * @param level the model's most likely responder level against the label
 * @param route the route (after policy and safety layer) against the label: what safety depends on
 * @param urgent the urgent flag
 * @param billable the billable probability
 * @param reliability reliability bins and ECE of each probability head (billable, urgent, each
 *     responder level one against the rest), in {@link HeadReliability#of(Outcomes, int)} order
 * @param intervals bootstrap intervals of the headline figures, by metric name
 * @param workload the figures scaled to a practice
 * @param createdAt when the evaluation finished (ISO-8601 UTC)
 */
public record Evaluation(
    ModelDescription model,
    DataProvenance data,
    long conversations,
    EvaluationSettings settings,
    ResponderReport level,
    ResponderReport route,
    UrgentReport urgent,
    BillableReport billable,
    List<HeadReliability> reliability,
    Map<String, Interval> intervals,
    WorkloadEstimate workload,
    String createdAt) {

  /** Names of the headline figures in {@link #intervals()}. */
  public static final String ROUTE_ACCURACY = LabelMetric.ACCURACY.key("route");

  public static final String LEVEL_MACRO_F1 = LabelMetric.MACRO_F1.key("level");
  public static final String ROUTE_UNDER_TRIAGE = LabelMetric.UNDER_TRIAGE_RATE.key("route");
  public static final String URGENT_RECALL = LabelMetric.RECALL.key("urgent");
  public static final String BILLABLE_AUROC = ScoreMetric.AUROC.key("billable");

  public Evaluation {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(urgent, "urgent");
    Objects.requireNonNull(billable, "billable");
    reliability = List.copyOf(reliability);
    intervals = Map.copyOf(intervals);
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
