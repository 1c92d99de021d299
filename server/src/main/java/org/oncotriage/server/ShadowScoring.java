package org.oncotriage.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.server.batching.QueueFullException;
import org.oncotriage.triage.TriageResult;

/**
 * Scores a share of live traffic with a candidate model in the background and compares it with what
 * the serving model answered ({@link ShadowMetrics}). Callers only ever get the serving model's
 * answer: {@link #offer} runs after that answer is computed, never waits and never throws.
 *
 * <p>Bounded so that it cannot slow or fail a caller beyond sharing the CPU: one daemon thread
 * ({@code shadow-scoring}) does all of the candidate's work, preparation included, through the
 * candidate's own work-load manager; at most {@value #QUEUE_CAPACITY} sampled requests wait for it
 * and more are dropped (counted); a candidate result that takes longer than {@link #RESULT_TIMEOUT}
 * is given up. A candidate holds a {@link LoadedModel.Lease} while it scores, so unloading it waits
 * for that score (bounded). Thread-safe.
 */
final class ShadowScoring implements AutoCloseable {

  /** Sampled requests that may wait for the shadow thread; more are dropped. */
  static final int QUEUE_CAPACITY = 64;

  /** The longest the shadow thread waits for the candidate's results of one request. */
  static final Duration RESULT_TIMEOUT = Duration.ofSeconds(10);

  private final double share;
  private final DoubleSupplier random;
  private final ShadowMetrics metrics;
  private final AtomicReference<LoadedModel> candidate = new AtomicReference<>();
  private final ThreadPoolExecutor executor;

  /**
   * @param share the share of requests sampled, between 0 and 1 ({@code shadow_share})
   * @param random uniform draws in [0, 1) that decide which requests are sampled
   * @param metrics where comparisons are counted
   */
  ShadowScoring(double share, DoubleSupplier random, ShadowMetrics metrics) {
    this.share = share;
    this.random = Objects.requireNonNull(random, "random");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.executor =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY),
            r -> {
              Thread t = new Thread(r, "shadow-scoring");
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
  }

  /** Makes {@code model} the candidate (replacing any other). */
  void start(LoadedModel model) {
    candidate.set(Objects.requireNonNull(model, "model"));
  }

  /** Stops shadowing {@code model} if it is the candidate (it now serves, or is unloaded). */
  void stopIf(LoadedModel model) {
    candidate.compareAndSet(model, null);
  }

  /**
   * Removes the metrics of a version that has been unloaded (after its last score: it no longer
   * lets any begin).
   */
  void forget(String version) {
    metrics.remove(version);
  }

  /** Whether {@code model} is the candidate now. */
  boolean isCandidate(LoadedModel model) {
    return candidate.get() == model;
  }

  /**
   * Offers a request the serving model has answered; with probability {@code share} the candidate
   * scores the same conversations in the background. Returns at once; never throws.
   *
   * @param conversations the conversations the serving model triaged
   * @param served its results, in the same order
   * @param servedLatency how long the serving model took to them
   */
  void offer(List<Conversation> conversations, List<TriageResult> served, Duration servedLatency) {
    LoadedModel c = candidate.get();
    if (c == null || conversations.isEmpty() || random.getAsDouble() >= share) {
      return;
    }
    try {
      executor.execute(() -> score(c, conversations, served, servedLatency));
    } catch (RejectedExecutionException e) {
      metrics.outcome(c.version(), ShadowMetrics.Outcome.DROPPED);
    }
  }

  private void score(
      LoadedModel c,
      List<Conversation> conversations,
      List<TriageResult> served,
      Duration servedLatency) {
    try (LoadedModel.Lease lease = c.tryAcquire()) {
      if (lease == null) {
        return;
      }
      long start = System.nanoTime();
      CompletableFuture<List<TriageResult>> future;
      try {
        future = c.workLoad().submit(conversations);
      } catch (QueueFullException e) {
        metrics.outcome(c.version(), ShadowMetrics.Outcome.DROPPED);
        return;
      }
      try {
        List<TriageResult> mine = future.get(RESULT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        metrics.compared(
            c.version(), served, mine, servedLatency, Duration.ofNanos(System.nanoTime() - start));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        future.cancel(false);
        metrics.outcome(c.version(), ShadowMetrics.Outcome.FAILED);
      }
    } catch (RuntimeException e) {
      metrics.outcome(c.version(), ShadowMetrics.Outcome.FAILED);
    }
  }

  /** Stops the shadow thread; sampled requests still waiting are dropped. */
  @Override
  public void close() {
    candidate.set(null);
    executor.shutdownNow();
    try {
      executor.awaitTermination(RESULT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
