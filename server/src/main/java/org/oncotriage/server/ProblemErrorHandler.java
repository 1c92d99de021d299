package org.oncotriage.server;

import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server's own error responses (a request Jetty refuses before any handler: 400 for a
 * malformed request or a missing {@code Host}, 414 for a long target, 431 for large headers, 426,
 * ...) as problem bodies instead of Jetty's HTML page, which quotes the target. Each is logged as a
 * warning with its status and the cause's class, and goes through {@link EdgeResponses}, so it has
 * a request id, an access line and a metric like any other response. Thread-safe.
 */
final class ProblemErrorHandler extends ErrorHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorHandler.class);

  private final EdgeResponses responses;

  ProblemErrorHandler(EdgeResponses responses) {
    this.responses = Objects.requireNonNull(responses, "responses");
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
    if (cause instanceof HttpException http) {
      status = http.getCode();
    }
    if (status < 400 || status > 599) {
      status = 500;
    }
    LOG.warn(
        "http server error status={} cause={}",
        status,
        cause == null ? "-" : cause.getClass().getSimpleName());
    responses.refuse(request, response, callback, Problems.fromStatus(status), Map.of(), true);
    return true;
  }
}
