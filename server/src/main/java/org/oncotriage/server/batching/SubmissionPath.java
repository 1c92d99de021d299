package org.oncotriage.server.batching;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.triage.TriageResult;

/**
 * How the {@link WorkLoadManager} gets conversations to the model: queued for batches ({@link
 * QueuedPath}) or, with batching off, alone on the caller's thread ({@link DirectPath}).
 * Implementations are thread-safe.
 */
interface SubmissionPath {

  /**
   * Triages or queues a non-empty, immutable list of conversations.
   *
   * @return one result per conversation, in order, or the triager's failure
   * @throws QueueFullException at once when there is no room
   * @throws IllegalStateException when the manager is closing
   */
  CompletableFuture<List<TriageResult>> submit(List<Conversation> conversations);

  /**
   * After the manager has stopped accepting: finishes the work already in, waiting at most until
   * {@code deadlineNanos} ({@link System#nanoTime}); what is left after that fails.
   */
  void drain(long deadlineNanos);

  /** Conversations waiting for a worker now. */
  int queueDepth();
}
