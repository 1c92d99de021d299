package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {

  @Test
  void stoppingFinishesRequestsInFlightAndQueuedThenClosesTheModel() throws Exception {
    FakeTriager slow = new FakeTriager(300);
    TriageServer server =
        TestServers.server(() -> slow, Map.of("max_batch_size", "1", "max_batch_delay_ms", "0"))
            .start();
    TestServers.awaitReady(server);
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/triage"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(TestServers.ONE))
            .build();
    List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    // all three are in the model (batching off: each on its own request thread) before the stop
    for (int i = 0; i < 400 && slow.batchSizes().size() < 3; i++) {
      Thread.sleep(5);
    }
    server.stop();
    for (CompletableFuture<HttpResponse<String>> f : inFlight) {
      assertThat(f.get().statusCode()).isEqualTo(200);
    }
    assertThat(slow.batchSizes()).hasSize(3);
    assertThat(slow.closed()).isTrue();
  }
}
