package org.oncotriage.training.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Small helpers for drawing from lists and coins. Stateless. */
final class Pick {

  private Pick() {}

  static <T> T one(SplittableRandom rng, List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }

  @SafeVarargs
  static <T> T one(SplittableRandom rng, T... items) {
    return items[rng.nextInt(items.length)];
  }

  /** True with probability {@code p}. */
  static boolean chance(SplittableRandom rng, double p) {
    return rng.nextDouble() < p;
  }
}
