package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.Triager;

/**
 * Issue 14, item 11: a flood of single conversations never got a 429 (250 HTTP threads capped the
 * concurrency below the queue), and {@code /health/live} slowed down under it.
 */
class RequestLimitTest {

  /** A model that holds every batch until released. */
  private static final class HeldTriager implements Triager {
    final CountDownLatch release = new CountDownLatch(1);
    final FakeTriager fake = new FakeTriager();

    @Override
    public TriageResult triage(Conversation conversation) {
      return triageBatch(List.of(conversation)).get(0);
    }

    @Override
    public List<TriageResult> triageBatch(List<Conversation> conversations) {
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return fake.triageBatch(conversations);
    }

    @Override
    public ModelDescription description() {
      return fake.description();
    }

    @Override
    public void close() {}
  }

  @Test
  void oneRequestBeyondTheLimitIsA429WithRetryAfterWhileHealthStillAnswers() {
    HeldTriager model = new HeldTriager();
    TriageServer server =
        TestServers.server(
            () -> model, Map.of("max_concurrent_requests", "2", "max_batch_size", "1"));
    TestServers.whenReady(
        server,
        (app, client) -> {
          var http = java.net.http.HttpClient.newHttpClient();
          List<CompletableFuture<HttpResponse<String>>> held =
              List.of(
                  http.sendAsync(
                      TestServers.triageRequest(client), HttpResponse.BodyHandlers.ofString()),
                  http.sendAsync(
                      TestServers.triageRequest(client), HttpResponse.BodyHandlers.ofString()));
          for (int i = 0; i < 1000 && server.requestsInProgress() < 2; i++) {
            Thread.sleep(10);
          }
          assertThat(server.requestsInProgress()).isEqualTo(2);
          var third = TestServers.postJson(client, "/v1/triage", TestServers.ONE);
          assertThat(third.code()).isEqualTo(429);
          assertThat(third.headers().get("Retry-After")).containsExactly("1");
          assertThat(third.headers().get("Content-Type").get(0))
              .startsWith("application/problem+json");
          assertThat(client.get("/health/live").code()).isEqualTo(200);
          model.release.countDown();
          for (var f : held) {
            assertThat(f.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
          }
          assertThat(server.requestsInProgress()).isZero();
        });
  }
}
