package org.oncotriage.policy;

import java.util.Objects;
import org.oncotriage.conversation.Responder;

/**
 * One need found in a conversation (a request, a symptom, a question), as the labeling policy
 * grades it. A conversation's labels follow from all of its needs through {@link
 * LabelPolicy#decide}.
 *
 * @param level the lowest role that can meet this need
 * @param billable whether meeting it is evaluation and management that qualifies for online E/M
 * @param urgent whether it is a present red-flag symptom
 */
public record Need(Responder level, boolean billable, boolean urgent) {

  public Need {
    Objects.requireNonNull(level, "level");
  }

  public static Need administrative() {
    return new Need(Responder.MEDICAL_ASSISTANT, false, false);
  }

  public static Need nursing() {
    return new Need(Responder.NURSE, false, false);
  }

  /** Needs an oncologist's decision; {@code billable} when it is a new evaluation with a plan. */
  public static Need medical(boolean billable) {
    return new Need(Responder.ONCOLOGIST, billable, false);
  }

  public static Need redFlag() {
    return new Need(Responder.ONCOLOGIST, false, true);
  }
}
