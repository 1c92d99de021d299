package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncotriage.json.Json;
import org.slf4j.LoggerFactory;

/** Issue 14, item 5: odd method names gave a 500 with an empty body and a stack trace. */
class OddMethodTest {

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

  private static String request(String method, String target) {
    return method + " " + target + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n";
  }

  @Test
  void aLowerCaseMethodOnAKnownPathIsA405ProblemWithAllowAndARequestIdAndNoStackTrace()
      throws Exception {
    TriageServer server = TestServers.server(new FakeTriager()).start();
    try {
      RawHttp.Response r = RawHttp.exchange(server.port(), request("post", "/v1/triage"));
      assertThat(r.status()).isEqualTo(405);
      assertThat(r.isProblem()).isTrue();
      assertThat(r.header("Allow")).isEqualTo("POST");
      JsonNode body = Json.mapper().readTree(r.body());
      assertThat(body.get("type").asText()).endsWith("/method-not-allowed");
      assertThat(body.get("request_id").asText()).isEqualTo(r.header("X-Request-Id"));
      assertThat(appender.list)
          .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
          .noneMatch(e -> e.getThrowableProxy() != null);
    } finally {
      server.stop();
    }
  }

  @Test
  void anInventedMethodElsewhereIsA501ProblemThatNeverEchoesTheMethod() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager()).start();
    try {
      RawHttp.Response r = RawHttp.exchange(server.port(), request("M-SEARCH", "/anything"));
      assertThat(r.status()).isEqualTo(501);
      assertThat(r.isProblem()).isTrue();
      assertThat(r.header("X-Request-Id")).isNotBlank();
      assertThat(r.body()).doesNotContain("M-SEARCH").doesNotContain("anything");
      RawHttp.Response star = RawHttp.exchange(server.port(), request("M-SEARCH", "*"));
      assertThat(star.status()).isBetween(400, 501);
      assertThat(star.isProblem()).isTrue();
    } finally {
      server.stop();
    }
  }
}
