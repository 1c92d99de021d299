package org.oncotriage.decision;

import java.util.Objects;
import org.oncotriage.conversation.Labels;
import org.oncotriage.triage.ResponderProbabilities;

/**
 * One validation conversation: what the model said and what the labels say.
 *
 * @param probabilities the model's responder probabilities
 * @param billable the model's billable probability
 * @param urgent the model's urgent probability
 * @param truth the labels
 */
public record ValidationOutcome(
    ResponderProbabilities probabilities, double billable, double urgent, Labels truth) {

  public ValidationOutcome {
    Objects.requireNonNull(probabilities, "probabilities");
    Objects.requireNonNull(truth, "truth");
  }
}
