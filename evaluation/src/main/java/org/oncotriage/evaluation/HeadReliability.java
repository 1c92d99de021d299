package org.oncotriage.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oncotriage.conversation.Responder;
import org.oncotriage.metrics.BinaryMetrics;
import org.oncotriage.metrics.BinaryMetrics.ReliabilityBin;

/**
 * How well one probability the model serves matches what was observed on the evaluated data:
 * equal-width bins of the probability, each with its count, mean probability and observed rate, and
 * the expected calibration error over them ({@link BinaryMetrics#reliability}, {@link
 * BinaryMetrics#expectedCalibrationError}). A responder level is read one against the rest: its
 * probability against "the labeled responder is this level".
 *
 * @param head the head, e.g. {@code billable}, {@code urgent}, {@code responder.nurse}
 * @param probability the triage result's field that is binned, e.g. {@code
 *     responder.probabilities.nurse}
 * @param observed what counts as observed, e.g. {@code labeled responder = nurse}
 * @param bins the bins, lowest first; their counts sum to the conversations evaluated
 * @param expectedCalibrationError sum over bins of count / total x |mean probability - observed
 *     rate| ({@code NaN} on no data)
 */
public record HeadReliability(
    String head,
    String probability,
    String observed,
    List<ReliabilityBin> bins,
    double expectedCalibrationError) {

  public HeadReliability {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(observed, "observed");
    bins = List.copyOf(bins);
  }

  /** One head's reliability over {@code bins} equal-width bins. */
  public static HeadReliability of(
      String head,
      String probability,
      String observed,
      double[] scores,
      boolean[] truth,
      int bins) {
    return new HeadReliability(
        head,
        probability,
        observed,
        BinaryMetrics.reliability(scores, truth, bins),
        BinaryMetrics.expectedCalibrationError(scores, truth, bins));
  }

  /**
   * Every head of {@code outcomes}: billable, urgent, then each responder level in {@link
   * Responder} order.
   */
  public static List<HeadReliability> of(Outcomes outcomes, int bins) {
    List<HeadReliability> out = new ArrayList<>();
    out.add(
        of(
            "billable",
            "billable.probability",
            "labeled billable",
            outcomes.billableScore(),
            outcomes.billableTruth(),
            bins));
    out.add(
        of(
            "urgent",
            "urgent.probability",
            "labeled urgent",
            outcomes.urgentScore(),
            outcomes.urgentTruth(),
            bins));
    for (Responder level : Responder.values()) {
      out.add(
          of(
              "responder." + level.wireName(),
              "responder.probabilities." + level.wireName(),
              "labeled responder = " + level.wireName(),
              outcomes.responderScore(level),
              outcomes.responderTruth(level),
              bins));
    }
    return out;
  }
}
