package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MetricsAndBatchingTest {

  private static double metric(String scrape, String line) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(line) + " ([0-9.eE+-]+)$").matcher(scrape);
    if (!m.find()) {
      throw new AssertionError("no metric line " + line + " in:\n" + scrape);
    }
    return Double.parseDouble(m.group(1));
  }

  @Test
  void concurrentRequestsShareAModelBatch() throws Exception {
    FakeTriager slow = new FakeTriager(150);
    TriageServer server =
        TestServers.server(() -> slow, Map.of("max_batch_size", "16", "max_batch_delay_ms", "20"));
    TestServers.whenReady(
        server,
        (app, client) -> {
          HttpClient http = HttpClient.newHttpClient();
          HttpRequest request = TestServers.triageRequest(client);
          List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
          for (int i = 0; i < 8; i++) {
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
          }
          for (CompletableFuture<HttpResponse<String>> f : inFlight) {
            assertThat(f.get().statusCode()).isEqualTo(200);
          }
          String scrape = client.get("/metrics").body().string();
          assertThat(metric(scrape, "oncotriage_batch_size_count")).isLessThan(8);
          assertThat(metric(scrape, "oncotriage_batch_size_sum")).isEqualTo(8);
          assertThat(metric(scrape, "oncotriage_batch_size_max")).isGreaterThan(1);
          assertThat(slow.batchSizes().stream().mapToInt(Integer::intValue).max().orElse(0))
              .isGreaterThan(1);
        });
  }

  @Test
  void metricsCountRequestsByEndpointAndStatusRoutesAndTheModel() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          TestServers.postJson(client, "/v1/triage", TestServers.URGENT);
          TestServers.postJson(client, "/v1/triage", TestServers.ONE);
          TestServers.postJson(client, "/v1/triage", "{broken");
          client.get("/nowhere");
          var response = client.get("/metrics");
          assertThat(response.code()).isEqualTo(200);
          assertThat(response.headers().get("Content-Type").get(0)).startsWith("text/plain");
          String scrape = response.body().string();
          assertThat(
                  metric(
                      scrape,
                      "http_server_requests_seconds_count{endpoint=\"/v1/triage\",method=\"POST\","
                          + "status=\"200\"}"))
              .isEqualTo(2);
          assertThat(
                  metric(
                      scrape,
                      "http_server_requests_seconds_count{endpoint=\"/v1/triage\",method=\"POST\","
                          + "status=\"400\"}"))
              .isEqualTo(1);
          assertThat(
                  metric(
                      scrape,
                      "http_server_requests_seconds_count{endpoint=\"unmatched\",method=\"GET\","
                          + "status=\"404\"}"))
              .isEqualTo(1);
          assertThat(scrape).contains("http_server_requests_seconds_bucket{");
          assertThat(metric(scrape, "oncotriage_routes_predicted_total{route=\"oncologist\"}"))
              .isEqualTo(1);
          assertThat(
                  metric(scrape, "oncotriage_routes_predicted_total{route=\"medical_assistant\"}"))
              .isEqualTo(1);
          assertThat(metric(scrape, "oncotriage_urgent_flagged_total")).isEqualTo(1);
          assertThat(metric(scrape, "oncotriage_model_info{name=\"fake-model\",version=\"1.2.3\"}"))
              .isEqualTo(1);
          assertThat(metric(scrape, "oncotriage_queue_depth")).isEqualTo(0);
          assertThat(metric(scrape, "oncotriage_model_ready")).isEqualTo(1);
        });
  }
}
