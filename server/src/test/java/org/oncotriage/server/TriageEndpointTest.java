package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncotriage.server.TestServers.post;
import static org.oncotriage.server.TestServers.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncotriage.feedback.TriageRecord;
import org.oncotriage.json.Json;

class TriageEndpointTest {

  private static JsonNode json(Response response) throws Exception {
    return Json.mapper().readTree(response.body().string());
  }

  @Test
  void oneConversationGivesOneResultInTheApiShape() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          Response response = postJson(client, "/v1/triage", TestServers.ONE);
          assertThat(response.code()).isEqualTo(200);
          assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/json");
          JsonNode body = json(response);
          assertThat(body.get("id").asText()).isEqualTo("c-1");
          assertThat(body.get("route").asText()).isEqualTo("medical_assistant");
          assertThat(body.at("/responder/probabilities/medical_assistant").asDouble())
              .isEqualTo(0.8);
          assertThat(body.at("/billable/eligible").isNull()).isFalse();
          assertThat(body.at("/model/name").asText()).isEqualTo("fake-model");
          assertThat(response.body().string()).doesNotContain("refill");
        });
  }

  @Test
  void labelsAreIgnoredEvenWhenTheyBreakThePolicy() {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          String labeled =
              "{\"id\":\"c-9\",\"messages\":[{\"from\":\"patient\",\"text\":\"Question about"
                  + " parking\"}],\"labels\":{\"responder\":\"chef\"}}";
          assertThat(postJson(client, "/v1/triage", labeled).code()).isEqualTo(200);
        });
  }

  @Test
  void aMissingIdIsGenerated() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          Response response =
              postJson(
                  client,
                  "/v1/triage",
                  "{\"messages\":[{\"from\":\"caregiver\",\"text\":\"hi\"}]}");
          assertThat(response.code()).isEqualTo(200);
          assertThat(json(response).get("id").asText()).startsWith("c-");
        });
  }

  @Test
  void aFormatErrorIsA400ProblemWithThePointerOfTheField() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          Response response =
              postJson(
                  client,
                  "/v1/triage",
                  "{\"messages\":[{\"from\":\"patient\",\"text\":\"secret words\"},"
                      + "{\"from\":\"doctor\",\"text\":\"x\"}]}");
          assertThat(response.code()).isEqualTo(400);
          assertThat(response.headers().get("Content-Type").get(0))
              .startsWith("application/problem+json");
          JsonNode problem = json(response);
          assertThat(problem.get("status").asInt()).isEqualTo(400);
          assertThat(problem.get("pointer").asText()).isEqualTo("/messages/1/from");
          assertThat(problem.get("title").asText()).isEqualTo("Invalid conversation");
          assertThat(response.body().string()).doesNotContain("secret words");
        });
  }

  @Test
  void malformedJsonIsA400ProblemThatQuotesNothing() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          Response response = postJson(client, "/v1/triage", "{\"messages\": [ unquoted words");
          assertThat(response.code()).isEqualTo(400);
          JsonNode problem = json(response);
          assertThat(problem.get("type").asText()).endsWith("/malformed-json");
          assertThat(problem.get("detail").asText()).contains("line 1").doesNotContain("unquoted");
          assertThat(response.body().string())
              .doesNotContain("at org.")
              .doesNotContain("Exception");
        });
  }

  @Test
  void anEmptyBodyIsA400() {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          assertThat(postJson(client, "/v1/triage", "").code()).isEqualTo(400);
        });
  }

  @Test
  void aBodyThatIsNotJsonByContentTypeIsA415() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          Response text = post(client, "/v1/triage", TestServers.ONE, "text/plain", Map.of());
          assertThat(text.code()).isEqualTo(415);
          assertThat(json(text).get("status").asInt()).isEqualTo(415);
          Response none = post(client, "/v1/triage", TestServers.ONE, null, Map.of());
          assertThat(none.code()).isEqualTo(415);
          Response withCharset =
              post(
                  client,
                  "/v1/triage",
                  TestServers.ONE,
                  "application/json; charset=utf-8",
                  Map.of());
          assertThat(withCharset.code()).isEqualTo(200);
        });
  }

  @Test
  void anIdLongerThanFeedbackCanJoinIsRefusedWithAPointer() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          String longest = "k".repeat(TriageRecord.MAX_ID_CHARS);
          String one =
              "{\"id\":\"%s\",\"messages\":[{\"from\":\"patient\",\"text\":\"Parking?\"}]}";
          assertThat(postJson(client, "/v1/triage", one.formatted(longest)).code()).isEqualTo(200);

          Response refused = postJson(client, "/v1/triage", one.formatted(longest + "k"));
          assertThat(refused.code()).isEqualTo(400);
          JsonNode problem = json(refused);
          assertThat(problem.get("pointer").asText()).isEqualTo("/id");
          assertThat(problem.get("detail").asText())
              .contains("longer than 128")
              .doesNotContain(longest);

          Response batch =
              postJson(
                  client,
                  "/v1/triage/batch",
                  "{\"conversations\":["
                      + one.formatted("ok")
                      + ","
                      + one.formatted(longest + "k")
                      + "]}");
          assertThat(batch.code()).isEqualTo(200);
          JsonNode results = json(batch).get("results");
          assertThat(results.get(0).get("id").asText()).isEqualTo("ok");
          assertThat(results.get(1).get("status").asInt()).isEqualTo(400);
          assertThat(results.get(1).get("pointer").asText()).isEqualTo("/conversations/1/id");
        });
  }

  @Test
  void aCharsetParameterDoesNotChangeHowTheBodyIsRead() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          for (String charset : new String[] {"bogus", "@@@", "utf-16", "\"x\""}) {
            for (String path : new String[] {"/v1/triage", "/v1/triage/batch"}) {
              String body =
                  path.endsWith("batch")
                      ? "{\"conversations\":[" + TestServers.ONE + "]}"
                      : TestServers.ONE;
              Response response =
                  post(client, path, body, "application/json; charset=" + charset, Map.of());
              assertThat(response.code()).as(path + " charset=" + charset).isEqualTo(200);
            }
          }
          Response text =
              post(client, "/v1/triage", TestServers.ONE, "text/plain; charset=bogus", Map.of());
          assertThat(text.code()).isEqualTo(415);
          assertThat(json(text).get("status").asInt()).isEqualTo(415);
        });
  }

  @Test
  void aBodyAboveTheLimitIsA413Problem() throws Exception {
    TriageServer server =
        TestServers.server(() -> new FakeTriager(), Map.of("max_body_bytes", "2048"));
    TestServers.whenReady(
        server,
        (app, client) -> {
          String big =
              "{\"messages\":[{\"from\":\"patient\",\"text\":\"" + "a".repeat(3000) + "\"}]}";
          Response response = postJson(client, "/v1/triage", big);
          assertThat(response.code()).isEqualTo(413);
          assertThat(json(response).get("type").asText()).endsWith("/body-too-large");
        });
  }

  @Test
  void aThreadTheClinicStartedIsTriaged() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          Response response =
              postJson(
                  client,
                  "/v1/triage",
                  "{\"id\":\"c-8\",\"messages\":[{\"from\":\"clinic\",\"text\":\"How are"
                      + " you feeling after cycle 2?\"},{\"from\":\"patient\",\"text\":\"I need"
                      + " a refill\"}]}");
          assertThat(response.code()).isEqualTo(200);
          assertThat(json(response).get("id").asText()).isEqualTo("c-8");
        });
  }
}
