package org.oncotriage.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A thread of the patient portal: started by a patient or a caregiver, or by the clinic (outreach,
 * a result release) and answered by them. The patient's and caregivers' messages are what is
 * triaged; the clinic's are context.
 *
 * @param id the caller's identifier
 * @param messages the messages in the order they were sent; at least one, and at least one from the
 *     patient or a caregiver
 * @param context facts beside the text; {@link ConversationContext#EMPTY} when none were given
 * @param labels the labels of labeled data, or {@code null} for a conversation to be scored
 */
public record Conversation(
    String id, List<Message> messages, ConversationContext context, Labels labels) {

  public Conversation {
    Objects.requireNonNull(id, "id");
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a conversation needs at least one message");
    }
    if (messages.stream().noneMatch(m -> m.from().isPatientSide())) {
      throw new IllegalArgumentException(
          "a conversation needs at least one message from the patient or a caregiver");
    }
    context = context == null ? ConversationContext.EMPTY : context;
  }

  /** An unlabeled conversation without context. */
  public static Conversation of(String id, List<Message> messages) {
    return new Conversation(id, messages, ConversationContext.EMPTY, null);
  }

  public Optional<Labels> labelsIfKnown() {
    return Optional.ofNullable(labels);
  }

  /** The same conversation with other labels. */
  public Conversation withLabels(Labels newLabels) {
    return new Conversation(id, messages, context, newLabels);
  }

  /** The same conversation without labels, as a portal would send it for scoring. */
  public Conversation unlabeled() {
    return new Conversation(id, messages, context, null);
  }

  /** Never prints message text: it is patient health information. */
  @Override
  public String toString() {
    return "Conversation[id=" + id + ", messages=" + messages.size() + ", labels=" + labels + "]";
  }
}
