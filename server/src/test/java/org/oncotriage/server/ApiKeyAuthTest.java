package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncotriage.server.TestServers.get;
import static org.oncotriage.server.TestServers.post;

import io.javalin.testtools.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyAuthTest {

  private static Response triage(io.javalin.testtools.HttpClient client, Map<String, String> h) {
    return post(client, "/v1/triage", TestServers.ONE, "application/json", h);
  }

  @Test
  void withoutKeysConfiguredEveryEndpointIsOpen() {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          assertThat(triage(client, Map.of()).code()).isEqualTo(200);
          assertThat(client.get("/v1/model").code()).isEqualTo(200);
        });
  }

  @Test
  void withKeysTheV1EndpointsNeedABearerKeyAndOperationalOnesStayOpen() throws Exception {
    TriageServer server =
        TestServers.server(
            FakeTriager::new,
            Map.of(
                "api_keys", "plain-key-1, " + ApiKeys.HASH_PREFIX + ApiKeys.hashHex("hashed-2")));
    TestServers.whenReady(
        server,
        (app, client) -> {
          Response none = triage(client, Map.of());
          assertThat(none.code()).isEqualTo(401);
          assertThat(none.headers().get("WWW-Authenticate").get(0)).startsWith("Bearer");
          assertThat(none.headers().get("Content-Type").get(0))
              .startsWith("application/problem+json");

          Response wrong = triage(client, Map.of("Authorization", "Bearer nope"));
          assertThat(wrong.code()).isEqualTo(403);

          Response basic = triage(client, Map.of("Authorization", "Basic cGxhaW4ta2V5LTE="));
          assertThat(basic.code()).isEqualTo(401);

          assertThat(triage(client, Map.of("Authorization", "Bearer plain-key-1")).code())
              .isEqualTo(200);
          assertThat(triage(client, Map.of("Authorization", "Bearer hashed-2")).code())
              .isEqualTo(200);
          assertThat(get(client, "/v1/model", Map.of()).code()).isEqualTo(401);

          assertThat(client.get("/health/live").code()).isEqualTo(200);
          assertThat(client.get("/health/ready").code()).isEqualTo(200);
          assertThat(client.get("/metrics").code()).isEqualTo(200);
          assertThat(client.get("/openapi.json").code()).isEqualTo(200);
        });
  }

  @Test
  void keysFromAHashFileWork(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("keys.txt");
    Files.writeString(file, "# service keys\n\n" + ApiKeys.hashHex("from-file") + "\n");
    TriageServer server =
        TestServers.server(FakeTriager::new, Map.of("api_keys_file", file.toString()));
    TestServers.whenReady(
        server,
        (app, client) -> {
          assertThat(triage(client, Map.of("Authorization", "Bearer from-file")).code())
              .isEqualTo(200);
          assertThat(triage(client, Map.of("Authorization", "Bearer other")).code()).isEqualTo(403);
        });
  }

  @Test
  void protectOperationalPutsHealthAndMetricsBehindTheKeyToo() {
    TriageServer server =
        TestServers.server(
            FakeTriager::new, Map.of("api_keys", "k1", "protect_operational", "true"));
    TestServers.whenReady(
        server,
        (app, client) -> {
          assertThat(client.get("/metrics").code()).isEqualTo(401);
          assertThat(client.get("/health/ready").code()).isEqualTo(401);
          assertThat(get(client, "/metrics", Map.of("Authorization", "Bearer k1")).code())
              .isEqualTo(200);
        });
  }
}
