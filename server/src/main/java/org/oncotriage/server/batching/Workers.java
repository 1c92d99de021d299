package org.oncotriage.server.batching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The worker threads ({@code triage-worker-N}, not daemons): each loops taking a first
 * conversation, a model slot, the rest of a batch from the {@link BatchAggregator}, then runs the
 * batch with the {@link BatchRunner} and frees the slot. The slot is taken before the batch is
 * filled so that what queues while a caller runs its own batch of one ({@link IdleShortcut}) joins
 * this batch. A worker stops once the aggregator is exhausted. Thread-safe.
 */
final class Workers {

  private final BatchAggregator aggregator;
  private final BatchRunner runner;
  private final Admission queued;
  private final Semaphore modelSlots;
  private final int maxBatchSize;
  private final List<Thread> threads = new ArrayList<>();

  /**
   * Starts the threads.
   *
   * @param count worker threads
   * @param maxBatchSize the most conversations in one batch
   * @param aggregator forms the batches
   * @param runner runs them
   * @param queued the queue's admission, released as conversations leave the queue
   * @param modelSlots one permit per batch the model may run at once
   */
  Workers(
      int count,
      int maxBatchSize,
      BatchAggregator aggregator,
      BatchRunner runner,
      Admission queued,
      Semaphore modelSlots) {
    this.aggregator = Objects.requireNonNull(aggregator, "aggregator");
    this.runner = Objects.requireNonNull(runner, "runner");
    this.queued = Objects.requireNonNull(queued, "queued");
    this.modelSlots = Objects.requireNonNull(modelSlots, "modelSlots");
    this.maxBatchSize = maxBatchSize;
    for (int i = 0; i < count; i++) {
      Thread worker = new Thread(this::work, "triage-worker-" + i);
      worker.setDaemon(false);
      threads.add(worker);
      worker.start();
    }
  }

  /**
   * Waits for every worker to stop, at most until {@code deadlineNanos} ({@link System#nanoTime}).
   */
  void join(long deadlineNanos) {
    for (Thread worker : threads) {
      try {
        worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Interrupts every worker still running. */
  void interrupt() {
    threads.forEach(Thread::interrupt);
  }

  private void work() {
    List<WorkItem> batch = new ArrayList<>(maxBatchSize);
    while (true) {
      batch.clear();
      try {
        WorkItem first = aggregator.awaitFirst();
        if (first == null) {
          if (aggregator.exhausted()) {
            return;
          }
          continue;
        }
        modelSlots.acquireUninterruptibly();
        aggregator.fill(first, batch);
      } catch (InterruptedException e) {
        return;
      }
      queued.release(batch.size());
      try {
        runner.run(batch);
      } finally {
        modelSlots.release();
      }
    }
  }
}
