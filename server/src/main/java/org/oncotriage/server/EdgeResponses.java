package org.oncotriage.server;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;

/**
 * Answers a request with a {@link Problem} before the router sees it, at the Jetty level: a refused
 * method, a body that is too large, too slow or one upload too many, or an error of the HTTP server
 * itself (400, 414, 431, ...). Such a response carries a request id like every other, and is
 * logged, counted and audited the same way ({@link RequestLog#line}, {@link ServerMetrics#request},
 * {@link AuditLog}). Never echoes the method, target or headers. Immutable and thread-safe.
 */
final class EdgeResponses {

  private final ServerMetrics metrics;
  private final Set<String> routes;

  /**
   * @param metrics counts the responses
   * @param routes the route paths, the only endpoint label values besides {@code unmatched}
   */
  EdgeResponses(ServerMetrics metrics, Set<String> routes) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.routes = Set.copyOf(routes);
  }

  /**
   * Writes {@code problem} as the response and completes {@code callback}.
   *
   * @param headers extra response headers (e.g. {@code Retry-After}, {@code Allow})
   * @param close whether to close the connection after the response (a body left unread)
   */
  void refuse(
      Request request,
      Response response,
      Callback callback,
      Problem problem,
      Map<String, String> headers,
      boolean close) {
    String id = RequestLog.idFrom(request.getHeaders().get(RequestLog.HEADER));
    int status = problem.status();
    response.setStatus(status);
    HttpFields.Mutable h = response.getHeaders();
    h.put(RequestLog.HEADER, id);
    headers.forEach(h::put);
    if (close) {
      h.put(HttpHeader.CONNECTION, "close");
    }
    if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
      callback.succeeded();
    } else {
      h.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
      response.write(true, ByteBuffer.wrap(Problems.json(problem.withRequestId(id))), callback);
    }
    finished(request, id, status);
  }

  private void finished(Request request, String id, int status) {
    String method = request.getMethod();
    String path = path(request);
    String endpoint = path != null && routes.contains(path) ? path : RequestLog.UNMATCHED;
    long nanos = NanoTime.since(request.getBeginNanoTime());
    metrics.request(method, endpoint, status, Duration.ofNanos(nanos));
    RequestLog.line(id, method, endpoint, status, nanos / 1_000_000f, null);
    if (path != null && path.startsWith("/v1/")) {
      AuditLog.write(
          new AuditLog.Entry(
              id, Request.getRemoteAddr(request), null, method, endpoint, status, null, null));
    }
  }

  /** The decoded path of the request target, or {@code null} when it has none. */
  static String path(Request request) {
    try {
      return request.getHttpURI() == null ? null : request.getHttpURI().getDecodedPath();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
