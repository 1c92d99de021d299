package org.oncotriage.server;

import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler every request meets, in front of Javalin: a method that is not a standard HTTP
 * method ({@link HttpMethods}; {@code post}, {@code M-SEARCH}, invented names) is answered here,
 * 405 with {@code Allow} on a known path and 501 elsewhere, as a problem body, so the router never
 * sees it (Javalin creates a handler type per method name, or fails with a 500 on a name that is
 * not upper case); a request with a body goes through the {@link UploadGate}. Thread-safe.
 */
final class EdgeHandler extends Handler.Wrapper {

  private final EdgeResponses responses;
  private final UploadGate uploads;
  private final AllowedMethods allowed;

  /**
   * @param responses writes refusals
   * @param uploads receives bodies
   * @param allowByPath each route path and its methods, as an {@code Allow} header value
   */
  EdgeHandler(EdgeResponses responses, UploadGate uploads, Map<String, String> allowByPath) {
    this.responses = Objects.requireNonNull(responses, "responses");
    this.uploads = Objects.requireNonNull(uploads, "uploads");
    this.allowed = new AllowedMethods(allowByPath);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!HttpMethods.isKnown(request.getMethod())) {
      String allow = allowed.forPath(EdgeResponses.path(request)).orElse(null);
      Problem problem = allow == null ? Problems.fromStatus(501) : Problems.fromStatus(405);
      responses.refuse(
          request,
          response,
          callback,
          problem,
          allow == null ? Map.of() : Map.of("Allow", allow),
          UploadGate.hasBody(request));
      return true;
    }
    Handler next = getHandler();
    if (next == null) {
      return false;
    }
    if (UploadGate.hasBody(request)) {
      uploads.receive(request, response, callback, next);
      return true;
    }
    return next.handle(request, response, callback);
  }
}
