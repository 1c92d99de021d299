package org.oncotriage.server.batching;

import org.oncotriage.triage.StagedTriager;

/**
 * One prepared conversation of a {@link Job}, waiting for a batch. Immutable.
 *
 * @param job the submission it belongs to
 * @param index its place in that submission
 * @param prepared what the model pass takes
 * @param enqueuedNanos {@link System#nanoTime()} when it was queued, for the queue-wait metric
 */
record WorkItem(Job job, int index, StagedTriager.Prepared prepared, long enqueuedNanos) {}
