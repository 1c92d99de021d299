package org.oncotriage.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The API-key check that runs before every matched route: with keys configured, {@code /v1/*} (and,
 * with {@code protect_operational}, every other route but the {@link WebPages}) needs {@code
 * Authorization: Bearer <key>}; no key is 401, a wrong key 403, both with {@code WWW-Authenticate};
 * two {@code Authorization} headers are 400 (no "first one wins"). Wrong keys are counted per
 * client address ({@link AuthThrottle}); an address that has presented too many gets 429 with
 * {@code Retry-After} before its key is looked at. The presented key's id goes to the audit line.
 * The keys themselves are {@link ApiKeys}.
 *
 * <p>The admin endpoints ({@link #isAdminPath}) are guarded by a second instance, {@link #admin},
 * over the admin keys alone, with the same rules and the same throttle; an API key is not an admin
 * key, and without admin keys configured every admin endpoint is 403 rather than open. Thread-safe.
 */
final class BearerAuth implements Handler {

  private static final String PREFIX = "Bearer ";

  private final ApiKeys keys;
  private final Predicate<String> guardedPath;
  private final Problem withoutKeys;
  private final AuthThrottle throttle;
  private final ServerMetrics metrics;

  /**
   * @param keys the accepted keys; none turns the check off
   * @param protectOperational whether health, metrics and {@code /openapi.json} need a key too
   * @param throttle counts wrong keys per client address
   * @param metrics counts throttled requests
   */
  BearerAuth(
      ApiKeys keys, boolean protectOperational, AuthThrottle throttle, ServerMetrics metrics) {
    this(
        keys,
        path ->
            !isAdminPath(path)
                && (path.startsWith("/v1/") || (protectOperational && !WebPages.isPage(path))),
        null,
        throttle,
        metrics);
  }

  private BearerAuth(
      ApiKeys keys,
      Predicate<String> guardedPath,
      Problem withoutKeys,
      AuthThrottle throttle,
      ServerMetrics metrics) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.guardedPath = guardedPath;
    this.withoutKeys = withoutKeys;
    this.throttle = Objects.requireNonNull(throttle, "throttle");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  /**
   * The check of the admin endpoints: {@code Authorization: Bearer <admin key>}, with the API's
   * statuses; with no admin key configured, 403 naming the setting.
   *
   * @param adminKeys the admin keys ({@code admin_api_keys})
   */
  static BearerAuth admin(ApiKeys adminKeys, AuthThrottle throttle, ServerMetrics metrics) {
    Problem off =
        Problem.of(
            "admin-disabled",
            "Forbidden",
            403,
            "the admin endpoints are off: no admin key is configured (set admin_api_keys or"
                + " ONCOTRIAGE_ADMIN_API_KEYS)");
    return new BearerAuth(adminKeys, BearerAuth::isAdminPath, off, throttle, metrics);
  }

  /** Whether a path is one of the model life cycle's admin endpoints, {@code /v1/models...}. */
  static boolean isAdminPath(String path) {
    return path.equals("/v1/models") || path.startsWith("/v1/models/");
  }

  @Override
  public void handle(Context ctx) {
    if (!guardedPath.test(ctx.path())) {
      return;
    }
    if (!keys.enabled()) {
      if (withoutKeys != null) {
        throw new ProblemException(withoutKeys);
      }
      return;
    }
    List<String> headers = Collections.list(ctx.req().getHeaders(Header.AUTHORIZATION));
    if (headers.size() > 1) {
      throw new ProblemException(
          Problem.of(
              "duplicate-authorization",
              "Bad request",
              400,
              "send one Authorization header; this request has " + headers.size()));
    }
    String client = ctx.ip();
    long retryAfter = throttle.retryAfterSeconds(client);
    if (retryAfter > 0) {
      metrics.refused(ServerMetrics.Refusal.AUTH_THROTTLE);
      throw new ProblemException(
          Problem.of(
              "too-many-wrong-keys",
              "Too many requests",
              429,
              "too many wrong API keys from this address; retry after " + retryAfter + " s"),
          Map.of(Header.RETRY_AFTER, Long.toString(retryAfter)));
    }
    String header = headers.isEmpty() ? null : headers.get(0);
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      throw new ProblemException(
          Problems.fromStatus(401), Map.of(Header.WWW_AUTHENTICATE, "Bearer realm=\"oncotriage\""));
    }
    String presented = header.substring(PREFIX.length()).trim();
    RequestLog.keyId(ctx, ApiKeys.keyId(presented));
    if (!keys.accepts(presented)) {
      throttle.failed(client);
      throw new ProblemException(
          Problems.fromStatus(403),
          Map.of(Header.WWW_AUTHENTICATE, "Bearer realm=\"oncotriage\", error=\"invalid_token\""));
    }
  }
}
