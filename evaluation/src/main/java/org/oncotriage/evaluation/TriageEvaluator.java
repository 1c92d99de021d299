package org.oncotriage.evaluation;

import static org.oncotriage.metrics.ConfusionMetrics.ratio;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Responder;
import org.oncotriage.evaluation.workload.WorkloadEstimate;
import org.oncotriage.metrics.BinaryMetrics;
import org.oncotriage.metrics.BinaryMetrics.CurvePoint;
import org.oncotriage.metrics.Bootstrap;
import org.oncotriage.metrics.Bootstrap.Interval;
import org.oncotriage.metrics.ConfusionMatrix;
import org.oncotriage.metrics.ConfusionMetrics;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.TriageResult;

/**
 * Evaluates a {@link org.oncotriage.triage.Triager} on labeled conversations: responder level and
 * route, urgent flag, billable probability, reliability of every probability head, bootstrap
 * intervals and workload. Keeps only {@link Outcomes} (primitives per conversation). Not
 * thread-safe per evaluation; one instance may run evaluations one after another.
 */
public final class TriageEvaluator extends AbstractEvaluator<Outcomes, Evaluation> {

  /** Thresholds of the billable threshold table. */
  static final double[] THRESHOLDS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

  private static final int MAX_CURVE_POINTS = 400;

  private final EvaluationSettings settings;
  private final Clock clock;

  public TriageEvaluator(EvaluationSettings settings) {
    this(settings, Clock.systemUTC());
  }

  TriageEvaluator(EvaluationSettings settings, Clock clock) {
    super(settings.batchSize());
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  protected Outcomes newAccumulator() {
    return new Outcomes(settings.showText());
  }

  @Override
  protected void accumulate(Outcomes outcomes, Conversation conversation, TriageResult result) {
    outcomes.add(conversation, result);
  }

  @Override
  protected Evaluation createEvaluation(
      ModelDescription model, DataProvenance data, Outcomes outcomes) {
    int n = outcomes.size();
    int[] all = Bootstrap.identity(n);
    ResponderReport level = ResponderReport.of("level", outcomes.levelMatrix(all));
    ResponderReport route = ResponderReport.of("route", outcomes.routeMatrix(all));
    boolean[] urgentTruth = outcomes.urgentTruth();
    boolean[] urgentFlag = outcomes.urgentFlag();
    double[] urgentScore = outcomes.urgentScore();
    boolean[] billableTruth = outcomes.billableTruth();
    boolean[] billableLikely = outcomes.billableLikely();
    double[] billableScore = outcomes.billableScore();

    long[] urgentCounts = flagCounts(urgentTruth, urgentFlag, all);
    UrgentReport urgent =
        new UrgentReport(
            urgentCounts[0],
            urgentCounts[1],
            urgentCounts[2],
            ratio(urgentCounts[2], urgentCounts[0]),
            ratio(urgentCounts[2], urgentCounts[1]),
            BinaryMetrics.auroc(urgentScore, urgentTruth),
            BinaryMetrics.brier(urgentScore, urgentTruth),
            BinaryMetrics.reliability(urgentScore, urgentTruth, settings.calibrationBins()),
            outcomes.missedUrgentIds(),
            outcomes.missedUrgentText());

    long[] billableCounts = flagCounts(billableTruth, billableLikely, all);
    BillableReport billable =
        new BillableReport(
            billableCounts[0],
            billableCounts[1],
            billableCounts[2],
            BinaryMetrics.auroc(billableScore, billableTruth),
            BinaryMetrics.auprc(billableScore, billableTruth),
            BinaryMetrics.brier(billableScore, billableTruth),
            settings.calibrationBins(),
            BinaryMetrics.expectedCalibrationError(
                billableScore, billableTruth, settings.calibrationBins()),
            BinaryMetrics.reliability(billableScore, billableTruth, settings.calibrationBins()),
            BinaryMetrics.thresholdTable(billableScore, billableTruth, THRESHOLDS),
            thin(BinaryMetrics.rocCurve(billableScore, billableTruth)),
            thin(BinaryMetrics.precisionRecallCurve(billableScore, billableTruth)));

    Bootstrap bootstrap = new Bootstrap(settings.bootstrapResamples(), 0.95, settings.seed());
    Map<String, Interval> intervals = new LinkedHashMap<>();
    intervals.put(
        Evaluation.ROUTE_ACCURACY,
        bootstrap.interval(n, idx -> ConfusionMetrics.accuracy(outcomes.routeMatrix(idx))));
    intervals.put(
        Evaluation.LEVEL_MACRO_F1,
        bootstrap.interval(n, idx -> ConfusionMetrics.macroF1(outcomes.levelMatrix(idx))));
    intervals.put(
        Evaluation.ROUTE_UNDER_TRIAGE,
        bootstrap.interval(n, idx -> ConfusionMetrics.belowTruthRate(outcomes.routeMatrix(idx))));
    intervals.put(
        Evaluation.URGENT_RECALL,
        bootstrap.interval(
            n,
            idx -> {
              long[] c = flagCounts(urgentTruth, urgentFlag, idx);
              return ratio(c[2], c[0]);
            }));
    intervals.put(
        Evaluation.BILLABLE_AUROC,
        bootstrap.interval(
            n, idx -> BinaryMetrics.auroc(pick(billableScore, idx), pick(billableTruth, idx))));

    ConfusionMatrix routeMatrix = route.confusion();
    int oncologist = Responder.ONCOLOGIST.ordinal();
    WorkloadEstimate workload =
        WorkloadEstimate.of(
            settings.workload(),
            ratio(routeMatrix.predictedTotal(oncologist), n),
            ratio(routeMatrix.truthTotal(oncologist), n),
            route.underTriageRate(),
            ratio(billableCounts[2], n),
            ratio(billableCounts[0], n));
    return new Evaluation(
        model,
        data,
        n,
        settings,
        level,
        route,
        urgent,
        billable,
        HeadReliability.of(outcomes, settings.calibrationBins()),
        intervals,
        workload,
        clock.instant().toString());
  }

  /** {labeled positives, flagged, flagged and positive} over {@code indices}. */
  static long[] flagCounts(boolean[] truth, boolean[] flag, int[] indices) {
    long positives = 0;
    long flagged = 0;
    long both = 0;
    for (int i : indices) {
      positives += truth[i] ? 1 : 0;
      flagged += flag[i] ? 1 : 0;
      both += truth[i] && flag[i] ? 1 : 0;
    }
    return new long[] {positives, flagged, both};
  }

  private static double[] pick(double[] values, int[] indices) {
    double[] out = new double[indices.length];
    for (int i = 0; i < indices.length; i++) {
      out[i] = values[indices[i]];
    }
    return out;
  }

  private static boolean[] pick(boolean[] values, int[] indices) {
    boolean[] out = new boolean[indices.length];
    for (int i = 0; i < indices.length; i++) {
      out[i] = values[indices[i]];
    }
    return out;
  }

  private static List<CurvePoint> thin(List<CurvePoint> curve) {
    if (curve.size() <= MAX_CURVE_POINTS) {
      return curve;
    }
    int step = (int) Math.ceil((double) curve.size() / MAX_CURVE_POINTS);
    java.util.ArrayList<CurvePoint> out = new java.util.ArrayList<>();
    for (int i = 0; i < curve.size(); i += step) {
      out.add(curve.get(i));
    }
    if (!out.get(out.size() - 1).equals(curve.get(curve.size() - 1))) {
      out.add(curve.get(curve.size() - 1));
    }
    return out;
  }
}
