package org.oncotriage.server.batching;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.oncotriage.triage.TriageResult;

/**
 * One submission: its results so far and its future, which completes when the last of its
 * conversations has a result, with the results in submission order. A job's conversations may be
 * spread over several batches. Thread-safe: each index is delivered once, by whichever worker ran
 * it; {@link #fail} and {@link #deliver} may race, and the first to complete the future wins.
 */
final class Job {

  private final TriageResult[] results;
  private final AtomicInteger missing;
  private final CompletableFuture<List<TriageResult>> future = new CompletableFuture<>();

  /**
   * @param size conversations in the submission, at least one
   */
  Job(int size) {
    this.results = new TriageResult[size];
    this.missing = new AtomicInteger(size);
  }

  /** The submission's future: one result per conversation, in order, or the failure. */
  CompletableFuture<List<TriageResult>> future() {
    return future;
  }

  /** Whether the future is complete (delivered, failed or cancelled by the caller). */
  boolean isDone() {
    return future.isDone();
  }

  /** Records the result of conversation {@code index}; the last one completes the future. */
  void deliver(int index, TriageResult result) {
    results[index] = result;
    if (missing.decrementAndGet() == 0) {
      future.complete(List.of(results));
    }
  }

  /** Fails the whole submission, unless it is already complete. */
  void fail(Throwable cause) {
    future.completeExceptionally(cause);
  }
}
