package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncotriage.server.TestServers.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.oncotriage.json.Json;

class ErrorStatusTest {

  private static JsonNode problem(Response response) throws Exception {
    assertThat(response.headers().get("Content-Type").get(0))
        .startsWith("application/problem+json");
    JsonNode body = Json.mapper().readTree(response.body().string());
    assertThat(body.has("type")).isTrue();
    assertThat(body.has("title")).isTrue();
    assertThat(body.has("detail")).isTrue();
    assertThat(body.get("status").asInt()).isEqualTo(response.code());
    return body;
  }

  @Test
  void anUnknownPathIsA404Problem() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    JavalinTest.test(
        server.app(),
        (app, client) -> {
          Response response = client.get("/v1/nothing-here");
          assertThat(response.code()).isEqualTo(404);
          assertThat(problem(response).get("type").asText()).endsWith("/not-found");
        });
  }

  @Test
  void aWrongMethodOnAKnownPathIsA405Problem() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    JavalinTest.test(
        server.app(),
        (app, client) -> {
          Response get = client.get("/v1/triage");
          assertThat(get.code()).isEqualTo(405);
          assertThat(problem(get).get("type").asText()).endsWith("/method-not-allowed");
          assertThat(get.headers().get("Allow")).containsExactly("POST");
          Response delete =
              client.request("/health/live", b -> b.delete(HttpRequest.BodyPublishers.noBody()));
          assertThat(delete.code()).isEqualTo(405);
          problem(delete);
          assertThat(delete.headers().get("Allow")).containsExactly("GET");
        });
  }

  @Test
  void aModelFailureIsAGeneric500ProblemWithTheRequestIdAndNoInternals() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager().failing());
    TestServers.whenReady(
        server,
        (app, client) -> {
          Response response = postJson(client, "/v1/triage", TestServers.ONE);
          assertThat(response.code()).isEqualTo(500);
          JsonNode body = problem(response);
          assertThat(body.get("type").asText()).endsWith("/internal-error");
          assertThat(body.get("request_id").asText())
              .isEqualTo(response.headers().get("X-Request-Id").get(0));
          assertThat(response.body().string())
              .doesNotContain("fake model failure")
              .doesNotContain("Exception")
              .doesNotContain("refill");
        });
  }

  @Test
  void aCallerSuppliedRequestIdIsEchoedWhenItIsAPlainToken() {
    TriageServer server = TestServers.server(new FakeTriager());
    JavalinTest.test(
        server.app(),
        (app, client) -> {
          Response plain = client.get("/health/live", b -> b.header("X-Request-Id", "abc-123"));
          assertThat(plain.headers().get("X-Request-Id")).containsExactly("abc-123");
          Response odd = client.get("/health/live", b -> b.header("X-Request-Id", "a b<c>"));
          assertThat(odd.headers().get("X-Request-Id").get(0)).isNotEqualTo("a b<c>");
        });
  }
}
