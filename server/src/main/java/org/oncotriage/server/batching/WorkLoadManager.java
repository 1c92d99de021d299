package org.oncotriage.server.batching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.triage.StagedTriager;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.Triager;

/**
 * Coalesces conversations submitted by concurrent callers into model batches, after DJL Serving's
 * work-load manager. It knows nothing of HTTP.
 *
 * <p>A submission of one or more conversations becomes a job with its own {@link
 * CompletableFuture}. When the triager is a {@link StagedTriager}, each conversation is prepared
 * (tokenized, red-flag rules) on the submitting thread before it is queued, so callers do that work
 * in parallel and the workers run only the batched model pass. Each conversation waits in one
 * bounded queue (capacity counted in conversations; a submission that does not fit is refused at
 * once with {@link QueueFullException}, never queued without bound). Each worker thread takes the
 * first waiting conversation, everything else already waiting up to {@code maxBatchSize}, then
 * waits at most {@code maxBatchDelay} for the batch to fill (with the adaptive delay, only while
 * another conversation is being prepared or the previous batch held more than one), and runs the
 * model once. A large job may be spread over several batches; its future completes when its last
 * conversation has a result, with the results in submission order.
 *
 * <p>With {@code maxBatchSize} 1 (batching off) there is no queue and no worker: {@link #submit}
 * runs {@link Triager#triage} for each conversation on the caller's thread and returns a completed
 * future; {@code queueCapacity} then bounds the conversations in the model at once.
 *
 * <p>Thread-safe. {@link #close()} refuses new work, lets the workers finish everything queued and
 * waits for them.
 */
public final class WorkLoadManager implements AutoCloseable {

  private static final long IDLE_POLL_MILLIS = 50;

  /** How often an adaptive wait checks whether more work is still expected. */
  private static final long RECHECK_NANOS = 100_000;

  private final Triager triager;
  private final StagedTriager staged;
  private final BatchingConfig config;
  private final WorkLoadListener listener;
  private final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
  private final AtomicInteger depth = new AtomicInteger();
  private final AtomicInteger preparing = new AtomicInteger();
  private final Semaphore modelSlots;
  private final AtomicInteger direct = new AtomicInteger();
  private final Object directDone = new Object();
  private final ReadWriteLock acceptLock = new ReentrantReadWriteLock();
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean accepting = true;
  private volatile int lastBatchSize;

  /**
   * Starts the worker threads (none with batching off).
   *
   * @param triager the model; must be thread-safe when {@code config.workers() > 1} or batching is
   *     off; a {@link StagedTriager} is prepared on the submitting threads
   * @param config batch size, delay, queue capacity and workers
   * @param listener hears batch sizes, waits and refusals
   */
  public WorkLoadManager(Triager triager, BatchingConfig config, WorkLoadListener listener) {
    this.triager = Objects.requireNonNull(triager, "triager");
    this.config = Objects.requireNonNull(config, "config");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.staged = triager instanceof StagedTriager st ? st : null;
    this.modelSlots = new Semaphore(config.workers());
    for (int i = 0; !config.direct() && i < config.workers(); i++) {
      Thread worker = new Thread(this::work, "triage-worker-" + i);
      worker.setDaemon(false);
      workers.add(worker);
      worker.start();
    }
  }

