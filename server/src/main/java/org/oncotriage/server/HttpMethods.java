package org.oncotriage.server;

import java.util.Set;

/**
 * The HTTP methods this service names: the standard ones (RFC 9110 and {@code PATCH}). Any other
 * method name, an invented one or a standard one in the wrong case ({@code post}), is refused
 * before the router sees it and is counted and logged as {@link #OTHER}, so that a caller cannot
 * create a metric series or a log value per method name. Stateless.
 */
final class HttpMethods {

  /** The label of every method that is not {@link #KNOWN}. */
  static final String OTHER = "other";

  /** Method names as the standards spell them; HTTP method names are case-sensitive. */
  static final Set<String> KNOWN =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

  private HttpMethods() {}

  /** Whether {@code method} is one of {@link #KNOWN}. */
  static boolean isKnown(String method) {
    return method != null && KNOWN.contains(method);
  }

  /** The method as a metric label or log value: itself when known, else {@link #OTHER}. */
  static String label(String method) {
    return isKnown(method) ? method : OTHER;
  }
}
