package org.oncotriage.server.batching;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Forms batches from the work queue, after DJL Serving's {@code BatchAggregator}: a worker waits
 * for a first conversation ({@link #awaitFirst}), then {@link #fill} adds everything already
 * waiting up to {@code maxBatchSize} and waits at most {@code maxBatchDelay} for the rest; with the
 * adaptive delay it waits only while {@link LoadSignal#moreExpected()}, and stops waiting once the
 * manager stops accepting. It only takes items off the queue; their admission places are the
 * caller's to release. Thread-safe: any number of workers may call it at once, each with its own
 * batch list.
 */
final class BatchAggregator {

  /** How long {@link #awaitFirst} waits before it lets the worker check for shutdown. */
  private static final long IDLE_POLL_MILLIS = 50;

  /** How often an adaptive wait checks whether more work is still expected. */
  private static final long RECHECK_NANOS = 100_000;

  private final BatchingConfig config;
  private final BlockingQueue<WorkItem> queue;
  private final LoadSignal load;
  private final BooleanSupplier accepting;

  /**
   * @param config batch size, delay and whether the delay is adaptive
   * @param queue the queue that submitters fill
   * @param load whether more work is expected, for the adaptive delay
   * @param accepting whether the manager still takes submissions; when not, batches stop waiting
   */
  BatchAggregator(
      BatchingConfig config,
      BlockingQueue<WorkItem> queue,
      LoadSignal load,
      BooleanSupplier accepting) {
    this.config = Objects.requireNonNull(config, "config");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.load = Objects.requireNonNull(load, "load");
    this.accepting = Objects.requireNonNull(accepting, "accepting");
  }

  /** The first conversation of the next batch; null when none arrived within the idle poll. */
  WorkItem awaitFirst() throws InterruptedException {
    return queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * Fills {@code batch} after {@code first}: everything waiting up to {@code maxBatchSize}, then
   * what arrives within {@code maxBatchDelay} (see the class comment).
   *
   * @param batch an empty list that receives the batch, {@code first} first
   */
  void fill(WorkItem first, List<WorkItem> batch) throws InterruptedException {
    int max = config.maxBatchSize();
    batch.add(first);
    queue.drainTo(batch, max - batch.size());
    long deadline = System.nanoTime() + config.maxBatchDelay().toNanos();
    boolean adaptive = config.adaptiveDelay();
    while (batch.size() < max && accepting.getAsBoolean()) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || (adaptive && !load.moreExpected())) {
        break;
      }
      WorkItem next =
          queue.poll(adaptive ? Math.min(left, RECHECK_NANOS) : left, TimeUnit.NANOSECONDS);
      if (next != null) {
        batch.add(next);
        queue.drainTo(batch, max - batch.size());
      } else if (!adaptive) {
        break;
      }
    }
  }

  /** Whether the workers may stop: the manager accepts nothing more and the queue is empty. */
  boolean exhausted() {
    return !accepting.getAsBoolean() && queue.isEmpty();
  }
}
