package org.oncotriage.server.batching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.server.FakeTriager;
import org.oncotriage.triage.StagedTriager;

/** Batches are formed from a queue filled by hand; no worker, no model pass. */
@Timeout(30)
class BatchAggregatorTest {

  private static final Duration FOREVER = Duration.ofMinutes(10);

  private final StagedTriager model = StagedTriager.of(new FakeTriager());
  private final LinkedBlockingQueue<WorkItem> queue = new LinkedBlockingQueue<>();
  private final LoadSignal load = new LoadSignal();
  private final AtomicBoolean accepting = new AtomicBoolean(true);

  private WorkItem item(String id) {
    Conversation c = Conversation.of(id, List.of(Message.of(Sender.PATIENT, "question " + id)));
    return new WorkItem(new Job(1), 0, model.prepare(c), System.nanoTime());
  }

  private BatchAggregator aggregator(int maxBatchSize, Duration delay, boolean adaptive) {
    return new BatchAggregator(
        new BatchingConfig(maxBatchSize, delay, 100, 1, adaptive), queue, load, accepting::get);
  }

  private static List<String> ids(List<WorkItem> batch) {
    return batch.stream().map(i -> i.prepared().conversation().id()).toList();
  }

  /** Takes the first item and fills a batch, on a thread of its own. */
  private static CompletableFuture<List<WorkItem>> collectAsync(BatchAggregator aggregator) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            WorkItem first = aggregator.awaitFirst();
            while (first == null) {
              first = aggregator.awaitFirst();
            }
            List<WorkItem> batch = new ArrayList<>();
            aggregator.fill(first, batch);
            return batch;
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void aBatchTakesWhatIsWaitingUpToTheMaximumSizeAndLeavesTheRest() throws Exception {
    BatchAggregator aggregator = aggregator(4, FOREVER, false);
    for (int i = 0; i < 6; i++) {
      queue.add(item("c" + i));
    }
    List<WorkItem> batch = new ArrayList<>();
    aggregator.fill(aggregator.awaitFirst(), batch);
    assertThat(ids(batch)).containsExactly("c0", "c1", "c2", "c3");
    assertThat(queue).hasSize(2);
  }

  @Test
  void aFixedDelayWaitsForLateArrivalsUntilTheBatchIsFull() throws Exception {
    BatchAggregator aggregator = aggregator(3, FOREVER, false);
    queue.add(item("early"));
    CompletableFuture<List<WorkItem>> batch = collectAsync(aggregator);
    queue.add(item("late1"));
    queue.add(item("late2"));
    queue.add(item("next batch"));
    assertThat(ids(batch.get(10, TimeUnit.SECONDS))).containsExactly("early", "late1", "late2");
    assertThat(ids(List.copyOf(queue))).containsExactly("next batch");
  }

  @Test
  void aZeroDelayRunsWhatIsWaitingAtOnce() throws Exception {
    BatchAggregator aggregator = aggregator(8, Duration.ZERO, false);
    queue.add(item("a"));
    queue.add(item("b"));
    List<WorkItem> batch = new ArrayList<>();
    aggregator.fill(aggregator.awaitFirst(), batch);
    assertThat(ids(batch)).containsExactly("a", "b");
  }

  @Test
  void whenTheDelayRunsOutAPartialBatchRuns() throws Exception {
    BatchAggregator aggregator = aggregator(8, Duration.ofMillis(1), false);
    queue.add(item("alone"));
    List<WorkItem> batch = new ArrayList<>();
    aggregator.fill(aggregator.awaitFirst(), batch);
    assertThat(ids(batch)).containsExactly("alone");
  }

  @Test
  void theAdaptiveDelayDoesNotWaitWhenNoMoreIsExpected() throws Exception {
    BatchAggregator aggregator = aggregator(8, FOREVER, true);
    queue.add(item("alone"));
    List<WorkItem> batch = new ArrayList<>();
    aggregator.fill(aggregator.awaitFirst(), batch);
    assertThat(ids(batch)).containsExactly("alone");
  }

  @Test
  void theAdaptiveDelayWaitsWhileAConversationIsBeingPrepared() throws Exception {
    BatchAggregator aggregator = aggregator(2, FOREVER, true);
    load.preparing(1);
    queue.add(item("first"));
    CompletableFuture<List<WorkItem>> batch = collectAsync(aggregator);
    queue.add(item("prepared meanwhile"));
    assertThat(ids(batch.get(10, TimeUnit.SECONDS))).containsExactly("first", "prepared meanwhile");
    load.prepared(1);
  }

  @Test
  void closingEndsTheWaitAndExhaustsOnceTheQueueIsEmpty() throws Exception {
    BatchAggregator aggregator = aggregator(8, FOREVER, false);
    queue.add(item("last"));
    accepting.set(false);
    assertThat(aggregator.exhausted()).isFalse();
    List<WorkItem> batch = new ArrayList<>();
    aggregator.fill(aggregator.awaitFirst(), batch);
    assertThat(ids(batch)).containsExactly("last");
    assertThat(aggregator.exhausted()).isTrue();
    assertThat(aggregator.awaitFirst()).isNull();
  }
}
