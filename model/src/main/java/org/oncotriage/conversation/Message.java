package org.oncotriage.conversation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of a conversation.
 *
 * @param from who wrote it
 * @param sentAt when it was sent, or {@code null} when the source does not say
 * @param text its text; never blank
 */
public record Message(Sender from, Instant sentAt, String text) {

  public Message {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("message text must not be blank");
    }
  }

  /** A message without a timestamp. */
  public static Message of(Sender from, String text) {
    return new Message(from, null, text);
  }

  Optional<Instant> sentAtIfKnown() {
    return Optional.ofNullable(sentAt);
  }

  /** Never prints the text: it is patient health information. */
  @Override
  public String toString() {
    return "Message[from="
        + from.wireName()
        + ", sentAt="
        + sentAt
        + ", chars="
        + text.length()
        + "]";
  }
}
