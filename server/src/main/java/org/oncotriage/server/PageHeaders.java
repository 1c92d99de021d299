package org.oncotriage.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers of the service's web pages ({@code /console}, {@code /docs}) and of their
 * scripts and styles: a Content-Security-Policy that lets a page load scripts, styles and data only
 * from the service itself (no inline script, no other origin, no framing), plus {@code nosniff}, no
 * referrer and no caching of the page. Immutable.
 */
final class PageHeaders {

  /** For the console: scripts and styles from this origin only, nothing inline. */
  static final Map<String, String> CONSOLE = headers("style-src 'self'");

  /**
   * For Swagger UI, which sets {@code style} attributes from its scripts (React): inline styles are
   * allowed there, inline scripts are not.
   */
  static final Map<String, String> DOCS = headers("style-src 'self' 'unsafe-inline'");

  private PageHeaders() {}

  private static Map<String, String> headers(String styleSource) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put(
        "Content-Security-Policy",
        String.join(
            "; ",
            "default-src 'none'",
            "script-src 'self'",
            styleSource,
            "img-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'"));
    h.put("X-Content-Type-Options", "nosniff");
    h.put("X-Frame-Options", "DENY");
    h.put("Referrer-Policy", "no-referrer");
    h.put("Cross-Origin-Opener-Policy", "same-origin");
    h.put("Cross-Origin-Resource-Policy", "same-origin");
    h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    h.put("Cache-Control", "no-cache");
    return Map.copyOf(h);
  }
}
