package org.oncotriage.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;
import org.oncotriage.triage.TriageResult;

/**
 * The quality figures the project tracks, from predictions and labels: responder macro-F1 and
 * accuracy (of the model's most likely level), under- and over-triage rates (of the route: share of
 * all conversations whose true level is above, or below, the route), urgent recall and precision
 * (of the urgent flag), and billable AUROC (of the billable probability). Stateless.
 */
public final class TriageMetrics {

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

  private TriageMetrics() {}

  /** The figures by name, in a fixed order. */
  public static Map<String, Double> of(List<Row> rows) {
    Map<String, Double> m = new LinkedHashMap<>();
    int n = rows.size();
    m.put("conversations", (double) n);
    if (n == 0) {
      return m;
    }
    double f1Sum = 0;
    int correct = 0;
    for (Responder r : Responder.values()) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (Row row : rows) {
        boolean predicted = row.level() == r;
        boolean actual = row.truth().responder() == r;
        if (predicted && actual) {
          tp++;
        } else if (predicted) {
          fp++;
        } else if (actual) {
          fn++;
        }
      }
      f1Sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      correct += tp;
    }
    m.put("responder_macro_f1", f1Sum / Responder.values().length);
    m.put("responder_accuracy", (double) correct / n);
    long under = rows.stream().filter(r -> r.truth().responder().isAbove(r.route())).count();
    long over = rows.stream().filter(r -> r.route().isAbove(r.truth().responder())).count();
    m.put("under_triage_rate", (double) under / n);
    m.put("over_triage_rate", (double) over / n);
    long urgentTrue = rows.stream().filter(r -> r.truth().urgent()).count();
    long urgentFound = rows.stream().filter(r -> r.truth().urgent() && r.urgentFlag()).count();
    long urgentFlagged = rows.stream().filter(Row::urgentFlag).count();
    m.put("urgent_recall", urgentTrue == 0 ? Double.NaN : (double) urgentFound / urgentTrue);
    m.put(
        "urgent_precision", urgentFlagged == 0 ? Double.NaN : (double) urgentFound / urgentFlagged);
    m.put("billable_auroc", auroc(rows));
    return m;
  }

  /** Area under the ROC curve of the billable probability (ties count half); NaN without both. */
  static double auroc(List<Row> rows) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingDouble(Row::billableProbability));
    long positives = rows.stream().filter(r -> r.truth().billable()).count();
    long negatives = rows.size() - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    // Mann-Whitney U with mid-ranks.
    double rankSum = 0;
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size()
          && sorted.get(j + 1).billableProbability() == sorted.get(i).billableProbability()) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (sorted.get(k).truth().billable()) {
          rankSum += midRank;
        }
      }
      i = j + 1;
    }
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }
}
