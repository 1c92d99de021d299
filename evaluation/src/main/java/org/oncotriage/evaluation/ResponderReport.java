package org.oncotriage.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncotriage.conversation.Responder;
import org.oncotriage.metrics.ConfusionMatrix;
import org.oncotriage.metrics.ConfusionMetrics;

/**
 * Responder metrics of one prediction target ({@code responder.level} or {@code route}) against the
 * labeled responder.
 *
 * @param target {@code "level"} or {@code "route"}
 * @param confusion rows truth, columns prediction, classes in {@link Responder} order
 * @param perClass precision, recall and F1 by wire name
 * @param underTriageRate share predicted below the labeled level
 * @param overTriageRate share predicted above the labeled level
 * @param delegationRate share predicted away from the oncologist (nurse or medical assistant)
 * @param labeledDelegationRate share labeled as not needing an oncologist
 */
public record ResponderReport(
    String target,
    @JsonIgnore ConfusionMatrix confusion,
    double accuracy,
    Map<String, ClassScores> perClass,
    double macroF1,
    double cohensKappa,
    double underTriageRate,
    double overTriageRate,
    double delegationRate,
    double labeledDelegationRate) {

  /** Precision, recall and F1 of one class, with its labeled count (support). */
  public record ClassScores(double precision, double recall, double f1, long support) {}

  public ResponderReport {
    perClass = Map.copyOf(perClass);
    confusion = confusion.copy();
  }

  /** Computes every figure from a confusion matrix over responder levels. */
  public static ResponderReport of(String target, ConfusionMatrix m) {
    Map<String, ClassScores> perClass = new LinkedHashMap<>();
    for (int k = 0; k < m.size(); k++) {
      perClass.put(
          m.labels().get(k),
          new ClassScores(
              ConfusionMetrics.precision(m, k),
              ConfusionMetrics.recall(m, k),
              ConfusionMetrics.f1(m, k),
              m.truthTotal(k)));
    }
    int oncologist = Responder.ONCOLOGIST.ordinal();
    return new ResponderReport(
        target,
        m,
        ConfusionMetrics.accuracy(m),
        perClass,
        ConfusionMetrics.macroF1(m),
        ConfusionMetrics.cohensKappa(m),
        ConfusionMetrics.belowTruthRate(m),
        ConfusionMetrics.aboveTruthRate(m),
        ConfusionMetrics.predictedShareOutside(m, oncologist),
        ConfusionMetrics.truthShareOutside(m, oncologist));
  }

  /** The confusion matrix for JSON: rows truth, columns prediction. */
  @JsonProperty("confusion_matrix")
  public Map<String, Object> confusionForJson() {
    return Map.of(
        "rows",
        "truth",
        "columns",
        "prediction",
        "labels",
        labels(),
        "counts",
        confusion.toArray());
  }

  /** Over- and under-call rates per pair (truth -> predicted) and per labeled level. */
  @JsonProperty("call_rates")
  public CallRates callRates() {
    return CallRates.of(confusion);
  }

  @JsonIgnore
  public List<String> labels() {
    return confusion.labels();
  }
}
