package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.server.batching.BatchingConfig;
import org.oncotriage.server.batching.WorkLoadListener;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.Triager;

@Timeout(30)
class ModelLifecycleTest {

  private static final BatchingConfig BATCHING =
      new BatchingConfig(8, Duration.ZERO, 100, 1, false);

  /** A model whose batches wait for a gate, and which records batches and closing in order. */
  private static final class GatedModel implements Triager {
    final List<String> events = new CopyOnWriteArrayList<>();
    final CountDownLatch gate = new CountDownLatch(1);
    final CountDownLatch batchStarted = new CountDownLatch(1);
    final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public TriageResult triage(Conversation conversation) {
      return triageBatch(List.of(conversation)).get(0);
    }

    @Override
    public List<TriageResult> triageBatch(List<Conversation> conversations) {
      batchStarted.countDown();
      try {
        gate.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      events.add("batch of " + conversations.size());
      return conversations.stream().map(FakeTriager::resultFor).toList();
    }

    @Override
    public ModelDescription description() {
      return FakeTriager.DESCRIPTION;
    }

    @Override
    public void close() {
      events.add("closed");
      closed.countDown();
    }
  }

  private static Conversation conversation(String id) {
    return Conversation.of(id, List.of(Message.of(Sender.PATIENT, "question " + id)));
  }

  private static ModelLifecycle lifecycle(Supplier<Triager> loader, Duration shutdownTimeout) {
    return new ModelLifecycle(loader, BATCHING, WorkLoadListener.NONE, shutdownTimeout);
  }

  private static Supplier<Triager> heldUntil(CountDownLatch release, Triager model) {
    return () -> {
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return model;
    };
  }

  private static void assertNotReady(ModelLifecycle lifecycle, String detail) {
    assertThatThrownBy(() -> lifecycle.state().requireReady())
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.problem().status()).isEqualTo(503);
              assertThat(e.problem().detail()).contains(detail);
            });
  }

  @Test
  void itIsLoadingUntilTheModelIsInThenReadyWithTheModelAndAManager() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    FakeTriager fake = new FakeTriager();
    ModelLifecycle lifecycle = lifecycle(heldUntil(release, fake), Duration.ofSeconds(5));
    assertNotReady(lifecycle, "still loading");
    CompletableFuture<ModelDescription> announced = new CompletableFuture<>();
    lifecycle.start((description, loadTime) -> announced.complete(description));
    assertThat(lifecycle.isReady()).isFalse();
    assertNotReady(lifecycle, "still loading");

    release.countDown();
    assertThat(announced.get(10, TimeUnit.SECONDS)).isSameAs(FakeTriager.DESCRIPTION);
    assertThat(lifecycle.isReady()).isTrue();
    ModelState ready = lifecycle.state().requireReady();
    assertThat(ready.triager()).isSameAs(fake);
    assertThat(ready.workLoad().submit(conversation("c")).get(10, TimeUnit.SECONDS).id())
        .isEqualTo("c");
    assertThat(lifecycle.queueDepth()).isZero();
    lifecycle.close();
  }

  @Test
  void aModelThatFailsToLoadLeavesItFailedAndNeverAnnounced() throws Exception {
    ModelLifecycle lifecycle =
        lifecycle(
            () -> {
              throw new IllegalArgumentException("no model here");
            },
            Duration.ofSeconds(5));
    List<ModelDescription> announced = new CopyOnWriteArrayList<>();
    lifecycle.start((description, loadTime) -> announced.add(description));
    assertThat(lifecycle.awaitLoaded(Duration.ofSeconds(10))).isTrue();
    assertThat(lifecycle.state().phase()).isEqualTo(ModelState.Phase.FAILED);
    assertThat(lifecycle.state().failure()).isEqualTo("IllegalArgumentException: no model here");
    assertNotReady(lifecycle, "failed to load");
    assertThat(announced).isEmpty();
    lifecycle.close();
    assertThat(lifecycle.state().phase()).isEqualTo(ModelState.Phase.STOPPED);
  }

  @Test
  void closeStopsServingThenDrainsTheQueueThenClosesTheModel() throws Exception {
    GatedModel model = new GatedModel();
    ModelLifecycle lifecycle = lifecycle(() -> model, Duration.ofSeconds(10));
    CountDownLatch ready = new CountDownLatch(1);
    lifecycle.start((description, loadTime) -> ready.countDown());
    assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
    ModelState serving = lifecycle.state();
    CompletableFuture<TriageResult> running = serving.workLoad().submit(conversation("running"));
    assertThat(model.batchStarted.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<TriageResult> queued = serving.workLoad().submit(conversation("queued"));

    Thread closer = new Thread(lifecycle::close, "closer");
    closer.start();
    while (lifecycle.state().phase() != ModelState.Phase.STOPPED) {
      Thread.onSpinWait();
    }
    assertNotReady(lifecycle, "stopping");
    // the model is still running the first batch: it cannot have been closed yet
    assertThat(model.events).isEmpty();

    model.gate.countDown();
    closer.join();
    assertThat(running.get().id()).isEqualTo("running");
    assertThat(queued.get().id()).isEqualTo("queued");
    assertThat(model.events).containsExactly("batch of 1", "batch of 1", "closed");
  }

  @Test
  void aModelThatArrivesAfterCloseIsClosedAndNeverServes() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    GatedModel model = new GatedModel();
    ModelLifecycle lifecycle = lifecycle(heldUntil(release, model), Duration.ofMillis(1));
    List<ModelDescription> announced = new CopyOnWriteArrayList<>();
    lifecycle.start((description, loadTime) -> announced.add(description));
    lifecycle.close();
    assertThat(lifecycle.state().phase()).isEqualTo(ModelState.Phase.STOPPED);

    release.countDown();
    assertThat(model.closed.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(lifecycle.state().phase()).isEqualTo(ModelState.Phase.STOPPED);
    assertThat(announced).isEmpty();
  }

  @Test
  void itStartsOnlyOnce() {
    ModelLifecycle lifecycle = lifecycle(FakeTriager::new, Duration.ofSeconds(5));
    lifecycle.start((description, loadTime) -> {});
    assertThatThrownBy(() -> lifecycle.start((description, loadTime) -> {}))
        .isInstanceOf(IllegalStateException.class);
    lifecycle.close();
  }
}
