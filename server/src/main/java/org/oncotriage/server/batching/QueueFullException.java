package org.oncotriage.server.batching;

/**
 * The work queue has no room for a submission: the caller should retry later. Thrown at once by
 * {@link WorkLoadManager#submit}, never after waiting.
 */
public final class QueueFullException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int requested;
  private final int capacity;

  public QueueFullException(int requested, int queued, int capacity) {
    super(
        "work queue full: "
            + requested
            + " conversation(s) requested, "
            + queued
            + " queued of capacity "
            + capacity);
    this.requested = requested;
    this.capacity = capacity;
  }

  /** Conversations the refused submission held. */
  public int requested() {
    return requested;
  }

  /** The queue's capacity in conversations. */
  public int capacity() {
    return capacity;
  }
}
