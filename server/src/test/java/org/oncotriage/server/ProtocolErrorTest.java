package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.oncotriage.json.Json;

/** Issue 14, item 10: the HTTP server's own errors came as HTML, outside the log and metrics. */
class ProtocolErrorTest {

  @Test
  void aTooLongTargetIsA414ProblemThatDoesNotQuoteTheTarget() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager()).start();
    try {
      String target = "/v1/" + "secret".repeat(4000);
      RawHttp.Response r =
          RawHttp.exchange(
              server.port(), "GET " + target + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
      assertThat(r.status()).isEqualTo(414);
      assertThat(r.isProblem()).isTrue();
      assertThat(r.body()).doesNotContain("secret");
      JsonNode body = Json.mapper().readTree(r.body());
      assertThat(body.get("request_id").asText()).isEqualTo(r.header("X-Request-Id"));
    } finally {
      server.stop();
    }
  }

  @Test
  void tooLargeHeadersAndAMissingHostAreProblemsAndCountInTheMetrics() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager()).start();
    try {
      RawHttp.Response big =
          RawHttp.exchange(
              server.port(),
              "GET /health/live HTTP/1.1\r\nHost: t\r\nX-Big: "
                  + "x".repeat(20_000)
                  + "\r\nConnection: close\r\n\r\n");
      assertThat(big.status()).isEqualTo(431);
      assertThat(big.isProblem()).isTrue();
      RawHttp.Response noHost =
          RawHttp.exchange(server.port(), "GET /health/live HTTP/1.1\r\nConnection: close\r\n\r\n");
      assertThat(noHost.status()).isEqualTo(400);
      assertThat(noHost.isProblem()).isTrue();
      RawHttp.Response garbage = RawHttp.exchange(server.port(), "NOT HTTP AT ALL\r\n\r\n");
      assertThat(garbage.status()).isEqualTo(400);
      assertThat(garbage.isProblem()).isTrue();
      String metrics =
          RawHttp.exchange(
                  server.port(), "GET /metrics HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
              .body();
      assertThat(metrics).contains("status=\"431\"").contains("status=\"400\"");
    } finally {
      server.stop();
    }
  }

  @Test
  void anUnknownHttpVersionIsA505ProblemNotAGeneric500() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager()).start();
    try {
      RawHttp.Response r =
          RawHttp.exchange(
              server.port(), "GET /health/live HTTP/9.9\r\nHost: t\r\nConnection: close\r\n\r\n");
      assertThat(r.status()).isEqualTo(505);
      assertThat(r.isProblem()).isTrue();
      assertThat(r.body()).doesNotContain("internal-error");
    } finally {
      server.stop();
    }
  }
}
