package org.oncotriage.server;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each request an id ({@code X-Request-Id}, taken from the caller when it is a plain token,
 * else generated) and writes one structured line per request: id, method, endpoint, status,
 * latency, conversations and routes. Never the body, the query or any text from it. Stateless.
 */
final class RequestLog {

  static final String HEADER = "X-Request-Id";
  static final String UNMATCHED = "unmatched";

  private static final Logger LOG = LoggerFactory.getLogger("org.oncotriage.server.access");
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final String ID_ATTRIBUTE = "oncotriage.requestId";
  private static final String ROUTES_ATTRIBUTE = "oncotriage.routes";

  private RequestLog() {}

  /** Before-handler: assigns the id and echoes it in the response. */
  static void assignId(Context ctx) {
    String given = ctx.header(HEADER);
    String id =
        given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    ctx.attribute(ID_ATTRIBUTE, id);
    ctx.header(HEADER, id);
  }

  static String requestId(Context ctx) {
    String id = ctx.attribute(ID_ATTRIBUTE);
    return id == null ? "-" : id;
  }

  /** Notes the routes a request produced, for its log line. */
  static void routes(Context ctx, List<String> routes) {
    ctx.attribute(ROUTES_ATTRIBUTE, routes);
  }

  /** The matched route path (e.g. {@code /v1/triage}), or {@code unmatched}. */
  static String endpoint(Context ctx) {
    try {
      Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
      return endpoint == null ? UNMATCHED : endpoint.path;
    } catch (RuntimeException e) {
      return UNMATCHED;
    }
  }

  /** Request logger: the access line and the request metrics. */
  static void finished(Context ctx, float millis, ServerMetrics metrics) {
    String endpoint = endpoint(ctx);
    int status = ctx.statusCode();
    metrics.request(
        ctx.method().name(), endpoint, status, Duration.ofNanos((long) (millis * 1_000_000L)));
    List<String> routes = ctx.attribute(ROUTES_ATTRIBUTE);
    LOG.info(
        "request_id={} method={} endpoint={} status={} latency_ms={} conversations={} routes={}",
        requestId(ctx),
        ctx.method().name(),
        endpoint,
        status,
        String.format(Locale.ROOT, "%.2f", millis),
        routes == null ? 0 : routes.size(),
        routes == null ? "-" : summarize(routes));
  }

  /** One route as is; many as counts per route, so a batch line stays short. */
  private static String summarize(List<String> routes) {
    if (routes.size() == 1) {
      return routes.get(0);
    }
    Map<String, Integer> counts = new TreeMap<>();
    routes.forEach(r -> counts.merge(r, 1, Integer::sum));
    StringBuilder s = new StringBuilder();
    counts.forEach((r, n) -> s.append(s.length() == 0 ? "" : ",").append(r).append(':').append(n));
    return s.toString();
  }
}
