package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncotriage.server.TestServers.postJson;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AccessLogTest {

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void attach() {
    appender.start();
    root.addAppender(appender);
  }

  @AfterEach
  void detach() {
    root.detachAppender(appender);
  }

  private List<String> lines() {
    return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  /** The access lines, waiting briefly for the logger to catch up with the responses. */
  private List<String> accessLines(int expected) throws InterruptedException {
    List<String> access = List.of();
    for (int i = 0; i < 100 && access.size() < expected; i++) {
      access = lines().stream().filter(l -> l.startsWith("request_id=")).toList();
      if (access.size() < expected) {
        Thread.sleep(20);
      }
    }
    return access;
  }

  @Test
  void oneLinePerRequestWithIdEndpointStatusLatencyAndRouteButNoText() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    TestServers.whenReady(
        server,
        (app, client) -> {
          String secret = "zebra-lasagna-7741 fever";
          var ok =
              postJson(
                  client,
                  "/v1/triage",
                  "{\"id\":\"c-77\",\"messages\":[{\"from\":\"patient\",\"text\":\""
                      + secret
                      + "\"}]}");
          postJson(client, "/v1/triage", "{\"messages\":[{\"from\":\"zebra-lasagna-7741\"}]}");
          postJson(client, "/v1/triage", "{zebra-lasagna-7741");
          String id = ok.headers().get("X-Request-Id").get(0);
          List<String> access = accessLines(3);
          assertThat(access).hasSize(3);
          assertThat(access.get(0))
              .contains("request_id=" + id)
              .contains("method=POST")
              .contains("endpoint=/v1/triage")
              .contains("status=200")
              .contains("latency_ms=")
              .contains("routes=oncologist");
          assertThat(access.get(1)).contains("status=400");
          assertThat(lines()).noneMatch(l -> l.contains("zebra-lasagna"));
        });
  }

  @Test
  void aModelFailureIsLoggedWithTheRequestIdAndTheExceptionClassOnly() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager().failing());
    TestServers.whenReady(
        server,
        (app, client) -> {
          var response = postJson(client, "/v1/triage", TestServers.URGENT);
          String id = response.headers().get("X-Request-Id").get(0);
          assertThat(lines())
              .anyMatch(l -> l.startsWith("internal error request_id=" + id))
              .noneMatch(l -> l.contains("fake model failure"))
              .noneMatch(l -> l.contains("101.5"));
        });
  }
}
