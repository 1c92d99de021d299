package org.oncotriage.server.batching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oncotriage.triage.StagedTriager;
import org.oncotriage.triage.TriageResult;

/**
 * Runs one batch through the model pass ({@link StagedTriager#triagePrepared}) and completes its
 * jobs: each result goes to its job, and a model failure (or a wrong number of results) fails every
 * job in the batch. Reports each item's queue wait and the batch's size and duration to the {@link
 * WorkLoadListener}; skips items whose job is already done (cancelled by its caller). Holds no
 * state of its own: thread-safe as far as the triager is.
 */
final class BatchRunner {

  private final StagedTriager triager;
  private final WorkLoadListener listener;
  private final LoadSignal load;

  /**
   * @param triager the model pass
   * @param listener hears queue waits and batches
   * @param load told the size of each batch, for the adaptive delay
   */
  BatchRunner(StagedTriager triager, WorkLoadListener listener, LoadSignal load) {
    this.triager = Objects.requireNonNull(triager, "triager");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.load = Objects.requireNonNull(load, "load");
  }

  /** Runs {@code taken} on this thread; never throws for the model's sake. */
  void run(List<WorkItem> taken) {
    long start = System.nanoTime();
    List<WorkItem> batch = new ArrayList<>(taken.size());
    for (WorkItem item : taken) {
      listener.queueWaited(Duration.ofNanos(start - item.enqueuedNanos()));
      if (!item.job().isDone()) {
        batch.add(item);
      }
    }
    load.batchStarted(batch.size());
    if (batch.isEmpty()) {
      return;
    }
    List<TriageResult> results;
    try {
      results = triager.triagePrepared(batch.stream().map(WorkItem::prepared).toList());
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
      for (WorkItem item : batch) {
        item.job().fail(t);
      }
      return;
    }
    listener.batchCompleted(batch.size(), Duration.ofNanos(System.nanoTime() - start), false);
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).job().deliver(batch.get(i).index(), results.get(i));
    }
  }
}
