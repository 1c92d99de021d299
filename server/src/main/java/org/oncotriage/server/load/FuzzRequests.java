package org.oncotriage.server.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up hostile requests, seeded: odd and invented methods, known and unknown paths, long and
 * broken targets, missing, duplicate and huge headers, wrong media types, broken JSON, documents
 * that break the conversation format field by field, invalid UTF-8, broken framing. Every text in
 * them is invented here; none comes from a data set. Thread-safe (no state).
 */
final class FuzzRequests {

  private static final List<String> METHODS =
      List.of(
          "GET",
          "POST",
          "PUT",
          "DELETE",
          "PATCH",
          "HEAD",
          "OPTIONS",
          "TRACE",
          "post",
          "Get",
          "M-SEARCH",
          "PROPFIND",
          "BREW",
          "X",
          "QUERY");
  private static final List<String> PATHS =
      List.of(
          "/v1/triage",
          "/v1/triage/batch",
          "/v1/model",
          "/health/live",
          "/health/ready",
          "/metrics",
          "/openapi.json",
          "/",
          "/v1",
          "/v1/triage/",
          "/v1/TRIAGE",
          "/v1/triage?x=1",
          "/v1/triage/../metrics",
          "/%00",
          "/%zz",
          "/v1//triage",
          "/health/live;a=b",
          "//",
          "*");
  private static final List<String> BODIES =
      List.of(
          "{\"id\":\"f-1\",\"messages\":[{\"from\":\"patient\",\"text\":\"Can I move my visit?\"}]}",
          "{\"conversations\":[{\"messages\":[{\"from\":\"patient\",\"text\":\"hi there\"}]},7]}",
          "{\"messages\":[{\"from\":\"doctor\",\"text\":\"x\"}]}",
          "{\"messages\":[{\"from\":\"patient\",\"text\":123}]}",
          "{\"messages\":[{\"from\":\"clinic\",\"text\":\"only us\"}]}",
          "{\"messages\":[]}",
          "{\"messages\":{}}",
          "{\"id\":{},\"messages\":[{\"from\":\"patient\",\"text\":\"a\"}]}",
          "{\"messages\":[{\"from\":\"patient\",\"text\":\"a\",\"sent_at\":\"tomorrow\"}]}",
          "{\"messages\":[{\"from\":\"patient\",\"text\":\"a\"}],\"context\":{\"days_since_last_visit\":-1}}",
          "{\"messages\":[{\"from\":\"patient\",\"text\":\"a\"}],\"context\":{\"days_since_last_visit\":1e400}}",
          "{\"conversations\":{}}",
          "{\"conversations\":null}",
          "[]",
          "null",
          "\"text\"",
          "{",
          "{\"a\":",
          "",
          "{}}",
          "{\"messages\":[{\"from\":\"patient\",\"text\":\"\\ud800\"}]}");

  private FuzzRequests() {}

  /** The {@code i}-th request of the run seeded {@code seed}, as bytes to send. */
  static byte[] request(long seed, int i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    String method = pick(r, METHODS);
    if (r.nextInt(20) == 0) {
      method = "X".repeat(1 + r.nextInt(300));
    }
    String path = pick(r, PATHS);
    if (r.nextInt(25) == 0) {
      path = "/v1/" + "p".repeat(r.nextInt(20_000));
    }
    byte[] body = body(r);
    StringBuilder head = new StringBuilder();
    head.append(method)
        .append(' ')
        .append(path)
        .append(r.nextInt(40) == 0 ? " HTTP/9.9" : " HTTP/1.1");
    head.append("\r\n");
    if (r.nextInt(20) != 0) {
      head.append("Host: fuzz\r\n");
    }
    int kind = r.nextInt(10);
    String type =
        switch (kind) {
          case 0 -> "text/plain";
          case 1 -> "application/json; charset=latin1";
          case 2 -> "application/x-www-form-urlencoded";
          case 3 -> null;
          default -> "application/json";
        };
    if (type != null) {
      head.append("Content-Type: ").append(type).append("\r\n");
    }
    if (r.nextInt(15) == 0) {
      head.append("Authorization: Bearer a\r\nAuthorization: Bearer b\r\n");
    }
    if (r.nextInt(30) == 0) {
      head.append("X-Big: ").append("h".repeat(20_000)).append("\r\n");
    }
    if (r.nextInt(30) == 0) {
      head.append("Expect: 100-continue\r\n");
    }
    if (r.nextInt(40) == 0) {
      head.append("Transfer-Encoding: chunked, identity\r\n");
    }
    if (r.nextInt(40) == 0) {
      head.append("Content-Length: 5\r\n");
    }
    if (r.nextInt(40) == 0) {
      head.append("X-Request-Id: ").append("<script>").append("\r\n");
    }
    head.append("Content-Length: ").append(body.length).append("\r\n");
    head.append("Connection: close\r\n\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = new byte[h.length + body.length];
    System.arraycopy(h, 0, out, 0, h.length);
    System.arraycopy(body, 0, out, h.length, body.length);
    return out;
  }

  private static byte[] body(SplittableRandom r) {
    int kind = r.nextInt(12);
    if (kind == 0) {
      return new byte[] {'{', '"', 'a', '"', ':', (byte) 0xC3, (byte) 0x28, '}'};
    }
    if (kind == 1) {
      return "[".repeat(5000).getBytes(StandardCharsets.US_ASCII);
    }
    if (kind == 2) {
      byte[] noise = new byte[r.nextInt(2000)];
      for (int i = 0; i < noise.length; i++) {
        noise[i] = (byte) r.nextInt(256);
      }
      return noise;
    }
    String b = pick(r, BODIES);
    if (kind == 3 && !b.isEmpty()) {
      b = b.substring(0, r.nextInt(b.length()));
    }
    return b.getBytes(StandardCharsets.UTF_8);
  }

  private static String pick(SplittableRandom r, List<String> options) {
    return options.get(r.nextInt(options.size()));
  }
}
