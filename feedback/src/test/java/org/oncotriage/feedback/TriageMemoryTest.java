package org.oncotriage.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Responder;

class TriageMemoryTest {

  @TempDir Path dir;

  private static TriageRecord record(String id) {
    return TriageRecord.of(
        Fixtures.result(id, Responder.NURSE, "v1", false), Instant.parse("2026-12-01T10:00:00Z"));
  }

  @Test
  void dropsAndCountsWhatDoesNotFitWhileTheDatabaseIsSlowThenWritesTheRest() throws Exception {
    try (FeedbackDatabase db = FeedbackDatabase.open(DatabaseSettings.embedded(dir))) {
      Gate gated = new Gate(db);
      TriageMemory memory = new TriageMemory(new FeedbackStore(gated.dataSource), 2, 10);
      memory.offer(record("c-0"));
      assertThat(gated.entered.await(10, TimeUnit.SECONDS)).isTrue(); // the writer holds c-0

      assertThat(memory.offer(record("c-1"))).isTrue();
      assertThat(memory.offer(record("c-2"))).isTrue();
      assertThat(memory.offer(record("c-3"))).isFalse();
      assertThat(memory.dropped()).isEqualTo(1);
      assertThat(memory.pending("c-0")).isPresent();
      assertThat(memory.pending("c-2")).isPresent();
      assertThat(memory.pending("c-3")).isEmpty();

      gated.open.countDown();
      memory.flush();
      memory.close();
      assertThat(memory.written()).isEqualTo(3);
      FeedbackStore store = new FeedbackStore(db.dataSource());
      assertThat(store.latestTriage("c-2", Instant.EPOCH)).isPresent();
      assertThat(store.latestTriage("c-3", Instant.EPOCH)).isEmpty();
    }
  }

  @Test
  void closingWritesWhatIsQueued() throws Exception {
    try (FeedbackDatabase db = FeedbackDatabase.open(DatabaseSettings.embedded(dir))) {
      TriageMemory memory = new TriageMemory(new FeedbackStore(db.dataSource()), 100, 10);
      for (int i = 0; i < 25; i++) {
        memory.offer(record("c-" + i));
      }
      memory.close();
      assertThat(memory.written()).isEqualTo(25);
      assertThat(memory.offer(record("late"))).isFalse();
    }
  }

  @Test
  void anIdLongerThanTheColumnIsDroppedAloneInsteadOfFailingItsBatch() throws Exception {
    try (FeedbackDatabase db = FeedbackDatabase.open(DatabaseSettings.embedded(dir))) {
      TriageMemory memory = new TriageMemory(new FeedbackStore(db.dataSource()), 100, 10);
      assertThat(memory.offer(record("x".repeat(TriageRecord.MAX_ID_CHARS + 1)))).isFalse();
      assertThat(memory.offer(record("c-1"))).isTrue();
      memory.close();
      assertThat(memory.dropped()).isEqualTo(1);
      assertThat(memory.written()).isEqualTo(1);
      assertThat(memory.failed()).isZero();
    }
  }

  /** A data source that hands out connections only once {@link #open} is counted down. */
  private static final class Gate {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch open = new CountDownLatch(1);
    final DataSource dataSource;

    Gate(FeedbackDatabase db) {
      DataSource target = db.dataSource();
      InvocationHandler handler =
          (proxy, method, args) -> {
            if (method.getName().equals("getConnection")) {
              entered.countDown();
              open.await();
            }
            try {
              return method.invoke(target, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          };
      dataSource =
          (DataSource)
              Proxy.newProxyInstance(
                  DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, handler);
    }
  }
}
