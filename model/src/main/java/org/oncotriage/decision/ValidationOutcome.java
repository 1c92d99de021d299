package org.oncotriage.decision;

import java.util.Objects;
import org.oncotriage.conversation.Labels;
import org.oncotriage.triage.Scores;

/**
 * One validation conversation: what the model said and what the labels say.
 *
 * @param scores the model's probabilities
 * @param truth the labels
 */
public record ValidationOutcome(Scores scores, Labels truth) {

  public ValidationOutcome {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(truth, "truth");
  }
}
