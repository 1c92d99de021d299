package org.oncotriage.server.batching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.server.FakeTriager;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.StagedTriager;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.Triager;

class WorkLoadManagerTest {

  private static Conversation conversation(String id) {
    return Conversation.of(id, List.of(Message.of(Sender.PATIENT, "question " + id)));
  }

  private static BatchingConfig config(int maxBatch, long delayMillis, int capacity) {
    return new BatchingConfig(maxBatch, Duration.ofMillis(delayMillis), capacity, 1);
  }

  /** A fake whose batches wait for a gate, so a test decides when the model finishes. */
  private static final class GatedTriager implements Triager {
    final CountDownLatch gate = new CountDownLatch(1);
    final CountDownLatch firstBatchStarted = new CountDownLatch(1);
    final List<Integer> sizes = new CopyOnWriteArrayList<>();

    @Override
    public TriageResult triage(Conversation conversation) {
      return triageBatch(List.of(conversation)).get(0);
    }

    @Override
    public List<TriageResult> triageBatch(List<Conversation> conversations) {
      sizes.add(conversations.size());
      firstBatchStarted.countDown();
      try {
        gate.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return conversations.stream().map(FakeTriager::resultFor).toList();
    }

    @Override
    public ModelDescription description() {
      return FakeTriager.DESCRIPTION;
    }

    @Override
    public void close() {}
  }

  /** A staged fake that records which thread prepares and which runs the model. */
  private static final class RecordingStagedTriager implements StagedTriager {
    final List<String> prepared = new CopyOnWriteArrayList<>();
    final List<String> prepareThreads = new CopyOnWriteArrayList<>();
    final List<String> modelThreads = new CopyOnWriteArrayList<>();
    final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    final CountDownLatch firstBatchStarted = new CountDownLatch(1);
    volatile CountDownLatch gate = new CountDownLatch(0);
    volatile String failPreparing;

    private record Ready(Conversation conversation) implements Prepared {
      @Override
      public int tokens() {
        return conversation.messages().size();
      }
    }

    @Override
    public Prepared prepare(Conversation conversation) {
      if (conversation.id().equals(failPreparing)) {
        throw new IllegalArgumentException("cannot prepare");
      }
      prepared.add(conversation.id());
      prepareThreads.add(Thread.currentThread().getName());
      return new Ready(conversation);
    }

    @Override
    public List<TriageResult> triagePrepared(List<? extends Prepared> batch) {
      batchSizes.add(batch.size());
      modelThreads.add(Thread.currentThread().getName());
      firstBatchStarted.countDown();
      try {
        gate.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return batch.stream().map(p -> FakeTriager.resultFor(p.conversation())).toList();
    }

    @Override
    public TriageResult triage(Conversation conversation) {
      return triagePrepared(List.of(prepare(conversation))).get(0);
    }

    @Override
    public List<TriageResult> triageBatch(List<Conversation> conversations) {
      return triagePrepared(conversations.stream().map(this::prepare).toList());
    }

    @Override
    public ModelDescription description() {
      return FakeTriager.DESCRIPTION;
    }

    @Override
    public void close() {}
  }

  @Test
  void resultsComeBackInSubmissionOrder() throws Exception {
    try (WorkLoadManager wlm =
        new WorkLoadManager(new FakeTriager(), config(4, 1, 100), WorkLoadListener.NONE)) {
      List<Conversation> input = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        input.add(conversation("c" + i));
      }
      List<TriageResult> results = wlm.submit(input).get(5, TimeUnit.SECONDS);
      assertThat(results)
          .extracting(TriageResult::id)
          .containsExactly("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9");
    }
  }

  @Test
  void aJobLargerThanTheBatchSizeIsSplitIntoBatchesOfAtMostThatSize() throws Exception {
    GatedTriager model = new GatedTriager();
    try (WorkLoadManager wlm =
        new WorkLoadManager(model, config(4, 0, 100), WorkLoadListener.NONE)) {
      // The model is held busy so the whole job is queued before any of it is batched; otherwise
      // a worker may start a short batch while the submitter is still queueing (a timing race).
      CompletableFuture<TriageResult> first = wlm.submit(conversation("first"));
      assertThat(model.firstBatchStarted.await(5, TimeUnit.SECONDS)).isTrue();
      List<Conversation> input = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        input.add(conversation("c" + i));
      }
      CompletableFuture<List<TriageResult>> job = wlm.submit(input);
      model.gate.countDown();
      first.get(5, TimeUnit.SECONDS);
      assertThat(job.get(5, TimeUnit.SECONDS)).hasSize(10);
      assertThat(model.sizes).containsExactly(1, 4, 4, 2);
    }
  }

