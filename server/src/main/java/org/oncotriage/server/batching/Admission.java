package org.oncotriage.server.batching;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admits conversations up to a fixed capacity and refuses the rest at once, after DJL Serving's
 * bounded job queue: a submission that does not fit as a whole is counted with {@link
 * WorkLoadListener#rejected} and fails with {@link QueueFullException}, never waits. What it counts
 * is up to its owner: conversations waiting for a worker, or (batching off) conversations in the
 * model. Thread-safe and lock-free.
 */
final class Admission {

  private final int capacity;
  private final WorkLoadListener listener;
  private final AtomicInteger count = new AtomicInteger();

  /**
   * @param capacity the most conversations admitted at once
   * @param listener hears refusals
   */
  Admission(int capacity, WorkLoadListener listener) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, received " + capacity);
    }
    this.capacity = capacity;
    this.listener = listener;
  }

  /**
   * Admits {@code conversations} as a whole.
   *
   * @throws QueueFullException at once when they do not all fit
   */
  void reserve(int conversations) {
    while (true) {
      int admitted = count.get();
      if (admitted + conversations > capacity) {
        listener.rejected(conversations);
        throw new QueueFullException(conversations, admitted, capacity);
      }
      if (count.compareAndSet(admitted, admitted + conversations)) {
        return;
      }
    }
  }

  /** Frees the places of {@code conversations} admitted earlier. */
  void release(int conversations) {
    count.addAndGet(-conversations);
  }

  /** Conversations admitted and not yet released. */
  int count() {
    return count.get();
  }
}
