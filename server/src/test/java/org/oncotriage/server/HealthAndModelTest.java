package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncotriage.server.TestServers.awaitReady;
import static org.oncotriage.server.TestServers.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.oncotriage.json.Json;
import org.oncotriage.triage.Triager;

class HealthAndModelTest {

  @Test
  void whileTheModelLoadsLiveIs200AndReadyAndTriageAre503ThenReadyIs200() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    FakeTriager fake = new FakeTriager();
    TriageServer server = TestServers.loadingUntil(release, fake);
    JavalinTest.test(
        server.app(),
        (app, client) -> {
          assertThat(client.get("/health/live").code()).isEqualTo(200);
          Response notReady = client.get("/health/ready");
          assertThat(notReady.code()).isEqualTo(503);
          assertThat(notReady.headers().get("Content-Type").get(0))
              .startsWith("application/problem+json");
          assertThat(notReady.headers().get("Retry-After")).containsExactly("5");
          assertThat(postJson(client, "/v1/triage", TestServers.ONE).code()).isEqualTo(503);
          assertThat(client.get("/v1/model").code()).isEqualTo(503);

          release.countDown();
          awaitReady(server);
          Response ready = client.get("/health/ready");
          assertThat(ready.code()).isEqualTo(200);
          assertThat(ready.body().string()).contains("\"version\":\"1.2.3\"");
        });
    assertThat(fake.closed()).as("stopping the app closes the model").isTrue();
  }

  @Test
  void aModelThatFailsToLoadKeepsReadyAt503() throws Exception {
    TriageServer server =
        TestServers.server(
            (java.util.function.Supplier<Triager>)
                () -> {
                  throw new IllegalArgumentException("no model here");
                },
            Map.of());
    JavalinTest.test(
        server.app(),
        (app, client) -> {
          Thread.sleep(100);
          Response response = client.get("/health/ready");
          assertThat(response.code()).isEqualTo(503);
          assertThat(response.body().string()).contains("failed");
          assertThat(client.get("/health/live").code()).isEqualTo(200);
        });
  }

  @Test
  void theModelEndpointDescribesTheLoadedModel() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          Response response = client.get("/v1/model");
          assertThat(response.code()).isEqualTo(200);
          JsonNode model = Json.mapper().readTree(response.body().string());
          assertThat(model.get("name").asText()).isEqualTo("fake-model");
          assertThat(model.get("version").asText()).isEqualTo("1.2.3");
          assertThat(model.get("labels")).hasSize(3);
          assertThat(model.at("/thresholds/billable").asDouble()).isEqualTo(0.5);
          assertThat(model.at("/validation_metrics/macro_f1").asDouble()).isEqualTo(0.9);
          assertThat(model.at("/provenance/trainer").asText()).isEqualTo("none");
        });
  }
}
