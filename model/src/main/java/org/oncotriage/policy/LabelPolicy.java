package org.oncotriage.policy;

import java.util.Collection;
import java.util.Optional;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;

/**
 * The hard rules of the labeling policy ({@code LABELING.md}), in the one place that the data
 * generator, the file validation and the decision policy share:
 *
 * <ul>
 *   <li>the most demanding need anywhere in the conversation decides;
 *   <li>an urgent conversation is {@code oncologist} and not billable (emergency care is billed
 *       instead);
 *   <li>a billable conversation is {@code oncologist}.
 * </ul>
 */
public final class LabelPolicy {

  private LabelPolicy() {}

  /**
   * The labels of a conversation whose needs are {@code needs}.
   *
   * @throws IllegalArgumentException when there is no need at all
   */
  public static Labels decide(Collection<Need> needs) {
    if (needs.isEmpty()) {
      throw new IllegalArgumentException("a conversation has at least one need");
    }
    Responder level = Responder.MEDICAL_ASSISTANT;
    boolean billable = false;
    boolean urgent = false;
    for (Need need : needs) {
      level = Responder.max(level, need.level());
      billable |= need.billable();
      urgent |= need.urgent();
    }
    return normalize(new Labels(level, billable, urgent));
  }

  /** Applies the implications of urgency and billability to a set of labels. */
  static Labels normalize(Labels labels) {
    boolean billable = labels.billable() && !labels.urgent();
    Responder level = labels.urgent() || billable ? Responder.ONCOLOGIST : labels.responder();
    return new Labels(level, billable, labels.urgent());
  }

  /** The first hard rule that {@code labels} breaks, in words; empty when it breaks none. */
  public static Optional<String> violation(Labels labels) {
    if (labels.urgent() && labels.billable()) {
      return Optional.of("an urgent conversation cannot be billable");
    }
    if (labels.urgent() && labels.responder() != Responder.ONCOLOGIST) {
      return Optional.of(
          "an urgent conversation needs responder oncologist, not "
              + labels.responder().wireName());
    }
    if (labels.billable() && labels.responder() != Responder.ONCOLOGIST) {
      return Optional.of(
          "a billable conversation needs responder oncologist, not "
              + labels.responder().wireName());
    }
    return Optional.empty();
  }
}
