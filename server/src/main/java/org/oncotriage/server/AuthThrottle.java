package org.oncotriage.server;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Slows key guessing: each client address has an allowance of wrong API keys (a token bucket of
 * {@code perMinute}, refilled at {@code perMinute} a minute). While an address has none left, its
 * requests to protected endpoints are refused with 429 before the key is looked at, so a right key
 * found by guessing is not confirmed either. Addresses are the connection's peer: behind a proxy
 * that is the proxy, and its callers share one allowance.
 *
 * <p>At most {@link #MAX_ADDRESSES} addresses are tracked; beyond that, refilled ones are forgotten
 * first, then all. Thread-safe.
 */
final class AuthThrottle {

  /** The most client addresses remembered. */
  static final int MAX_ADDRESSES = 10_000;

  private static final long MINUTE_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final int perMinute;
  private final LongSupplier nanoClock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * @param perMinute wrong keys allowed per address and minute, and the burst allowed at once
   * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
   */
  AuthThrottle(int perMinute, LongSupplier nanoClock) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("perMinute must be >= 1, received " + perMinute);
    }
    this.perMinute = perMinute;
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
  }

  /**
   * Whether {@code address} may present a key now.
   *
   * @return 0 when it may, else the whole seconds until it may again (at least 1)
   */
  long retryAfterSeconds(String address) {
    Bucket b = buckets.get(address);
    if (b == null) {
      return 0;
    }
    synchronized (b) {
      b.refill(nanoClock.getAsLong());
      if (b.tokens >= 1) {
        return 0;
      }
      double nanosToOne = (1 - b.tokens) * MINUTE_NANOS / perMinute;
      return Math.max(1, (long) Math.ceil(nanosToOne / 1e9));
    }
  }

  /** Counts one wrong key from {@code address}. */
  void failed(String address) {
    if (buckets.size() >= MAX_ADDRESSES && !buckets.containsKey(address)) {
      forgetRefilled();
    }
    long now = nanoClock.getAsLong();
    Bucket b = buckets.computeIfAbsent(address, a -> new Bucket(perMinute, now));
    synchronized (b) {
      b.refill(now);
      b.tokens = Math.max(0, b.tokens - 1);
    }
  }

  /** Addresses tracked now. */
  int tracked() {
    return buckets.size();
  }

  private void forgetRefilled() {
    long now = nanoClock.getAsLong();
    buckets
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                e.getValue().refill(now);
                return e.getValue().tokens >= perMinute;
              }
            });
    if (buckets.size() >= MAX_ADDRESSES) {
      buckets.clear();
    }
  }

  /** One address's allowance. Guarded by its own lock. */
  private final class Bucket {
    double tokens;
    long updated;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updated = now;
    }

    void refill(long now) {
      long elapsed = Math.max(0, now - updated);
      tokens = Math.min(perMinute, tokens + (double) elapsed * perMinute / MINUTE_NANOS);
      updated = now;
    }
  }
}
