package org.oncotriage.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import java.util.Map;
import java.util.Objects;

/**
 * The API-key check that runs before every matched route: with keys configured, {@code /v1/*} (and,
 * with {@code protect_operational}, every other route) needs {@code Authorization: Bearer <key>};
 * no key is 401, a wrong key 403, both with {@code WWW-Authenticate}. The keys themselves are
 * {@link ApiKeys}. Immutable and thread-safe.
 */
final class BearerAuth implements Handler {

  private static final String PREFIX = "Bearer ";

  private final ApiKeys keys;
  private final boolean protectOperational;

  /**
   * @param keys the accepted keys; none turns the check off
   * @param protectOperational whether health, metrics and {@code /openapi.json} need a key too
   */
  BearerAuth(ApiKeys keys, boolean protectOperational) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.protectOperational = protectOperational;
  }

  @Override
  public void handle(Context ctx) {
    if (!keys.enabled()) {
      return;
    }
    if (!ctx.path().startsWith("/v1/") && !protectOperational) {
      return;
    }
    String header = ctx.header(Header.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      throw new ProblemException(
          Problems.fromStatus(401), Map.of(Header.WWW_AUTHENTICATE, "Bearer realm=\"oncotriage\""));
    }
    if (!keys.accepts(header.substring(PREFIX.length()).trim())) {
      throw new ProblemException(
          Problems.fromStatus(403),
          Map.of(Header.WWW_AUTHENTICATE, "Bearer realm=\"oncotriage\", error=\"invalid_token\""));
    }
  }
}
