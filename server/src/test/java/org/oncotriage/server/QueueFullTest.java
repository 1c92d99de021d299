package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class QueueFullTest {

  @Test
  void aFullQueueRefusesAtOnceWith429AndRetryAfter() throws Exception {
    FakeTriager slow = new FakeTriager(400);
    TriageServer server =
        TestServers.server(
            () -> slow,
            Map.of("queue_capacity", "1", "max_batch_size", "2", "max_batch_delay_ms", "0"));
    TestServers.whenReady(
        server,
        (app, client) -> {
          HttpClient http = HttpClient.newHttpClient();
          HttpRequest request = TestServers.triageRequest(client);
          List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
          inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
          for (int i = 0; i < 200 && slow.batchSizes().isEmpty(); i++) {
            Thread.sleep(5);
          }
          // The first conversation is now in the model: one more may wait, the rest are refused.
          for (int i = 0; i < 5; i++) {
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
          }
          int ok = 0;
          int refused = 0;
          for (CompletableFuture<HttpResponse<String>> f : inFlight) {
            HttpResponse<String> response = f.get();
            if (response.statusCode() == 200) {
              ok++;
            } else {
              assertThat(response.statusCode()).isEqualTo(429);
              assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
              assertThat(response.headers().firstValue("Content-Type").orElse(""))
                  .startsWith("application/problem+json");
              assertThat(response.body()).contains("queue-full");
              refused++;
            }
          }
          assertThat(ok).isEqualTo(2);
          assertThat(refused).isEqualTo(4);
          assertThat(client.get("/metrics").body().string())
              .containsPattern("oncotriage_queue_rejected_total [1-9]");
        });
  }
}
