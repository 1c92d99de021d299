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
    FakeTriager fake = new FakeTriager();
    try (WorkLoadManager wlm =
        new WorkLoadManager(fake, config(4, 1, 100), WorkLoadListener.NONE)) {
      List<Conversation> input = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        input.add(conversation("c" + i));
      }
      wlm.submit(input).get(5, TimeUnit.SECONDS);
      assertThat(fake.batchSizes()).containsExactly(4, 4, 2);
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
  void batchSizeOneTurnsBatchingOff() throws Exception {
    GatedTriager model = new GatedTriager();
    try (WorkLoadManager wlm =
        new WorkLoadManager(model, config(1, 5, 100), WorkLoadListener.NONE)) {
      List<CompletableFuture<TriageResult>> futures = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        futures.add(wlm.submit(conversation("c" + i)));
      }
      model.gate.countDown();
      for (CompletableFuture<TriageResult> f : futures) {
        f.get(5, TimeUnit.SECONDS);
      }
      assertThat(model.sizes).containsExactly(1, 1, 1, 1);
    }
  }

  @Test
  void aFullQueueRefusesAtOnceAndCountsTheRefusal() throws Exception {
    GatedTriager model = new GatedTriager();
    List<Integer> rejected = new CopyOnWriteArrayList<>();
    WorkLoadListener listener =
        new WorkLoadListener() {
          @Override
          public void rejected(int conversations) {
            rejected.add(conversations);
          }
        };
    try (WorkLoadManager wlm = new WorkLoadManager(model, config(1, 0, 2), listener)) {
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
}
