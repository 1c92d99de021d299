package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AuthThrottleTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final AuthThrottle throttle = new AuthThrottle(6, now::get);

  @Test
  void anAddressMayPresentSixWrongKeysAMinuteThenWaitsForTheAllowanceToRefill() {
    for (int i = 0; i < 6; i++) {
      assertThat(throttle.retryAfterSeconds("10.0.0.1")).isZero();
      throttle.failed("10.0.0.1");
    }
    assertThat(throttle.retryAfterSeconds("10.0.0.1")).isEqualTo(10);
    assertThat(throttle.retryAfterSeconds("10.0.0.2")).isZero();
    now.addAndGet(TimeUnit.SECONDS.toNanos(4));
    assertThat(throttle.retryAfterSeconds("10.0.0.1")).isEqualTo(6);
    now.addAndGet(TimeUnit.SECONDS.toNanos(6));
    assertThat(throttle.retryAfterSeconds("10.0.0.1")).isZero();
  }

  @Test
  void theNumberOfAddressesRememberedIsBounded() {
    for (int i = 0; i < AuthThrottle.MAX_ADDRESSES + 5; i++) {
      throttle.failed("a" + i);
    }
    assertThat(throttle.tracked()).isLessThanOrEqualTo(AuthThrottle.MAX_ADDRESSES);
  }
}