  @Test
  void conversationsQueuedWhileTheModelIsBusyShareTheNextBatch() throws Exception {
    GatedTriager model = new GatedTriager();
    try (WorkLoadManager wlm =
        new WorkLoadManager(model, config(8, 0, 100), WorkLoadListener.NONE)) {
      CompletableFuture<TriageResult> first = wlm.submit(conversation("first"));
      assertThat(model.firstBatchStarted.await(5, TimeUnit.SECONDS)).isTrue();
      List<CompletableFuture<TriageResult>> waiting = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        waiting.add(wlm.submit(conversation("w" + i)));
      }
      assertThat(wlm.queueDepth()).isEqualTo(5);
      model.gate.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS).id()).isEqualTo("first");
      for (int i = 0; i < 5; i++) {
        assertThat(waiting.get(i).get(5, TimeUnit.SECONDS).id()).isEqualTo("w" + i);
      }
      assertThat(model.sizes).containsExactly(1, 5);
      assertThat(wlm.queueDepth()).isZero();
    }
  }

  @Test
  void theBatchDelayLetsLateArrivalsJoinABatch() throws Exception {
    FakeTriager fake = new FakeTriager();
    try (WorkLoadManager wlm =
        new WorkLoadManager(fake, config(8, 500, 100), WorkLoadListener.NONE)) {
      CompletableFuture<TriageResult> a = wlm.submit(conversation("a"));
      Thread.sleep(50);
      CompletableFuture<TriageResult> b = wlm.submit(conversation("b"));
      a.get(5, TimeUnit.SECONDS);
      b.get(5, TimeUnit.SECONDS);
      assertThat(fake.batchSizes()).containsExactly(2);
    }
  }

  @Test
  void batchSizeOneTurnsBatchingOffAndRunsEachConversationAloneOnTheCallersThread()
      throws Exception {
    RecordingStagedTriager model = new RecordingStagedTriager();
    try (WorkLoadManager wlm =
        new WorkLoadManager(model, config(1, 5, 100), WorkLoadListener.NONE)) {
      CompletableFuture<List<TriageResult>> job =
          wlm.submit(List.of(conversation("c0"), conversation("c1"), conversation("c2")));
      assertThat(job).isCompleted();
      assertThat(job.get()).extracting(TriageResult::id).containsExactly("c0", "c1", "c2");
      assertThat(model.batchSizes).containsExactly(1, 1, 1);
      assertThat(model.modelThreads).containsOnly(Thread.currentThread().getName());
      assertThat(wlm.queueDepth()).isZero();
    }
  }

  @Test
  void withBatchingOffTheCapacityBoundsConversationsInTheModelAtOnce() throws Exception {
    GatedTriager model = new GatedTriager();
    List<Integer> rejected = new CopyOnWriteArrayList<>();
    WorkLoadListener listener = recordingRejections(rejected);
    try (WorkLoadManager wlm = new WorkLoadManager(model, config(1, 0, 1), listener)) {
      CompletableFuture<CompletableFuture<TriageResult>> running =
          CompletableFuture.supplyAsync(() -> wlm.submit(conversation("running")));
      assertThat(model.firstBatchStarted.await(5, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> wlm.submit(conversation("second")))
          .isInstanceOf(QueueFullException.class);
      assertThat(rejected).containsExactly(1);
      model.gate.countDown();
      assertThat(running.get(5, TimeUnit.SECONDS).get().id()).isEqualTo("running");
      assertThat(wlm.submit(conversation("third")).get().id()).isEqualTo("third");
    }
  }

  @Test
  void closeWaitsForConversationsRunningOnCallersThreadsWithBatchingOff() throws Exception {
    GatedTriager model = new GatedTriager();
    WorkLoadManager wlm = new WorkLoadManager(model, config(1, 0, 10), WorkLoadListener.NONE);
    CompletableFuture<CompletableFuture<TriageResult>> running =
        CompletableFuture.supplyAsync(() -> wlm.submit(conversation("running")));
    assertThat(model.firstBatchStarted.await(5, TimeUnit.SECONDS)).isTrue();
    Thread closer = new Thread(wlm::close);
    closer.start();
    closer.join(100);
    assertThat(closer.isAlive()).isTrue();
    assertThatThrownBy(() -> wlm.submit(conversation("late")))
        .isInstanceOf(IllegalStateException.class);
    model.gate.countDown();
    closer.join(5000);
    assertThat(closer.isAlive()).isFalse();
    assertThat(running.get(5, TimeUnit.SECONDS).get().id()).isEqualTo("running");
  }

  @Test
  void aStagedTriagerIsPreparedOnTheSubmittingThreadBeforeItsConversationIsQueued()
      throws Exception {
    RecordingStagedTriager model = new RecordingStagedTriager();
    model.gate = new CountDownLatch(1);
    try (WorkLoadManager wlm =
        new WorkLoadManager(model, config(8, 0, 100), WorkLoadListener.NONE)) {
      CompletableFuture<TriageResult> first = wlm.submit(conversation("first"));
      assertThat(model.firstBatchStarted.await(5, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<List<TriageResult>> waiting =
          wlm.submit(List.of(conversation("w0"), conversation("w1")));
      // the model is still busy with "first", yet both are already prepared, on this thread
      assertThat(wlm.queueDepth()).isEqualTo(2);
      assertThat(model.prepared).containsExactly("first", "w0", "w1");
      assertThat(model.prepareThreads).containsOnly(Thread.currentThread().getName());
      model.gate.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS).id()).isEqualTo("first");
      assertThat(waiting.get(5, TimeUnit.SECONDS))
          .extracting(TriageResult::id)
          .containsExactly("w0", "w1");
      assertThat(model.batchSizes).containsExactly(1, 2);
      assertThat(model.modelThreads).allMatch(name -> name.startsWith("triage-worker-"));
    }
  }

  @Test
  void aConversationThatFailsToPrepareFailsItsJobAndFreesItsPlace() throws Exception {
    RecordingStagedTriager model = new RecordingStagedTriager();
    model.failPreparing = "bad";
    try (WorkLoadManager wlm = new WorkLoadManager(model, config(8, 0, 2), WorkLoadListener.NONE)) {
      CompletableFuture<List<TriageResult>> job =
          wlm.submit(List.of(conversation("ok"), conversation("bad")));
      assertThatThrownBy(() -> job.get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(IllegalArgumentException.class);
      assertThat(wlm.queueDepth()).isZero();
      assertThat(wlm.submit(List.of(conversation("a"), conversation("b"))).get(5, TimeUnit.SECONDS))
          .hasSize(2);
      // the failed job never reached the model; both places of the capacity were free again
      assertThat(model.batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
    }
  }

  @Test
  void withTheAdaptiveDelayALoneConversationOnAnIdleManagerDoesNotWaitForTheDelay()
      throws Exception {
    FakeTriager fake = new FakeTriager();
    BatchingConfig adaptive = new BatchingConfig(8, Duration.ofMinutes(10), 100, 1, true);
    try (WorkLoadManager wlm = new WorkLoadManager(fake, adaptive, WorkLoadListener.NONE)) {
      // a fixed ten-minute delay would make both of these time out
      assertThat(wlm.submit(conversation("a")).get(5, TimeUnit.SECONDS).id()).isEqualTo("a");
      assertThat(wlm.submit(conversation("b")).get(5, TimeUnit.SECONDS).id()).isEqualTo("b");
      assertThat(fake.batchSizes()).containsExactly(1, 1);
    }
  }

  @Test
  void withTheAdaptiveDelayABatchAfterABusyOneWaitsForLateArrivals() throws Exception {
    GatedTriager model = new GatedTriager();
    BatchingConfig adaptive = new BatchingConfig(8, Duration.ofMillis(500), 100, 1, true);
    try (WorkLoadManager wlm = new WorkLoadManager(model, adaptive, WorkLoadListener.NONE)) {
      CompletableFuture<TriageResult> a =
          CompletableFuture.supplyAsync(() -> wlm.submit(conversation("a")).join());
      assertThat(model.firstBatchStarted.await(5, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<TriageResult> b = wlm.submit(conversation("b"));
      CompletableFuture<TriageResult> c = wlm.submit(conversation("c"));
      model.gate.countDown();
      c.get(5, TimeUnit.SECONDS);
      // the last batch held two: the manager is under load, so the next batch waits to fill
      CompletableFuture<TriageResult> d = wlm.submit(conversation("d"));
      Thread.sleep(50);
      CompletableFuture<TriageResult> e = wlm.submit(conversation("e"));
      for (CompletableFuture<TriageResult> f : List.of(a, b, d, e)) {
        f.get(5, TimeUnit.SECONDS);
      }
      assertThat(model.sizes).containsExactly(1, 2, 2);
    }
  }

  @Test
  void aFullQueueRefusesAtOnceAndCountsTheRefusal() throws Exception {
    GatedTriager model = new GatedTriager();
    List<Integer> rejected = new CopyOnWriteArrayList<>();
    WorkLoadListener listener = recordingRejections(rejected);
    try (WorkLoadManager wlm = new WorkLoadManager(model, config(2, 0, 2), listener)) {
      CompletableFuture<TriageResult> running = wlm.submit(conversation("running"));
      assertThat(model.firstBatchStarted.await(5, TimeUnit.SECONDS)).isTrue();
      wlm.submit(conversation("q1"));
      assertThatThrownBy(() -> wlm.submit(List.of(conversation("q2"), conversation("q3"))))
          .isInstanceOf(QueueFullException.class)
          .hasMessageContaining("capacity 2");
      CompletableFuture<TriageResult> fits = wlm.submit(conversation("q2"));
      assertThatThrownBy(() -> wlm.submit(conversation("q3")))
          .isInstanceOf(QueueFullException.class);
      assertThat(rejected).containsExactly(2, 1);
      model.gate.countDown();
      assertThat(running.get(5, TimeUnit.SECONDS).id()).isEqualTo("running");
      assertThat(fits.get(5, TimeUnit.SECONDS).id()).isEqualTo("q2");
    }
  }

  @Test
  void aModelFailureFailsEveryJobOfThatBatchAndTheWorkerKeepsGoing() throws Exception {
    FakeTriager fake = new FakeTriager().failing();
    try (WorkLoadManager wlm =
        new WorkLoadManager(fake, config(4, 1, 100), WorkLoadListener.NONE)) {
      CompletableFuture<List<TriageResult>> job = wlm.submit(List.of(conversation("x")));
      assertThatThrownBy(() -> job.get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(IllegalStateException.class);
      CompletableFuture<List<TriageResult>> next = wlm.submit(List.of(conversation("y")));
      assertThatThrownBy(() -> next.get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class);
      assertThat(fake.batchSizes()).containsExactly(1, 1);
    }
  }

  @Test
  void closeRunsEverythingAlreadyQueuedAndThenRefusesNewWork() throws Exception {
    GatedTriager model = new GatedTriager();
    WorkLoadManager wlm = new WorkLoadManager(model, config(2, 0, 100), WorkLoadListener.NONE);
    List<CompletableFuture<TriageResult>> futures = new ArrayList<>();
    futures.add(wlm.submit(conversation("a")));
    assertThat(model.firstBatchStarted.await(5, TimeUnit.SECONDS)).isTrue();
    for (String id : List.of("b", "c", "d")) {
      futures.add(wlm.submit(conversation(id)));
    }
    Thread closer = new Thread(wlm::close);
    closer.start();
    Thread.sleep(50);
    assertThatThrownBy(() -> wlm.submit(conversation("late")))
        .isInstanceOf(IllegalStateException.class);
    model.gate.countDown();
    closer.join(5000);
    assertThat(closer.isAlive()).isFalse();
    for (CompletableFuture<TriageResult> f : futures) {
      assertThat(f).isCompleted();
      assertThat(f.get().id()).isIn("a", "b", "c", "d");
    }
    assertThat(model.sizes).containsExactly(1, 2, 1);
  }

  @Test
  void anEmptySubmissionCompletesAtOnce() throws Exception {
    try (WorkLoadManager wlm =
        new WorkLoadManager(new FakeTriager(), config(4, 1, 1), WorkLoadListener.NONE)) {
      assertThat(wlm.submit(List.of()).get(1, TimeUnit.SECONDS)).isEmpty();
    }
  }

  @Test
  void withTheAdaptiveDelayALoneConversationOnAnIdleManagerRunsOnTheSubmittingThread()
      throws Exception {
    RecordingStagedTriager model = new RecordingStagedTriager();
    BatchingConfig adaptive = new BatchingConfig(8, Duration.ofMillis(2), 100, 1, true);
    try (WorkLoadManager wlm = new WorkLoadManager(model, adaptive, WorkLoadListener.NONE)) {
      CompletableFuture<TriageResult> lone = wlm.submit(conversation("lone"));
      assertThat(lone).isCompleted();
      assertThat(model.modelThreads).containsExactly(Thread.currentThread().getName());
      // two at once are not idle work: they go to a worker as one batch
      assertThat(wlm.submit(List.of(conversation("x"), conversation("y"))).get(5, TimeUnit.SECONDS))
          .hasSize(2);
      assertThat(model.batchSizes).containsExactly(1, 2);
      assertThat(model.modelThreads.get(1)).startsWith("triage-worker-");
    }
  }

  /** A listener that records the size of every refused submission. */
  private static WorkLoadListener recordingRejections(List<Integer> rejected) {
    return new WorkLoadListener() {
      @Override
      public void rejected(int conversations) {
        rejected.add(conversations);
      }
    };
  }
}
