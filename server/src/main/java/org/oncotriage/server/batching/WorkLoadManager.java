package org.oncotriage.server.batching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.Triager;

/**
 * Coalesces conversations submitted by concurrent callers into model batches, after DJL Serving's
 * work-load manager. It knows nothing of HTTP.
 *
 * <p>A submission of one or more conversations becomes a job with its own {@link
 * CompletableFuture}. Each conversation waits in one bounded queue (capacity counted in
 * conversations; a submission that does not fit is refused at once with {@link QueueFullException},
 * never queued without bound). Each worker thread takes the first waiting conversation, everything
 * else already waiting up to {@code maxBatchSize}, then waits at most {@code maxBatchDelay} for the
 * batch to fill, and calls {@link Triager#triageBatch} once. A large job may be spread over several
 * batches; its future completes when its last conversation has a result, with the results in
 * submission order.
 *
 * <p>Thread-safe. {@link #close()} refuses new work, lets the workers finish everything queued and
 * waits for them.
 */
public final class WorkLoadManager implements AutoCloseable {

  private static final long IDLE_POLL_MILLIS = 50;

  private final Triager triager;
  private final BatchingConfig config;
  private final WorkLoadListener listener;
  private final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
  private final AtomicInteger depth = new AtomicInteger();
  private final ReadWriteLock acceptLock = new ReentrantReadWriteLock();
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean accepting = true;

  /**
   * Starts the worker threads.
   *
   * @param triager the model; must be thread-safe when {@code config.workers() > 1}
   * @param config batch size, delay, queue capacity and workers
   * @param listener hears batch sizes, waits and refusals
   */
  public WorkLoadManager(Triager triager, BatchingConfig config, WorkLoadListener listener) {
    this.triager = Objects.requireNonNull(triager, "triager");
    this.config = Objects.requireNonNull(config, "config");
    this.listener = Objects.requireNonNull(listener, "listener");
    for (int i = 0; i < config.workers(); i++) {
      Thread worker = new Thread(this::work, "triage-worker-" + i);
      worker.setDaemon(false);
      workers.add(worker);
      worker.start();
    }
  }

  /**
   * Queues conversations for triage.
   *
   * @return a future of one result per conversation, in the same order; it fails with the triager's
   *     exception when the model throws
   * @throws QueueFullException at once when the queue has no room for all of them
   * @throws IllegalStateException when the manager is closing
   */
  public CompletableFuture<List<TriageResult>> submit(List<Conversation> conversations) {
    List<Conversation> copy = List.copyOf(conversations);
    if (copy.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    acceptLock.readLock().lock();
    try {
      if (!accepting) {
        throw new IllegalStateException("the work-load manager is shutting down");
      }
      reserve(copy.size());
      Job job = new Job(copy);
      long now = System.nanoTime();
      for (int i = 0; i < copy.size(); i++) {
        queue.add(new Item(job, i, now));
      }
      return job.future;
    } finally {
      acceptLock.readLock().unlock();
    }
  }

  /** Queues one conversation; see {@link #submit(List)}. */
  public CompletableFuture<TriageResult> submit(Conversation conversation) {
    return submit(List.of(conversation)).thenApply(results -> results.get(0));
  }

  /** Conversations waiting for a worker now. */
  public int queueDepth() {
    return depth.get();
  }

  public BatchingConfig config() {
    return config;
  }

  /** Refuses new submissions, lets the workers run everything already queued and waits for them. */
  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }

  /**
   * As {@link #close()}, waiting at most {@code timeout}; conversations still queued after that
   * fail with an {@link IllegalStateException}.
   */
  public void close(Duration timeout) {
    acceptLock.writeLock().lock();
    try {
      accepting = false;
    } finally {
      acceptLock.writeLock().unlock();
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Thread worker : workers) {
      try {
        worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    Item left;
    while ((left = queue.poll()) != null) {
      depth.decrementAndGet();
      left.job.future.completeExceptionally(
          new IllegalStateException("shut down before this conversation was triaged"));
    }
    workers.forEach(Thread::interrupt);
  }

  private void reserve(int count) {
    while (true) {
      int queued = depth.get();
      if (queued + count > config.queueCapacity()) {
        listener.rejected(count);
        throw new QueueFullException(count, queued, config.queueCapacity());
      }
      if (depth.compareAndSet(queued, queued + count)) {
        return;
      }
    }
  }

  private void work() {
    List<Item> batch = new ArrayList<>(config.maxBatchSize());
    while (true) {
      batch.clear();
      try {
        if (!collect(batch)) {
          if (!accepting && queue.isEmpty()) {
            return;
          }
          continue;
        }
      } catch (InterruptedException e) {
        return;
      }
      depth.addAndGet(-batch.size());
      run(batch);
    }
  }

  /** Fills {@code batch}; false when nothing arrived within the idle poll. */
  private boolean collect(List<Item> batch) throws InterruptedException {
    Item first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
    if (first == null) {
      return false;
    }
    int max = config.maxBatchSize();
    batch.add(first);
    queue.drainTo(batch, max - batch.size());
    long deadline = System.nanoTime() + config.maxBatchDelay().toNanos();
    while (batch.size() < max && accepting) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      Item next = queue.poll(left, TimeUnit.NANOSECONDS);
      if (next == null) {
        break;
      }
      batch.add(next);
      queue.drainTo(batch, max - batch.size());
    }
    return true;
  }

  private void run(List<Item> taken) {
    long start = System.nanoTime();
    List<Item> batch = new ArrayList<>(taken.size());
    for (Item item : taken) {
      listener.queueWaited(Duration.ofNanos(start - item.enqueuedNanos));
      if (!item.job.future.isDone()) {
        batch.add(item);
      }
    }
    if (batch.isEmpty()) {
      return;
    }
    List<Conversation> conversations = new ArrayList<>(batch.size());
    for (Item item : batch) {
      conversations.add(item.job.conversations.get(item.index));
    }
    List<TriageResult> results;
    try {
      results =
          conversations.size() == 1
              ? List.of(triager.triage(conversations.get(0)))
              : triager.triageBatch(conversations);
      if (results == null || results.size() != conversations.size()) {
        throw new IllegalStateException(
            "the triager returned "
                + (results == null ? "null" : results.size() + " results")
                + " for "
                + conversations.size()
                + " conversations");
      }
    } catch (Throwable t) {
      listener.batchCompleted(batch.size(), Duration.ofNanos(System.nanoTime() - start), true);
      Map<Job, Boolean> failed = new IdentityHashMap<>();
      for (Item item : batch) {
        if (failed.put(item.job, Boolean.TRUE) == null) {
          item.job.future.completeExceptionally(t);
        }
      }
      return;
    }
    listener.batchCompleted(batch.size(), Duration.ofNanos(System.nanoTime() - start), false);
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).job.deliver(batch.get(i).index, results.get(i));
    }
  }

  /** One submission: its conversations, their results so far and its future. */
  private static final class Job {
    final List<Conversation> conversations;
    final TriageResult[] results;
    final AtomicInteger missing;
    final CompletableFuture<List<TriageResult>> future = new CompletableFuture<>();

    Job(List<Conversation> conversations) {
      this.conversations = conversations;
      this.results = new TriageResult[conversations.size()];
      this.missing = new AtomicInteger(conversations.size());
    }

    void deliver(int index, TriageResult result) {
      results[index] = result;
      if (missing.decrementAndGet() == 0) {
        future.complete(List.of(results));
      }
    }
  }

  /** One conversation of a job, waiting in the queue. */
  private record Item(Job job, int index, long enqueuedNanos) {}
}
