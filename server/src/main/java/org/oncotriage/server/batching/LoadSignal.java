package org.oncotriage.server.batching;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether more conversations are on their way, for the adaptive batch delay: some are being
 * prepared by submitters (counted until all of a submission is queued), or the last batch held more
 * than one (the manager is under load). Thread-safe.
 */
final class LoadSignal {

  private final AtomicInteger preparing = new AtomicInteger();
  private volatile int lastBatchSize;

  /** {@code conversations} are being prepared and will be queued. */
  void preparing(int conversations) {
    preparing.addAndGet(conversations);
  }

  /** {@code conversations} counted by {@link #preparing} are queued, or will never be. */
  void prepared(int conversations) {
    preparing.addAndGet(-conversations);
  }

  /** A batch of {@code size} conversations is about to run. */
  void batchStarted(int size) {
    lastBatchSize = size;
  }

  /**
   * Whether waiting may fill a batch: a conversation is being prepared, or the last batch held more
   * than one.
   */
  boolean moreExpected() {
    return preparing.get() > 0 || lastBatchSize > 1;
  }
}
