package org.oncotriage.server.batching;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link WorkLoadManager} forms model batches, after DJL Serving's {@code batch_size} and
 * {@code max_batch_delay}.
 *
 * @param maxBatchSize the most conversations in one model pass; 1 turns batching off: each
 *     conversation then runs on its caller's thread, with no queue and no worker
 * @param maxBatchDelay the longest a worker that holds fewer than {@code maxBatchSize}
 *     conversations waits for more before it runs the batch; zero runs whatever is queued at once
 * @param queueCapacity the most conversations waiting (not yet taken by a worker); with batching
 *     off, the most conversations in the model at once; a submission that does not fit is refused
 *     at once
 * @param workers worker threads, each running one batch at a time (unused with batching off)
 * @param adaptiveDelay whether a worker skips the wait when no other conversation is expected: none
 *     is being prepared and the previous batch held one conversation (the server is not under load)
 */
public record BatchingConfig(
    int maxBatchSize,
    Duration maxBatchDelay,
    int queueCapacity,
    int workers,
    boolean adaptiveDelay) {

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

  /** A fixed-delay configuration (no adaptive wait). */
  public BatchingConfig(int maxBatchSize, Duration maxBatchDelay, int queueCapacity, int workers) {
    this(maxBatchSize, maxBatchDelay, queueCapacity, workers, false);
  }

  /** Whether batching is off: each conversation runs alone on its caller's thread. */
  public boolean direct() {
    return maxBatchSize == 1;
  }
}
