package org.oncotriage.calibration;

import java.util.Objects;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.Scores;

/**
 * How a model's heads turn into the probabilities it serves, fitted on a practice's labeled
 * conversations by the {@code adapt} command: the responder distribution and the billable
 * probability pool the network's and the lexical model's (sources in that order; the network's
 * alone for a model without a lexical part), and the urgent probability is the network's head under
 * Platt scaling. Stored as {@code calibration.json} in the model directory. Immutable and
 * thread-safe.
 *
 * @param responder the responder map: {@link SoftmaxPool} over the sources' distributions
 * @param billable the billable map: {@link LogitPool} over the sources' probabilities
 * @param urgent the urgent map: {@link LogitPool} over the network's head alone
 * @param fittedOn what the maps were fitted on, in words (data name, SHA-256, size)
 */
public record Calibration(
    SoftmaxPool responder, LogitPool billable, LogitPool urgent, String fittedOn) {

  /** How the maps are named in provenance and {@code GET /v1/model}. */
  public static final String METHOD =
      "logarithmic opinion pool of the network and lexical heads (multinomial for the responder,"
          + " binary for billable), Platt scaling for urgent; maximum likelihood with a light"
          + " ridge";

  public Calibration {
    Objects.requireNonNull(responder, "responder");
    Objects.requireNonNull(billable, "billable");
    Objects.requireNonNull(urgent, "urgent");
    Objects.requireNonNull(fittedOn, "fittedOn");
    if (responder.weights().length != billable.weights().length) {
      throw new IllegalArgumentException(
          "responder and billable must pool the same sources, received "
              + responder.weights().length
              + " and "
              + billable.weights().length);
    }
    if (urgent.weights().length != 1) {
      throw new IllegalArgumentException(
          "urgent is calibrated from the network's head alone, received "
              + urgent.weights().length
              + " sources");
    }
  }

  /**
   * The served scores.
   *
   * @param network the network's heads
   * @param lexical the lexical model's; null exactly when this calibration pools one source
   * @throws IllegalArgumentException when {@code lexical} is null and two sources are pooled, or
   *     the other way round
   */
  public Scores apply(Scores network, Scores lexical) {
    Objects.requireNonNull(network, "network");
    if ((lexical != null) != (sources() == 2)) {
      throw new IllegalArgumentException(
          "this calibration pools "
              + sources()
              + " sources; lexical scores given: "
              + (lexical != null));
    }
    double[] responderProbabilities =
        lexical == null
            ? responder.apply(network.responder().toOrdinalArray())
            : responder.apply(
                network.responder().toOrdinalArray(), lexical.responder().toOrdinalArray());
    double billableProbability =
        lexical == null
            ? billable.apply(network.billable())
            : billable.apply(network.billable(), lexical.billable());
    return new Scores(
        ResponderProbabilities.fromOrdinalArray(responderProbabilities),
        billableProbability,
        urgent.apply(network.urgent()));
  }

  /** How many sources the responder and billable maps pool: 2 with a lexical part, else 1. */
  public int sources() {
    return responder.weights().length;
  }
}
