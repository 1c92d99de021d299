package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.server.batching.BatchingConfig;
import org.oncotriage.server.batching.WorkLoadListener;
import org.oncotriage.server.batching.WorkLoadManager;

@Timeout(30)
class LoadedModelTest {

  private static final Conversation CHECK =
      Conversation.of("c-1", List.of(Message.of(Sender.PATIENT, "Can I move my appointment?")));

  private static LoadedModel model(VersionedTriager triager) {
    return new LoadedModel(
        triager,
        new WorkLoadManager(
            triager, new BatchingConfig(8, Duration.ZERO, 100, 1, false), WorkLoadListener.NONE),
        "test",
        Instant.now(),
        Duration.ZERO);
  }

  @Test
  void retiringWaitsForTheRequestsHoldingItThenClosesTheModel() throws Exception {
    VersionedTriager triager = new VersionedTriager("1");
    LoadedModel model = model(triager);
    LoadedModel.Lease held = model.tryAcquire();
    assertThat(model.inFlight()).isEqualTo(1);

    CompletableFuture<Boolean> retiring =
        CompletableFuture.supplyAsync(() -> model.retireAndClose(Duration.ofSeconds(10)));
    Thread.sleep(100);
    assertThat(retiring).isNotDone();
    assertThat(triager.closed()).isFalse();
    assertThat(model.tryAcquire()).as("no new request once retiring").isNull();

    held.close();
    assertThat(retiring.get(5, TimeUnit.SECONDS)).isTrue();
    assertThat(triager.closed()).isTrue();
  }

  @Test
  void retiringGivesUpWaitingAfterItsTimeoutAndClosesWhenTheLastRequestReleasesIt()
      throws Exception {
    VersionedTriager triager = new VersionedTriager("1");
    LoadedModel model = model(triager);
    LoadedModel.Lease slow = model.tryAcquire();
    assertThat(model.retireAndClose(Duration.ofMillis(50))).isFalse();
    assertThat(triager.closed()).as("a request still runs on it").isFalse();
    assertThat(model.workLoad().submit(List.of(CHECK)).get(5, TimeUnit.SECONDS))
        .as("the slow request still gets its answer")
        .hasSize(1);
    assertThat(model.tryAcquire()).isNull();

    slow.close();
    for (int i = 0; i < 500 && !triager.closed(); i++) {
      Thread.sleep(10);
    }
    assertThat(triager.closed()).isTrue();
    assertThat(model.retireAndClose(Duration.ZERO)).as("closes once").isTrue();
  }

  @Test
  void closingALeaseTwiceReleasesItOnce() {
    LoadedModel model = model(new VersionedTriager("1"));
    LoadedModel.Lease a = model.tryAcquire();
    model.tryAcquire();
    a.close();
    a.close();
    assertThat(model.inFlight()).isEqualTo(1);
  }
}
