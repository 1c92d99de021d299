package org.oncotriage.server.batching;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.triage.StagedTriager;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.Triager;

/**
 * Coalesces conversations submitted by concurrent callers into model batches, after DJL Serving's
 * work-load manager. It knows nothing of HTTP.
 *
 * <p>The model is always a {@link StagedTriager} (a plain {@link Triager} is adapted with {@link
 * StagedTriager#of}): each conversation is prepared (tokenized, red-flag rules) on the submitting
 * thread before it is queued, so callers do that work in parallel and the workers run only the
 * batched model pass. The parts, each in its own class:
 *
 * <ul>
 *   <li>{@link Admission}: one bounded queue, capacity counted in conversations; a submission that
 *       does not fit is refused at once with {@link QueueFullException}, never queued without
 *       bound.
 *   <li>{@link BatchAggregator}: a worker takes the first waiting conversation, everything else
 *       already waiting up to {@code maxBatchSize}, then waits at most {@code maxBatchDelay} for
 *       the batch to fill (with the adaptive delay, only while {@link LoadSignal} expects more).
 *   <li>{@link Workers} run each batch with the {@link BatchRunner}, once through the model. A
 *       large job may be spread over several batches; its future completes when its last
 *       conversation has a result, with the results in submission order ({@link Job}).
 *   <li>{@link IdleShortcut}: a lone conversation on an idle manager runs its batch of one on the
 *       caller's thread.
 *   <li>{@link DirectPath}: with {@code maxBatchSize} 1 (batching off) there is no queue and no
 *       worker; {@link #submit} runs {@link Triager#triage} for each conversation on the caller's
 *       thread and returns a completed future; {@code queueCapacity} then bounds the conversations
 *       in the model at once.
 * </ul>
 *
 * <p>Thread-safe. {@link #close()} refuses new work ({@link AcceptGate}), lets the workers finish
 * everything queued and waits for them.
 */
public final class WorkLoadManager implements AutoCloseable {

  private final BatchingConfig config;
  private final AcceptGate gate = new AcceptGate();
  private final SubmissionPath path;

  /**
   * Starts the worker threads (none with batching off).
   *
   * @param triager the model; must be thread-safe when {@code config.workers() > 1} or batching is
   *     off; a {@link StagedTriager} is prepared on the submitting threads
   * @param config batch size, delay, queue capacity and workers
   * @param listener hears batch sizes, waits and refusals
   */
  public WorkLoadManager(Triager triager, BatchingConfig config, WorkLoadListener listener) {
    StagedTriager staged = StagedTriager.of(Objects.requireNonNull(triager, "triager"));
    this.config = Objects.requireNonNull(config, "config");
    Objects.requireNonNull(listener, "listener");
    this.path =
        config.direct()
            ? new DirectPath(staged, config.queueCapacity(), gate, listener)
            : new QueuedPath(staged, config, gate, listener);
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
    return path.submit(copy);
  }

  /** Queues one conversation; see {@link #submit(List)}. */
  public CompletableFuture<TriageResult> submit(Conversation conversation) {
    return submit(List.of(conversation)).thenApply(results -> results.get(0));
  }

  /** Conversations waiting for a worker now (always 0 with batching off). */
  public int queueDepth() {
    return path.queueDepth();
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
    gate.close();
    path.drain(System.nanoTime() + timeout.toNanos());
  }
}
