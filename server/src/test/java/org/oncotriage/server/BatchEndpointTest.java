package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncotriage.server.TestServers.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncotriage.json.Json;

class BatchEndpointTest {

  @Test
  void resultsComeBackInTheOrderOfTheConversations() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          String body =
              "{\"conversations\":["
                  + TestServers.URGENT
                  + ","
                  + TestServers.ONE
                  + ","
                  + TestServers.URGENT.replace("c-2", "c-3")
                  + "]}";
          Response response = postJson(client, "/v1/triage/batch", body);
          assertThat(response.code()).isEqualTo(200);
          JsonNode results = Json.mapper().readTree(response.body().string()).get("results");
          assertThat(results).hasSize(3);
          assertThat(results.get(0).get("id").asText()).isEqualTo("c-2");
          assertThat(results.get(0).get("route").asText()).isEqualTo("oncologist");
          assertThat(results.get(0).at("/urgent/flag").asBoolean()).isTrue();
          assertThat(results.get(1).get("id").asText()).isEqualTo("c-1");
          assertThat(results.get(1).get("route").asText()).isEqualTo("medical_assistant");
          assertThat(results.get(2).get("id").asText()).isEqualTo("c-3");
        });
  }

  @Test
  void anEmptyListGivesAnEmptyList() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          Response response = postJson(client, "/v1/triage/batch", "{\"conversations\":[]}");
          assertThat(response.code()).isEqualTo(200);
          assertThat(response.body().string()).isEqualTo("{\"results\":[]}");
        });
  }

  @Test
  void aBrokenConversationGetsAProblemInItsSlotAndTheOthersAreTriaged() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          String body =
              "{\"conversations\":["
                  + TestServers.ONE
                  + ",{\"id\":\"c-5\",\"messages\":[]},"
                  + TestServers.URGENT
                  + "]}";
          Response response = postJson(client, "/v1/triage/batch", body);
          assertThat(response.code()).isEqualTo(200);
          JsonNode results = Json.mapper().readTree(response.body().string()).get("results");
          assertThat(results).hasSize(3);
          assertThat(results.get(0).get("id").asText()).isEqualTo("c-1");
          JsonNode problem = results.get(1);
          assertThat(problem.get("type").asText()).endsWith("/invalid-conversation");
          assertThat(problem.get("status").asInt()).isEqualTo(400);
          assertThat(problem.get("pointer").asText()).isEqualTo("/conversations/1/messages");
          assertThat(results.get(2).get("id").asText()).isEqualTo("c-2");
          assertThat(results.get(2).get("route").asText()).isEqualTo("oncologist");
        });
  }

  @Test
  void aBatchOfBrokenConversationsIsStillA200WithOneProblemEach() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          Response response =
              postJson(client, "/v1/triage/batch", "{\"conversations\":[42,{\"messages\":\"x\"}]}");
          assertThat(response.code()).isEqualTo(200);
          JsonNode results = Json.mapper().readTree(response.body().string()).get("results");
          assertThat(results.get(0).get("pointer").asText()).isEqualTo("/conversations/0");
          assertThat(results.get(1).get("pointer").asText()).isEqualTo("/conversations/1/messages");
        });
  }

  @Test
  void aBodyWithoutAConversationsArrayIsA400() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          Response response = postJson(client, "/v1/triage/batch", TestServers.ONE);
          assertThat(response.code()).isEqualTo(400);
          assertThat(Json.mapper().readTree(response.body().string()).get("pointer").asText())
              .isEqualTo("/conversations");
        });
  }

  @Test
  void moreConversationsThanTheCapIsA413() throws Exception {
    TriageServer server =
        TestServers.server(FakeTriager::new, Map.of("max_batch_conversations", "2"));
    TestServers.whenReady(
        server,
        (app, client) -> {
          String three =
              "{\"conversations\":["
                  + String.join(",", TestServers.ONE, TestServers.ONE, TestServers.ONE)
                  + "]}";
          Response response = postJson(client, "/v1/triage/batch", three);
          assertThat(response.code()).isEqualTo(413);
          JsonNode problem = Json.mapper().readTree(response.body().string());
          assertThat(problem.get("detail").asText()).contains("at most 2");
        });
  }
}
