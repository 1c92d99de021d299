package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncotriage.server.TestServers.post;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncotriage.json.Json;
import org.slf4j.LoggerFactory;

/**
 * Issue 14, item 8: no record of who called what; wrong keys at 2,300/s were answered without any
 * slowing down; with two Authorization headers the first won.
 */
class AuditLogTest {

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger audit = (Logger) LoggerFactory.getLogger(AuditLog.LOGGER);

  @BeforeEach
  void attach() {
    appender.start();
    audit.addAppender(appender);
  }

  @AfterEach
  void detach() {
    audit.detachAppender(appender);
  }

  /** The audit lines so far, parsed, waiting briefly for the request logger to catch up. */
  private List<JsonNode> lines(int expected) throws Exception {
    for (int i = 0; i < 100 && appender.list.size() < expected; i++) {
      Thread.sleep(20);
    }
    List<JsonNode> out = new ArrayList<>();
    for (ILoggingEvent e : List.copyOf(appender.list)) {
      out.add(Json.mapper().readTree(e.getFormattedMessage()));
    }
    return out;
  }

  private static Map<String, String> bearer(String key) {
    return Map.of("Authorization", "Bearer " + key);
  }

  @Test
  void eachV1RequestLeavesOneJsonLineWithWhoWhatAndOutcomeButNoText() throws Exception {
    TriageServer server = TestServers.server(FakeTriager::new, Map.of("api_keys", "key-one"));
    TestServers.whenReady(
        server,
        (app, client) -> {
          var ok =
              post(client, "/v1/triage", TestServers.ONE, "application/json", bearer("key-one"));
          assertThat(ok.code()).isEqualTo(200);
          post(client, "/v1/triage", TestServers.ONE, "application/json", bearer("wrong-key"));
          client.get("/health/live");
          List<JsonNode> lines = lines(2);
          assertThat(lines).hasSize(2);
          JsonNode first = lines.get(0);
          assertThat(first.get("request_id").asText())
              .isEqualTo(ok.headers().get("X-Request-Id").get(0));
          assertThat(first.get("time").asText()).isNotBlank();
          assertThat(first.get("client").asText()).isEqualTo("127.0.0.1");
          assertThat(first.get("key_id").asText()).isEqualTo(ApiKeys.keyId("key-one")).hasSize(8);
          assertThat(first.get("method").asText()).isEqualTo("POST");
          assertThat(first.get("endpoint").asText()).isEqualTo("/v1/triage");
          assertThat(first.get("status").asInt()).isEqualTo(200);
          assertThat(first.get("conversations").get(0).asText()).isEqualTo("c-1");
          assertThat(first.get("model_version").asText()).isEqualTo("1.2.3");
          JsonNode second = lines.get(1);
          assertThat(second.get("status").asInt()).isEqualTo(403);
          assertThat(second.get("key_id").asText()).isEqualTo(ApiKeys.keyId("wrong-key"));
          assertThat(appender.list)
              .noneMatch(e -> e.getFormattedMessage().contains("refill"))
              .noneMatch(e -> e.getFormattedMessage().contains("key-one"))
              .noneMatch(e -> e.getFormattedMessage().contains("wrong-key"));
        });
  }

  @Test
  void anAddressThatPresentsTooManyWrongKeysGets429EvenWithTheRightKey() {
    TriageServer server =
        TestServers.server(
            FakeTriager::new, Map.of("api_keys", "right", "max_auth_failures_per_minute", "3"));
    TestServers.whenReady(
        server,
        (app, client) -> {
          for (int i = 0; i < 3; i++) {
            assertThat(
                    post(client, "/v1/triage", TestServers.ONE, "application/json", bearer("w" + i))
                        .code())
                .isEqualTo(403);
          }
          var throttled =
              post(client, "/v1/triage", TestServers.ONE, "application/json", bearer("right"));
          assertThat(throttled.code()).isEqualTo(429);
          assertThat(Long.parseLong(throttled.headers().get("Retry-After").get(0))).isPositive();
          assertThat(client.get("/health/live").code()).isEqualTo(200);
        });
  }

  @Test
  void twoAuthorizationHeadersAreA400NotFirstOneWins() throws Exception {
    TriageServer server = TestServers.server(FakeTriager::new, Map.of("api_keys", "right"));
    server.start();
    try {
      TestServers.awaitReady(server);
      String body = TestServers.ONE;
      RawHttp.Response r =
          RawHttp.exchange(
              server.port(),
              "POST /v1/triage HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                  + "Authorization: Bearer right\r\nAuthorization: Bearer other\r\n"
                  + "Content-Length: "
                  + body.length()
                  + "\r\nConnection: close\r\n\r\n"
                  + body);
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.isProblem()).isTrue();
      assertThat(r.body()).contains("one Authorization header");
    } finally {
      server.stop();
    }
  }
}
