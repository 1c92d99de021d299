package org.oncotriage.server.batching;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link WorkLoadManager} forms model batches, after DJL Serving's {@code batch_size} and
 * {@code max_batch_delay}.
 *
 * @param maxBatchSize the most conversations in one call of {@code Triager.triageBatch}; 1 turns
 *     batching off
 * @param maxBatchDelay how long a worker that holds fewer than {@code maxBatchSize} conversations
 *     waits for more before it runs the batch; zero runs whatever is queued at once
 * @param queueCapacity the most conversations waiting (not yet taken by a worker); a submission
 *     that does not fit is refused at once
 * @param workers worker threads, each running one batch at a time
 */
public record BatchingConfig(
    int maxBatchSize, Duration maxBatchDelay, int queueCapacity, int workers) {

  public BatchingConfig {
    if (maxBatchSize < 1) {
      throw new IllegalArgumentException("maxBatchSize must be >= 1, received " + maxBatchSize);
    }
    Objects.requireNonNull(maxBatchDelay, "maxBatchDelay");
    if (maxBatchDelay.isNegative()) {
      throw new IllegalArgumentException("maxBatchDelay must not be negative: " + maxBatchDelay);
    }
    if (queueCapacity < 1) {
      throw new IllegalArgumentException("queueCapacity must be >= 1, received " + queueCapacity);
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be >= 1, received " + workers);
    }
  }
}
