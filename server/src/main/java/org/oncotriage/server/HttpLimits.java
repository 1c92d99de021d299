package org.oncotriage.server;

import java.time.Duration;
import java.util.Objects;

/**
 * What the service grants one caller before it refuses: how many requests may wait for the model,
 * how many bodies may be arriving at once and how fast they must arrive, and how many wrong API
 * keys one client address may present. Every limit refuses at once with a problem body (429 with
 * {@code Retry-After}, or 408 for a body that does not arrive); none queues without bound.
 *
 * @param maxConcurrentRequests {@code /v1/triage} and {@code /v1/triage/batch} requests in progress
 *     at once, after their body is in ({@code max_concurrent_requests}, default 64); one more is
 *     429. It stays well below the HTTP thread pool (250), so the health endpoints always find a
 *     thread
 * @param maxConcurrentUploads request bodies being received at once ({@code
 *     max_concurrent_uploads}, default 64); one more is 429. A body is received without holding an
 *     HTTP thread and handed to the router only once it is complete
 * @param bodyReadTimeout the longest a body may take to arrive ({@code body_read_timeout_ms},
 *     default 10000); then 408
 * @param minUploadBytesPerSecond the slowest a body may arrive, averaged from its first byte,
 *     checked once a second has passed ({@code min_upload_bytes_per_second}, default 1024); slower
 *     is 408
 * @param idleTimeout how long a connection may stay silent ({@code idle_timeout_ms}, default 30000)
 * @param maxAuthFailuresPerMinute wrong API keys one client address may present per minute ({@code
 *     max_auth_failures_per_minute}, default 10); beyond that its keyed requests get 429 until the
 *     allowance refills, whatever key they carry
 */
public record HttpLimits(
    int maxConcurrentRequests,
    int maxConcurrentUploads,
    Duration bodyReadTimeout,
    long minUploadBytesPerSecond,
    Duration idleTimeout,
    int maxAuthFailuresPerMinute) {

  /** The most HTTP threads (Javalin's default pool). */
  static final int HTTP_THREADS = 250;

  /** Threads kept free of {@code /v1} work for health, metrics and refusals. */
  static final int RESERVED_THREADS = 50;

  public HttpLimits {
    if (maxConcurrentRequests < 1 || maxConcurrentRequests > HTTP_THREADS - RESERVED_THREADS) {
      throw new IllegalArgumentException(
          "max_concurrent_requests must be between 1 and "
              + (HTTP_THREADS - RESERVED_THREADS)
              + ", received "
              + maxConcurrentRequests);
    }
    if (maxConcurrentUploads < 1 || maxConcurrentUploads > 100_000) {
      throw new IllegalArgumentException(
          "max_concurrent_uploads must be between 1 and 100000, received " + maxConcurrentUploads);
    }
    Objects.requireNonNull(bodyReadTimeout, "bodyReadTimeout");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (bodyReadTimeout.toMillis() < 1 || idleTimeout.toMillis() < 1) {
      throw new IllegalArgumentException(
          "body_read_timeout_ms and idle_timeout_ms must be at least 1");
    }
    if (minUploadBytesPerSecond < 0) {
      throw new IllegalArgumentException(
          "min_upload_bytes_per_second must not be negative, received " + minUploadBytesPerSecond);
    }
    if (maxAuthFailuresPerMinute < 1) {
      throw new IllegalArgumentException(
          "max_auth_failures_per_minute must be at least 1, received " + maxAuthFailuresPerMinute);
    }
  }
}
