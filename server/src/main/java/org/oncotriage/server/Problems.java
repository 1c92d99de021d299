package org.oncotriage.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.oncotriage.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error layer: turns every failure into an {@code application/problem+json} response. Bad input
 * is 4xx; anything else is a generic 500 whose log line names only the request id and the exception
 * class (an exception message could quote patient text). Stateless.
 */
final class Problems {

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  private Problems() {}

  /**
   * Registers the exception and error handlers.
   *
   * @param allowed the methods of each route, for the {@code Allow} header of a 405
   */
  static void register(RoutesConfig routes, AllowedMethods allowed) {
    routes.exception(ProblemException.class, (e, ctx) -> write(ctx, e.problem(), e.headers()));
    routes.exception(
        HttpResponseException.class, (e, ctx) -> write(ctx, fromStatus(e.getStatus())));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error(
              "internal error request_id={} exception={} at={}",
              RequestLog.requestId(ctx),
              e instanceof TriageHandlers.ModelFailure ? e.getMessage() : e.getClass().getName(),
              e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
          write(ctx, internal());
        });
    for (int status : new int[] {400, 404, 405, 408, 413, 414, 415, 429, 431, 500, 501, 503}) {
      routes.error(status, ctx -> ensureProblem(ctx, allowed));
    }
  }

  /** Writes a problem as the response. */
  static void write(Context ctx, Problem problem) {
    write(ctx, problem, Map.of());
  }

  static void write(Context ctx, Problem problem, Map<String, String> headers) {
    headers.forEach(ctx::header);
    byte[] body = json(problem.withRequestId(RequestLog.requestId(ctx)));
    ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(body);
  }

  /** The problem as its JSON body. */
  static byte[] json(Problem problem) {
    try {
      return Json.mapper().writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      return "{\"title\":\"Internal error\",\"status\":500}".getBytes(StandardCharsets.UTF_8);
    }
  }

  /** A generic problem for a bare status (404, 405, 413 ...). */
  static Problem fromStatus(int status) {
    return switch (status) {
      case 400 -> Problem.of("bad-request", "Bad request", 400, "the request is malformed");
      case 401 ->
          Problem.of("unauthorized", "Unauthorized", 401, "an API key is required: Bearer <key>");
      case 403 -> Problem.of("forbidden", "Forbidden", 403, "the API key is not accepted");
      case 404 -> Problem.of("not-found", "Not found", 404, "no such resource");
      case 405 ->
          Problem.of(
              "method-not-allowed",
              "Method not allowed",
              405,
              "this path does not accept this method; see /openapi.json");
      case 408 ->
          Problem.of(
              "request-timeout", "Request timeout", 408, "the request did not arrive in time");
      case 413 ->
          Problem.of("body-too-large", "Content too large", 413, "the request body is too large");
      case 414 -> Problem.of("uri-too-long", "URI too long", 414, "the request target is too long");
      case 426 ->
          Problem.of("upgrade-required", "Upgrade required", 426, "use HTTP/1.1 without upgrade");
      case 429 -> Problem.of("too-many-requests", "Too many requests", 429, "retry later");
      case 431 ->
          Problem.of(
              "header-fields-too-large",
              "Request header fields too large",
              431,
              "the request headers are too large");
      case 501 ->
          Problem.of(
              "not-implemented",
              "Not implemented",
              501,
              "the service does not implement this method; see /openapi.json");
      case 415 ->
          Problem.of(
              "unsupported-media-type",
              "Unsupported media type",
              415,
              "the body must be application/json");
      case 503 ->
          Problem.of(
              "not-ready", "Service unavailable", 503, "the service is not ready; retry later");
      case 505 ->
          Problem.of(
              "http-version-not-supported", "HTTP version not supported", 505, "use HTTP/1.1");
      default ->
          status == 500
              ? internal()
              : status >= 400 && status <= 599
                  ? Problem.of("http-" + status, "HTTP " + status, status, "request refused")
                  : Problem.of("bad-request", "Bad request", 400, "the request is malformed");
    };
  }

  static Problem internal() {
    return Problem.of(
        "internal-error",
        "Internal error",
        500,
        "the service failed to handle this request; quote the request id when reporting it");
  }

  /** Error handler: replaces any body that is not already a problem. */
  /** A problem body for a bare status, and for a 405 the {@code Allow} header of its route. */
  private static void ensureProblem(Context ctx, AllowedMethods allowed) {
    if (ctx.statusCode() == 405 && ctx.res().getHeader(Header.ALLOW) == null) {
      allowed.forPath(ctx.path()).ifPresent(methods -> ctx.header(Header.ALLOW, methods));
    }
    String type = ctx.res().getContentType();
    if (type == null || !type.startsWith(Problem.CONTENT_TYPE)) {
      write(ctx, fromStatus(ctx.statusCode()));
    }
  }
}
