package org.oncotriage.server.batching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.triage.StagedTriager;
import org.oncotriage.triage.TriageResult;

/**
 * Batching off ({@code maxBatchSize} 1): no queue and no worker; each conversation runs its own
 * {@link StagedTriager#triage} on the caller's thread, and the capacity bounds the conversations in
 * the model at once. Each counts as a batch of one with no queue wait. Thread-safe.
 */
final class DirectPath implements SubmissionPath {

  private final StagedTriager triager;
  private final AcceptGate gate;
  private final Admission inModel;
  private final WorkLoadListener listener;
  private final Object idle = new Object();

  /**
   * @param triager the model; called from many threads at once
   * @param capacity the most conversations in the model at once
   * @param gate closed when the manager closes
   * @param listener hears each conversation as a batch of one, and refusals
   */
  DirectPath(StagedTriager triager, int capacity, AcceptGate gate, WorkLoadListener listener) {
    this.triager = Objects.requireNonNull(triager, "triager");
    this.gate = Objects.requireNonNull(gate, "gate");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.inModel = new Admission(capacity, listener);
  }

  @Override
  public CompletableFuture<List<TriageResult>> submit(List<Conversation> conversations) {
    gate.enter();
    try {
      inModel.reserve(conversations.size());
    } finally {
      gate.exit();
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
      synchronized (idle) {
        inModel.release(conversations.size());
        idle.notifyAll();
      }
    }
  }

  /** Waits until no conversation runs on a caller's thread, or the deadline. */
  @Override
  public void drain(long deadlineNanos) {
    synchronized (idle) {
      while (inModel.count() > 0) {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
          return;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(idle, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Always 0: nothing waits. */
  @Override
  public int queueDepth() {
    return 0;
  }
}
