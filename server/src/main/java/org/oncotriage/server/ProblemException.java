package org.oncotriage.server;

import java.util.Map;
import java.util.Objects;

/**
 * Ends a request with a {@link Problem}; the error layer renders it. Extra headers (e.g. {@code
 * Retry-After}, {@code WWW-Authenticate}) go with it.
 */
final class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;
  private final transient Map<String, String> headers;

  public ProblemException(Problem problem) {
    this(problem, Map.of());
  }

  public ProblemException(Problem problem, Map<String, String> headers) {
    super(problem.detail(), null, false, false);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.headers = Map.copyOf(headers);
  }

  public Problem problem() {
    return problem;
  }

  public Map<String, String> headers() {
    return headers;
  }

  static ProblemException badRequest(String slug, String title, String detail) {
    return new ProblemException(Problem.of(slug, title, 400, detail));
  }
}
