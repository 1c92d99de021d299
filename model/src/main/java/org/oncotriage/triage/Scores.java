package org.oncotriage.triage;

import java.util.Objects;

/**
 * A model's probabilities for one conversation, before any threshold: the one score value that
 * engines, the lexical companion, the blend, threshold selection and validation pass around. The
 * decisions made on it are in {@link TriageResult}. Immutable.
 *
 * <p>The responder probabilities are stored as the scorer produced them: a network's softmax sums
 * to 1 only up to float rounding, and {@link #normalized()} divides that out once, where decisions
 * are made.
 *
 * @param responder the probability of each responder level
 * @param billable probability that the conversation is billable, in [0, 1]
 * @param urgent probability that it reports a present red flag, in [0, 1]; NaN from a scorer that
 *     has no urgent head (the lexical model: {@link #withoutUrgent})
 */
public record Scores(ResponderProbabilities responder, double billable, double urgent) {

  public Scores {
    Objects.requireNonNull(responder, "responder");
  }

  /** Scores of a model without an urgent head: {@link #urgent()} is NaN. */
  public static Scores withoutUrgent(ResponderProbabilities responder, double billable) {
    return new Scores(responder, billable, Double.NaN);
  }

  /** Whether the scorer had an urgent head. */
  boolean hasUrgent() {
    return !Double.isNaN(urgent);
  }

  /** These scores with the responder probabilities {@link ResponderProbabilities#normalized()}. */
  public Scores normalized() {
    return new Scores(responder.normalized(), billable, urgent);
  }
}
