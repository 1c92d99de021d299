package org.oncotriage.server.batching;

import java.time.Duration;

/**
 * Hears what the {@link WorkLoadManager} does, for metrics. Called from worker threads; must be
 * thread-safe and fast. Never receives conversation content.
 */
public interface WorkLoadListener {

  /** A listener that ignores everything. */
  WorkLoadListener NONE = new WorkLoadListener() {};

  /**
   * A batch has run.
   *
   * @param size conversations in the batch
   * @param duration time spent in {@code triageBatch}
   * @param failed whether the triager threw
   */
  default void batchCompleted(int size, Duration duration, boolean failed) {}

  /**
   * A conversation has left the queue for a batch.
   *
   * @param waited time between its submission and the start of its batch
   */
  default void queueWaited(Duration waited) {}

  /** A submission was refused because the queue was full. */
  default void rejected(int conversations) {}
}
