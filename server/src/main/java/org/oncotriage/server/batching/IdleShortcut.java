package org.oncotriage.server.batching;

import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.Semaphore;

/**
 * The direct path of a lone conversation: with the adaptive delay, when nothing waits in the queue,
 * no other conversation is expected ({@link LoadSignal}) and a model slot is free, the submitting
 * thread runs the batch of one itself instead of handing it to a worker, sparing two thread
 * hand-offs. Thread-safe.
 */
final class IdleShortcut {

  private final boolean enabled;
  private final Queue<WorkItem> queue;
  private final LoadSignal load;
  private final Semaphore modelSlots;
  private final Admission queued;
  private final BatchRunner runner;

  /**
   * @param enabled whether the delay is adaptive; without it the shortcut never runs
   * @param queue the work queue, which must be empty
   * @param load which must expect no other conversation
   * @param modelSlots of which one must be free
   * @param queued the queue's admission, where the conversation holds a place until it runs
   * @param runner runs the batch of one
   */
  IdleShortcut(
      boolean enabled,
      Queue<WorkItem> queue,
      LoadSignal load,
      Semaphore modelSlots,
      Admission queued,
      BatchRunner runner) {
    this.enabled = enabled;
    this.queue = Objects.requireNonNull(queue, "queue");
    this.load = Objects.requireNonNull(load, "load");
    this.modelSlots = Objects.requireNonNull(modelSlots, "modelSlots");
    this.queued = Objects.requireNonNull(queued, "queued");
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  /**
   * Runs {@code item} on this thread when the manager is idle.
   *
   * @return whether it ran (its job then has its result or failure); false: queue it
   */
  boolean tryRun(WorkItem item) {
    if (!enabled || !queue.isEmpty() || load.moreExpected() || !modelSlots.tryAcquire()) {
      return false;
    }
    try {
      queued.release(1);
      runner.run(List.of(item));
    } finally {
      modelSlots.release();
    }
    return true;
  }
}
