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
 * latency, conversations and routes; for {@code /v1/*} also one {@link AuditLog} line. Never the
 * body, the query or any text from it; a method that is not standard is logged as {@code other}.
 * Responses written before the router (see {@link EdgeResponses}) log through {@link #line}, the
 * same format. Stateless.
 */
final class RequestLog {

  static final String HEADER = "X-Request-Id";
  static final String UNMATCHED = "unmatched";

  private static final Logger LOG = LoggerFactory.getLogger("org.oncotriage.server.access");
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final String ID_ATTRIBUTE = "oncotriage.requestId";
  private static final String ROUTES_ATTRIBUTE = "oncotriage.routes";
  private static final String KEY_ID_ATTRIBUTE = "oncotriage.keyId";
  private static final String IDS_ATTRIBUTE = "oncotriage.conversationIds";
  private static final String VERSION_ATTRIBUTE = "oncotriage.modelVersion";

  private RequestLog() {}

  /** Before-handler: assigns the id and echoes it in the response. */
  static void assignId(Context ctx) {
    String id = idFrom(ctx.header(HEADER));
    ctx.attribute(ID_ATTRIBUTE, id);
    ctx.header(HEADER, id);
  }

  /** The caller's id when it is a plain token of at most 64 characters, else a new one. */
  static String idFrom(String given) {
    return given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
  }

  /** Notes the id of the presented API key, for the audit line. */
  static void keyId(Context ctx, String keyId) {
    ctx.attribute(KEY_ID_ATTRIBUTE, keyId);
  }

  /** The id of the key the request presented, or {@code null} when it presented none. */
  static String presentedKeyId(Context ctx) {
    return ctx.attribute(KEY_ID_ATTRIBUTE);
  }

  /** Notes the conversation ids of a request (null for one that has none), for the audit line. */
  static void conversationIds(Context ctx, List<String> ids) {
    ctx.attribute(IDS_ATTRIBUTE, ids);
  }

  /** Notes the version of the model that answers, for the audit line. */
  static void modelVersion(Context ctx, String version) {
    ctx.attribute(VERSION_ATTRIBUTE, version);
  }

  static String requestId(Context ctx) {
    String id = ctx.attribute(ID_ATTRIBUTE);
    return id == null ? "-" : id;
  }

  /** Notes the routes a request produced, for its log line. */
  static void routes(Context ctx, List<String> routes) {
    ctx.attribute(ROUTES_ATTRIBUTE, routes);
  }

  /**
   * The matched route path (e.g. {@code /v1/triage}), a page's files ({@code /console/*}, see
   * {@link WebPages#fileLabel}), or {@code unmatched}.
   */
  static String endpoint(Context ctx) {
    try {
      Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
      if (endpoint != null) {
        return endpoint.path;
      }
      String file = WebPages.fileLabel(ctx.path());
      return file == null ? UNMATCHED : file;
    } catch (RuntimeException e) {
      return UNMATCHED;
    }
  }

  /** Request logger: the access line, the request metrics and, for {@code /v1}, the audit line. */
  static void finished(Context ctx, float millis, ServerMetrics metrics) {
    String endpoint = endpoint(ctx);
    int status = ctx.statusCode();
    String method = ctx.method().name();
    metrics.request(method, endpoint, status, Duration.ofNanos((long) (millis * 1_000_000L)));
    List<String> routes = ctx.attribute(ROUTES_ATTRIBUTE);
    line(requestId(ctx), method, endpoint, status, millis, routes);
    if (ctx.path().startsWith("/v1/")) {
      AuditLog.write(
          new AuditLog.Entry(
              requestId(ctx),
              ctx.ip(),
              ctx.attribute(KEY_ID_ATTRIBUTE),
              method,
              endpoint,
              status,
              ctx.attribute(IDS_ATTRIBUTE),
              ctx.attribute(VERSION_ATTRIBUTE)));
    }
  }

  /** Writes one access line; the method is logged as {@link HttpMethods#label}. */
  static void line(
      String requestId,
      String method,
      String endpoint,
      int status,
      float millis,
      List<String> routes) {
    LOG.info(
        "request_id={} method={} endpoint={} status={} latency_ms={} conversations={} routes={}",
        requestId,
        HttpMethods.label(method),
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
