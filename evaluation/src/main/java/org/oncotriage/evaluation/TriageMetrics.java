package org.oncotriage.evaluation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;
import org.oncotriage.metrics.BinaryMetrics;
import org.oncotriage.metrics.ConfusionMatrix;
import org.oncotriage.metrics.LabelMetric;
import org.oncotriage.metrics.ScoreMetric;
import org.oncotriage.triage.TriageResult;

/**
 * The quality figures the project tracks, from predictions and labels: responder macro-F1 and
 * accuracy (of the model's most likely level), under- and over-triage rates (of the route: share of
 * all conversations whose true level is above, or below, the route), urgent recall and precision
 * (of the urgent flag), and billable AUROC (of the billable probability). The definitions are those
 * of {@link org.oncotriage.metrics}, the same the evaluation report uses. Stateless.
 */
public final class TriageMetrics {

  /** The key of the number of conversations. */
  private static final String CONVERSATIONS = "conversations";

  private static final String RESPONDER = "responder";
  private static final String URGENT = "urgent";
  private static final String BILLABLE = "billable";

  /**
   * One scored conversation.
   *
   * @param level the model's most likely level
   * @param route the routed level
   * @param urgentFlag the urgent decision
   * @param billableProbability the billable probability
   * @param truth the labels
   */
  public record Row(
      Responder level,
      Responder route,
      boolean urgentFlag,
      double billableProbability,
      Labels truth) {

    /** A row from a triage result. */
    public static Row of(TriageResult result, Labels truth) {
      return new Row(
          result.responder().level(),
          result.route(),
          result.urgent().flag(),
          result.billable().probability(),
          truth);
    }
  }

  private static final List<String> RESPONDER_LABELS =
      Arrays.stream(Responder.values()).map(Responder::wireName).toList();

  private TriageMetrics() {}

  /**
   * The figures by name, in a fixed order: {@code conversations}, then the {@link LabelMetric} and
   * {@link ScoreMetric} figures keyed by target ({@code responder_macro_f1}, {@code
   * responder_accuracy}, {@code under_triage_rate}, {@code over_triage_rate}, {@code
   * urgent_recall}, {@code urgent_precision}, {@code billable_auroc}); only {@code conversations}
   * when {@code rows} is empty.
   */
  public static Map<String, Double> of(List<Row> rows) {
    Map<String, Double> m = new LinkedHashMap<>();
    int n = rows.size();
    m.put(CONVERSATIONS, (double) n);
    if (n == 0) {
      return m;
    }
    ConfusionMatrix level = new ConfusionMatrix(RESPONDER_LABELS);
    ConfusionMatrix route = new ConfusionMatrix(RESPONDER_LABELS);
    boolean[] urgentFlag = new boolean[n];
    boolean[] urgentTruth = new boolean[n];
    for (int i = 0; i < n; i++) {
      Row row = rows.get(i);
      int truth = row.truth().responder().ordinal();
      level.add(truth, row.level().ordinal());
      route.add(truth, row.route().ordinal());
      urgentFlag[i] = row.urgentFlag();
      urgentTruth[i] = row.truth().urgent();
    }
    ConfusionMatrix urgent = BinaryMetrics.decisions(urgentFlag, urgentTruth);
    m.put(LabelMetric.MACRO_F1.key(RESPONDER), LabelMetric.MACRO_F1.compute(level));
    m.put(LabelMetric.ACCURACY.key(RESPONDER), LabelMetric.ACCURACY.compute(level));
    m.put(LabelMetric.UNDER_TRIAGE_RATE.key(), LabelMetric.UNDER_TRIAGE_RATE.compute(route));
    m.put(LabelMetric.OVER_TRIAGE_RATE.key(), LabelMetric.OVER_TRIAGE_RATE.compute(route));
    m.put(
        LabelMetric.RECALL.key(URGENT), LabelMetric.RECALL.compute(urgent, BinaryMetrics.POSITIVE));
    m.put(
        LabelMetric.PRECISION.key(URGENT),
        LabelMetric.PRECISION.compute(urgent, BinaryMetrics.POSITIVE));
    m.put(ScoreMetric.AUROC.key(BILLABLE), auroc(rows));
    return m;
  }

  /** {@link ScoreMetric#AUROC} of the billable probability against the billable label. */
  static double auroc(List<Row> rows) {
    double[] scores = new double[rows.size()];
    boolean[] truth = new boolean[rows.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = rows.get(i).billableProbability();
      truth[i] = rows.get(i).truth().billable();
    }
    return ScoreMetric.AUROC.compute(scores, truth);
  }
}