  /**
   * Queues conversations for triage (with batching off, triages them on the calling thread).
   *
   * @return a future of one result per conversation, in the same order; it fails with the triager's
   *     exception when the model throws (also when preparing a conversation throws)
   * @throws QueueFullException at once when the queue has no room for all of them
   * @throws IllegalStateException when the manager is closing
   */
  public CompletableFuture<List<TriageResult>> submit(List<Conversation> conversations) {
    List<Conversation> copy = List.copyOf(conversations);
    if (copy.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    if (config.direct()) {
      return runDirect(copy);
    }
    acceptLock.readLock().lock();
    try {
      if (!accepting) {
        throw new IllegalStateException("the work-load manager is shutting down");
      }
      reserve(depth, copy.size());
      // Counted as on their way until every one is queued, so a worker that takes the first
      // waits for the rest of this submission instead of running it alone.
      preparing.addAndGet(copy.size());
      Job job = new Job(copy);
      List<Object> work;
      try {
        work = prepare(copy);
      } catch (RuntimeException | Error e) {
        preparing.addAndGet(-copy.size());
        depth.addAndGet(-copy.size());
        return CompletableFuture.failedFuture(e);
      }
      long now = System.nanoTime();
      if (copy.size() == 1) {
        preparing.addAndGet(-1);
        if (idle() && modelSlots.tryAcquire()) {
          // Nothing to batch with: run the batch of one here rather than hand it to a worker.
          try {
            depth.addAndGet(-1);
            run(List.of(new Item(job, 0, work.get(0), now)));
          } finally {
            modelSlots.release();
          }
          return job.future;
        }
        queue.add(new Item(job, 0, work.get(0), now));
        return job.future;
      }
      try {
        for (int i = 0; i < copy.size(); i++) {
          queue.add(new Item(job, i, work.get(i), now));
        }
      } finally {
        preparing.addAndGet(-copy.size());
      }
      return job.future;
    } finally {
      acceptLock.readLock().unlock();
    }
  }

  /** What the workers hand the model: prepared conversations, or the conversations themselves. */
  private List<Object> prepare(List<Conversation> conversations) {
    List<Object> work = new ArrayList<>(conversations.size());
    for (Conversation c : conversations) {
      work.add(staged == null ? c : staged.prepare(c));
    }
    return work;
  }

  /** Batching off: each conversation alone, on this thread. */
  private CompletableFuture<List<TriageResult>> runDirect(List<Conversation> conversations) {
    acceptLock.readLock().lock();
    try {
      if (!accepting) {
        throw new IllegalStateException("the work-load manager is shutting down");
      }
      reserve(direct, conversations.size());
    } finally {
      acceptLock.readLock().unlock();
    }
    try {
      List<TriageResult> results = new ArrayList<>(conversations.size());
      for (Conversation c : conversations) {
        listener.queueWaited(Duration.ZERO);
        long start = System.nanoTime();
        TriageResult result;
        try {
          result = Objects.requireNonNull(triager.triage(c), "the triager returned null");
        } catch (RuntimeException | Error e) {
          listener.batchCompleted(1, Duration.ofNanos(System.nanoTime() - start), true);
          return CompletableFuture.failedFuture(e);
        }
        listener.batchCompleted(1, Duration.ofNanos(System.nanoTime() - start), false);
        results.add(result);
      }
      return CompletableFuture.completedFuture(List.copyOf(results));
    } finally {
      synchronized (directDone) {
        direct.addAndGet(-conversations.size());
        directDone.notifyAll();
      }
    }
  }

  /** Queues one conversation; see {@link #submit(List)}. */
  public CompletableFuture<TriageResult> submit(Conversation conversation) {
    return submit(List.of(conversation)).thenApply(results -> results.get(0));
  }

  /** Conversations waiting for a worker now (always 0 with batching off). */
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
    awaitDirect(deadline);
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

  /** Waits until no conversation runs on a caller's thread, or the deadline. */
  private void awaitDirect(long deadline) {
    synchronized (directDone) {
      while (direct.get() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(directDone, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void reserve(AtomicInteger counter, int count) {
    while (true) {
      int queued = counter.get();
      if (queued + count > config.queueCapacity()) {
        listener.rejected(count);
        throw new QueueFullException(count, queued, config.queueCapacity());
      }
      if (counter.compareAndSet(queued, queued + count)) {
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
      try {
        run(batch);
      } finally {
        modelSlots.release();
      }
    }
  }

  /** Fills {@code batch}; false when nothing arrived within the idle poll. */
  private boolean collect(List<Item> batch) throws InterruptedException {
    Item first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
    if (first == null) {
      return false;
    }
    // A model slot first (a caller may be running a batch of one): what queues meanwhile joins.
    modelSlots.acquireUninterruptibly();
    int max = config.maxBatchSize();
    batch.add(first);
    queue.drainTo(batch, max - batch.size());
    long deadline = System.nanoTime() + config.maxBatchDelay().toNanos();
    boolean adaptive = config.adaptiveDelay();
    while (batch.size() < max && accepting) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || (adaptive && !moreExpected())) {
        break;
      }
      Item next = queue.poll(adaptive ? Math.min(left, RECHECK_NANOS) : left, TimeUnit.NANOSECONDS);
      if (next != null) {
        batch.add(next);
        queue.drainTo(batch, max - batch.size());
      } else if (!adaptive) {
        break;
      }
    }
    return true;
  }

  /**
   * Whether waiting may fill the batch: a conversation is being prepared or queued, or the last
   * batch held more than one (the server is under load).
   */
  private boolean moreExpected() {
    return preparing.get() > 0 || lastBatchSize > 1;
  }

  /** Adaptive mode and nothing to batch with: no queue, no one preparing, no recent load. */
  private boolean idle() {
    return config.adaptiveDelay() && queue.isEmpty() && !moreExpected();
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
    lastBatchSize = batch.size();
    if (batch.isEmpty()) {
      return;
    }
    List<TriageResult> results;
    try {
      results = runModel(batch);
      if (results == null || results.size() != batch.size()) {
        throw new IllegalStateException(
            "the triager returned "
                + (results == null ? "null" : results.size() + " results")
                + " for "
                + batch.size()
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

  private List<TriageResult> runModel(List<Item> batch) {
    if (staged != null) {
      List<StagedTriager.Prepared> prepared = new ArrayList<>(batch.size());
      for (Item item : batch) {
        prepared.add((StagedTriager.Prepared) item.work);
      }
      return staged.triagePrepared(prepared);
    }
    List<Conversation> conversations = new ArrayList<>(batch.size());
    for (Item item : batch) {
      conversations.add((Conversation) item.work);
    }
    return conversations.size() == 1
        ? List.of(triager.triage(conversations.get(0)))
        : triager.triageBatch(conversations);
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

  /**
   * One conversation of a job, waiting in the queue; {@code work} is its {@link
   * StagedTriager.Prepared} form or the {@link Conversation} itself.
   */
  private record Item(Job job, int index, Object work, long enqueuedNanos) {}
}
