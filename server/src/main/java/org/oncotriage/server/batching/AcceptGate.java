package org.oncotriage.server.batching;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Lets submissions in until the manager closes. Submitters hold the gate between {@link #enter} and
 * {@link #exit}; {@link #close} waits for every holder to leave, so once it returns no submission
 * is half-way in. Thread-safe; closing is final.
 */
final class AcceptGate {

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private volatile boolean open = true;

  /**
   * Enters; the caller must {@link #exit} in a {@code finally} block.
   *
   * @throws IllegalStateException when the gate is closed (nothing to exit then)
   */
  void enter() {
    lock.readLock().lock();
    if (!open) {
      lock.readLock().unlock();
      throw new IllegalStateException("the work-load manager is shutting down");
    }
  }

  /** Leaves after {@link #enter}. */
  void exit() {
    lock.readLock().unlock();
  }

  /** Refuses every later {@link #enter}, after waiting for those inside to leave. */
  void close() {
    lock.writeLock().lock();
    try {
      open = false;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Whether submissions are still let in. */
  boolean isOpen() {
    return open;
  }
}
