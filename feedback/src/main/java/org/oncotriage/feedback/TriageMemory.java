package org.oncotriage.feedback;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers triage results off the request path: {@link #offer} puts a record in a bounded queue
 * and returns at once (a full queue drops the record and counts it: triage is never slowed or
 * failed by the feedback database), and one writer thread appends what is waiting to the store in
 * batches of up to {@code batchSize}, one transaction each. When fewer than a batch are waiting,
 * the writer lingers (default {@value #DEFAULT_LINGER_MS} ms) to let more gather, so light traffic
 * costs a few transactions a second instead of one per request; an idle writer waits on the queue.
 * A failed batch is counted and logged by exception class and SQL state, never by content.
 *
 * <p>{@link #pending} finds a record still waiting or being written, so feedback that follows its
 * triage within milliseconds still finds it. Thread-safe.
 */
public final class TriageMemory implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TriageMemory.class);
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

  /** How long the writer waits for a batch to gather by default, in milliseconds. */
  public static final long DEFAULT_LINGER_MS = 100;

  private final FeedbackStore store;
  private final BlockingQueue<TriageRecord> queue;
  private final int batchSize;
  private final Duration linger;
  private final Thread writer;
  private final LongAdder dropped = new LongAdder();
  private final LongAdder written = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final Semaphore available = new Semaphore(0);
  private volatile List<TriageRecord> inFlight = List.of();
  private volatile boolean closing;

  /**
   * @param store where records go
   * @param capacity the most records waiting; beyond that {@link #offer} drops
   * @param batchSize the most records per database transaction
   */
  public TriageMemory(FeedbackStore store, int capacity, int batchSize) {
    this(store, capacity, batchSize, Duration.ofMillis(DEFAULT_LINGER_MS));
  }

  /**
   * @param store where records go
   * @param capacity the most records waiting; beyond that {@link #offer} drops
   * @param batchSize the most records per database transaction
   * @param linger how long the writer waits for a batch to gather when fewer are waiting
   */
  public TriageMemory(FeedbackStore store, int capacity, int batchSize, Duration linger) {
    if (capacity < 1 || batchSize < 1) {
      throw new IllegalArgumentException(
          "capacity and batchSize must be positive, received " + capacity + ", " + batchSize);
    }
    this.store = store;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.batchSize = batchSize;
    this.linger = linger;
    this.writer = new Thread(this::writeLoop, "triage-memory-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * Queues a record; false (and counted as dropped) when the queue is full or closed, or when its
   * id or model name or version is longer than the store's columns ({@link
   * TriageRecord#MAX_ID_CHARS}): one such record must not fail a whole batch, and feedback could
   * not name such an id anyway.
   */
  public boolean offer(TriageRecord record) {
    if (closing || !fits(record) || !queue.offer(record)) {
      dropped.increment();
      return false;
    }
    available.release();
    return true;
  }

  private static boolean fits(TriageRecord r) {
    return r.conversationId().length() <= TriageRecord.MAX_ID_CHARS
        && r.modelName().length() <= TriageRecord.MAX_ID_CHARS
        && r.modelVersion().length() <= TriageRecord.MAX_ID_CHARS;
  }

  /**
   * The latest record for {@code conversationId} not yet committed to the store. A record leaves
   * the queue and enters the batch being written under one lock, and leaves that batch only once
   * committed, so a lookup here and then in the store cannot miss a record offered before both.
   */
  public synchronized Optional<TriageRecord> pending(String conversationId) {
    TriageRecord latest = null;
    for (TriageRecord r : inFlight) {
      latest = later(latest, r, conversationId);
    }
    for (TriageRecord r : queue) {
      latest = later(latest, r, conversationId);
    }
    return Optional.ofNullable(latest);
  }

  private static TriageRecord later(TriageRecord best, TriageRecord r, String id) {
    if (!r.conversationId().equals(id)) {
      return best;
    }
    return best == null || !r.triagedAt().isBefore(best.triagedAt()) ? r : best;
  }

  /** Records dropped because the queue was full (or closed). */
  public long dropped() {
    return dropped.sum();
  }

  /** Records written to the store. */
  public long written() {
    return written.sum();
  }

  /** Records lost because their batch failed to write. */
  public long failed() {
    return failed.sum();
  }

  /** Records waiting now. */
  public int queued() {
    return queue.size();
  }

  /** Waits until everything queued before this call is written (for tests and benchmarks). */
  public void flush() throws InterruptedException {
    while (busy()) {
      Thread.sleep(2);
    }
  }

  /**
   * Whether a record waits or is being written, asked under the lock {@link #take} moves records
   * under: without it, a batch just drained from the queue and not yet in {@link #inFlight} looked
   * like nothing at all, and {@link #flush} returned before it was written.
   */
  private synchronized boolean busy() {
    return !queue.isEmpty() || !inFlight.isEmpty();
  }

  /**
   * Stops taking records, writes what is queued (waiting up to 10 s), stops the writer. The writer
   * is never interrupted: an interrupt in the middle of a write would close H2's file channel.
   */
  @Override
  public void close() {
    closing = true;
    available.release();
    try {
      writer.join(CLOSE_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void writeLoop() {
    while (true) {
      try {
        available.tryAcquire(1, TimeUnit.SECONDS);
        if (!closing && !queue.isEmpty() && queue.size() < batchSize) {
          Thread.sleep(linger.toMillis());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      List<TriageRecord> batch = take();
      if (!batch.isEmpty()) {
        write(batch);
      } else if (closing) {
        return;
      }
    }
  }

  /** Moves up to a batch from the queue into {@link #inFlight}, under the lock of pending. */
  private synchronized List<TriageRecord> take() {
    List<TriageRecord> batch = new ArrayList<>(batchSize);
    queue.drainTo(batch, batchSize);
    available.drainPermits();
    if (!queue.isEmpty()) {
      available.release();
    }
    inFlight = List.copyOf(batch);
    return batch;
  }

  private void write(List<TriageRecord> batch) {
    try {
      store.remember(batch);
      written.add(batch.size());
    } catch (RuntimeException e) {
      failed.add(batch.size());
      LOG.warn(
          "triage memory: a batch of {} records was not written ({})",
          batch.size(),
          e instanceof FeedbackStore.StoreException ? e.getMessage() : e.getClass().getName());
    } finally {
      inFlight = List.of();
    }
  }
}
