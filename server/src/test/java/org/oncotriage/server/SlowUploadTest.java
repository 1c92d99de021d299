package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 2: about 250 slow uploads (a byte every few seconds) took the whole service down,
 * {@code /health/live} included, until the clients left.
 */
class SlowUploadTest {

  private static String head(int length) {
    return "POST /v1/triage HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
        + "Content-Length: "
        + length
        + "\r\n\r\n";
  }

  private static final String LIVE =
      "GET /health/live HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n";

  /** Waits (bounded) until {@code value} reaches {@code expected}. */
  private static void awaitValue(IntSupplier value, int expected) throws InterruptedException {
    for (int i = 0; i < 1000 && value.getAsInt() < expected; i++) {
      Thread.sleep(10);
    }
    assertThat(value.getAsInt()).isEqualTo(expected);
  }

  @Test
  void moreSlowUploadsThanHttpThreadsLeaveTheHealthEndpointsAnswering() throws Exception {
    int uploads = HttpLimits.HTTP_THREADS + 10;
    TriageServer server =
        TestServers.server(
            FakeTriager::new,
            Map.of(
                "max_concurrent_uploads", Integer.toString(uploads),
                "min_upload_bytes_per_second", "0",
                "body_read_timeout_ms", "600000"));
    server.start();
    List<RawHttp> slow = new ArrayList<>();
    try {
      TestServers.awaitReady(server);
      for (int i = 0; i < uploads; i++) {
        RawHttp c = new RawHttp(server.port());
        c.send(head(100_000) + "{");
        slow.add(c);
      }
      awaitValue(server::uploadsInProgress, uploads);
      assertThat(RawHttp.exchange(server.port(), LIVE).status()).isEqualTo(200);
      RawHttp.Response one =
          RawHttp.exchange(
              server.port(),
              head(TestServers.ONE.length()).replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n")
                  + TestServers.ONE);
      assertThat(one.status()).isEqualTo(429);
      assertThat(one.header("Retry-After")).isEqualTo("1");
      assertThat(one.isProblem()).isTrue();
    } finally {
      for (RawHttp c : slow) {
        c.close();
      }
      server.stop();
    }
  }

  @Test
  void aBodyThatDoesNotArriveInTimeIsA408AndFreesItsPlace() throws Exception {
    TriageServer server =
        TestServers.server(
            FakeTriager::new,
            Map.of("body_read_timeout_ms", "200", "min_upload_bytes_per_second", "0"));
    server.start();
    try (RawHttp c = new RawHttp(server.port())) {
      c.send(head(100) + "{\"messages\":");
      RawHttp.Response r = c.response();
      assertThat(r.status()).isEqualTo(408);
      assertThat(r.isProblem()).isTrue();
      assertThat(r.header("Connection")).isEqualTo("close");
      awaitValue(() -> -server.uploadsInProgress(), 0);
      String metrics =
          RawHttp.exchange(server.port(), LIVE.replace("/health/live", "/metrics")).body();
      assertThat(metrics).contains("oncotriage_http_refused_total{limit=\"body_timeout\"} 1.0");
    } finally {
      server.stop();
    }
  }

  @Test
  void aBodyThatTricklesInBelowTheMinimumRateIsA408() throws Exception {
    TriageServer server =
        TestServers.server(
            FakeTriager::new,
            Map.of("body_read_timeout_ms", "600000", "min_upload_bytes_per_second", "1000"));
    server.start();
    try (RawHttp c = new RawHttp(server.port())) {
      c.send(head(1000) + "{");
      RawHttp.Response r = null;
      // One byte at a time until the server refuses: the rate is checked after one second.
      for (int i = 0; i < 100 && r == null; i++) {
        Thread.sleep(50);
        try {
          c.send(" ");
        } catch (java.io.IOException closed) {
          break;
        }
        if (server.uploadsInProgress() == 0) {
          r = c.response();
        }
      }
      if (r == null) {
        r = c.response();
      }
      assertThat(r.status()).isEqualTo(408);
      assertThat(r.body()).contains("slower than 1000 bytes per second");
    } finally {
      server.stop();
    }
  }

  @Test
  void aCompleteBodySentInPiecesIsTriaged() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager());
    server.start();
    try (RawHttp c = new RawHttp(server.port())) {
      TestServers.awaitReady(server);
      String body = TestServers.ONE;
      c.send(
          head(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                  .replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n")
              + body.substring(0, 10));
      awaitValue(server::uploadsInProgress, 1);
      c.send(body.substring(10));
      RawHttp.Response r = c.response();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body()).contains("\"id\":\"c-1\"");
    } finally {
      server.stop();
    }
  }
}
