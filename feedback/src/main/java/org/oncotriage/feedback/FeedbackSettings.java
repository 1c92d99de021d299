package org.oncotriage.feedback;

import java.time.Duration;
import java.util.Objects;

/**
 * How feedback is kept.
 *
 * @param window how long the service remembers what it answered for a conversation id; feedback for
 *     an id triaged longer ago is refused
 * @param storeText whether a conversation sent with feedback is stored (encrypted); off by default
 * @param textRetention how long stored text is kept before it is purged
 * @param memoryCapacity triage records that may wait for the database writer; more are dropped
 * @param memoryBatchSize the most triage records written in one transaction
 */
public record FeedbackSettings(
    Duration window,
    boolean storeText,
    Duration textRetention,
    int memoryCapacity,
    int memoryBatchSize) {

  public FeedbackSettings {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(textRetention, "textRetention");
    if (window.isNegative() || window.isZero() || textRetention.isNegative()) {
      throw new IllegalArgumentException(
          "the feedback window must be positive and the text retention not negative");
    }
    if (memoryCapacity < 1 || memoryBatchSize < 1) {
      throw new IllegalArgumentException("memory capacity and batch size must be positive");
    }
  }
}
