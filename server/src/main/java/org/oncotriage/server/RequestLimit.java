package org.oncotriage.server;

import io.javalin.http.Header;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Bounds the triage requests in progress at once ({@code max_concurrent_requests}); one more is
 * refused at once with 429 and {@code Retry-After}, never queued. The bound sits below the HTTP
 * thread pool, so a flood of single conversations meets 429 before it has taken every thread, and
 * before its waits grow (the work-load manager's queue counts conversations, and without this bound
 * 250 threads each holding one could never fill it). Thread-safe.
 */
final class RequestLimit {

  private final int capacity;
  private final Semaphore permits;
  private final ServerMetrics metrics;

  RequestLimit(int capacity, ServerMetrics metrics) {
    this.capacity = capacity;
    this.permits = new Semaphore(capacity);
    this.metrics = metrics;
  }

  /**
   * Takes a place; close the permit when the request is done.
   *
   * @throws ProblemException 429 when every place is taken
   */
  Permit enter() {
    if (!permits.tryAcquire()) {
      metrics.refused(ServerMetrics.Refusal.REQUESTS);
      throw new ProblemException(
          Problem.of(
              "too-many-requests",
              "Too many requests",
              429,
              "the service is at its limit of "
                  + capacity
                  + " requests in progress; retry shortly"),
          Map.of(Header.RETRY_AFTER, "1"));
    }
    return permits::release;
  }

  /** Requests in progress now. */
  int inProgress() {
    return capacity - permits.availablePermits();
  }

  /** A place taken; closing it frees the place. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }
}
