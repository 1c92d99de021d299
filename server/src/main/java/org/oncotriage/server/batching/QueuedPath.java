package org.oncotriage.server.batching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.triage.StagedTriager;
import org.oncotriage.triage.TriageResult;

/**
 * Batching on: a submission is admitted as a whole ({@link Admission}, capacity counted in
 * conversations waiting), prepared on the submitting thread, and queued as one {@link WorkItem} per
 * conversation for the {@link Workers}; a lone conversation on an idle manager may run at once on
 * its caller's thread ({@link IdleShortcut}). While a submission is being prepared and queued the
 * {@link LoadSignal} counts it, so a worker that takes its first conversation waits for the rest
 * instead of running it alone. Thread-safe.
 */
final class QueuedPath implements SubmissionPath {

  private final StagedTriager triager;
  private final AcceptGate gate;
  private final LinkedBlockingQueue<WorkItem> queue = new LinkedBlockingQueue<>();
  private final LoadSignal load = new LoadSignal();
  private final Admission queued;
  private final IdleShortcut shortcut;
  private final Workers workers;

  /**
   * Starts the workers.
   *
   * @param triager the model; prepared on submitting threads, its pass run by the workers
   * @param config batch size, delay, queue capacity and workers
   * @param gate closed when the manager closes; the workers stop once it is and the queue is empty
   * @param listener hears batches, waits and refusals
   */
  QueuedPath(
      StagedTriager triager, BatchingConfig config, AcceptGate gate, WorkLoadListener listener) {
    this.triager = Objects.requireNonNull(triager, "triager");
    this.gate = Objects.requireNonNull(gate, "gate");
    this.queued = new Admission(config.queueCapacity(), listener);
    Semaphore modelSlots = new Semaphore(config.workers());
    BatchRunner runner = new BatchRunner(triager, listener, load);
    this.shortcut =
        new IdleShortcut(config.adaptiveDelay(), queue, load, modelSlots, queued, runner);
    this.workers =
        new Workers(
            config.workers(),
            config.maxBatchSize(),
            new BatchAggregator(config, queue, load, gate::isOpen),
            runner,
            queued,
            modelSlots);
  }

  @Override
  public CompletableFuture<List<TriageResult>> submit(List<Conversation> conversations) {
    gate.enter();
    try {
      int size = conversations.size();
      queued.reserve(size);
      load.preparing(size);
      Job job = new Job(size);
      List<StagedTriager.Prepared> prepared;
      try {
        prepared = prepare(conversations);
      } catch (RuntimeException | Error e) {
        load.prepared(size);
        queued.release(size);
        return CompletableFuture.failedFuture(e);
      }
      long now = System.nanoTime();
      if (size == 1) {
        load.prepared(1);
        WorkItem item = new WorkItem(job, 0, prepared.get(0), now);
        if (!shortcut.tryRun(item)) {
          queue.add(item);
        }
        return job.future();
      }
      try {
        for (int i = 0; i < size; i++) {
          queue.add(new WorkItem(job, i, prepared.get(i), now));
        }
      } finally {
        load.prepared(size);
      }
      return job.future();
    } finally {
      gate.exit();
    }
  }

  private List<StagedTriager.Prepared> prepare(List<Conversation> conversations) {
    List<StagedTriager.Prepared> prepared = new ArrayList<>(conversations.size());
    for (Conversation c : conversations) {
      prepared.add(triager.prepare(c));
    }
    return prepared;
  }

  /**
   * Lets the workers run everything queued until the deadline; what is still queued then fails with
   * an {@link IllegalStateException}, and the workers are interrupted.
   */
  @Override
  public void drain(long deadlineNanos) {
    workers.join(deadlineNanos);
    WorkItem left;
    while ((left = queue.poll()) != null) {
      queued.release(1);
      left.job().fail(new IllegalStateException("shut down before this conversation was triaged"));
    }
    workers.interrupt();
  }

  @Override
  public int queueDepth() {
    return queued.count();
  }
}
