package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Issue 14, item 4: every new method name made new metric series (86 MB of /metrics). */
class MetricsCardinalityTest {

  private static String request(String method, String target) {
    return method + " " + target + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n";
  }

  @Test
  void inventedMethodsAndUnknownPathsFoldIntoOneLabelValueEach() throws Exception {
    TriageServer server = TestServers.server(new FakeTriager()).start();
    try {
      for (int i = 0; i < 40; i++) {
        RawHttp.exchange(server.port(), request("INVENTED" + i, "/v1/triage"));
        RawHttp.exchange(server.port(), request("GET", "/no/such/path/" + i));
      }
      String metrics = RawHttp.exchange(server.port(), request("GET", "/metrics")).body();
      assertThat(metrics).doesNotContain("INVENTED").doesNotContain("/no/such/path");
      long series =
          Arrays.stream(metrics.split("\n"))
              .filter(l -> l.startsWith("http_server_requests_seconds_count{"))
              .count();
      assertThat(series).isLessThanOrEqualTo(3);
      assertThat(metrics)
          .contains("method=\"other\"")
          .contains("endpoint=\"unmatched\"")
          .contains("status=\"405\"");
    } finally {
      server.stop();
    }
  }
}
