package org.oncotriage.decision;

import java.util.Objects;
import org.oncotriage.conversation.Responder;
import org.oncotriage.triage.ResponderProbabilities;

/**
 * The one place that turns probabilities into a route. The route starts at the most likely level
 * and only goes up: to an oncologist when P(oncologist) reaches {@link
 * DecisionThresholds#oncologist()} or the conversation is urgent; else to at least a nurse when
 * P(nurse or oncologist) reaches {@link DecisionThresholds#nurse()}. Immutable and thread-safe.
 */
public final class DecisionPolicy {

  private final DecisionThresholds thresholds;

  public DecisionPolicy(DecisionThresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
  }

  DecisionThresholds thresholds() {
    return thresholds;
  }

  /**
   * The route of a conversation.
   *
   * @param probabilities the model's responder probabilities
   * @param urgent whether the model or the red-flag rules flagged it urgent
   */
  public Responder route(ResponderProbabilities probabilities, boolean urgent) {
    Responder route = probabilities.mostLikely();
    if (urgent || probabilities.oncologist() >= thresholds.oncologist()) {
      return Responder.ONCOLOGIST;
    }
    if (probabilities.atLeast(Responder.NURSE) >= thresholds.nurse()) {
      route = Responder.max(route, Responder.NURSE);
    }
    return route;
  }

  /** Whether the model alone flags urgent. */
  public boolean modelUrgent(double urgentProbability) {
    return urgentProbability >= thresholds.urgent();
  }

  /** Whether the conversation is likely billable. */
  public boolean billableLikely(double billableProbability) {
    return billableProbability >= thresholds.billable();
  }
}
