package org.oncotriage.datagen.template;

import java.util.List;
import java.util.SplittableRandom;

/** Small helpers for drawing from lists and coins. Stateless. */
public final class Pick {

  private Pick() {}

  public static <T> T one(SplittableRandom rng, List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }

  @SafeVarargs
  public static <T> T one(SplittableRandom rng, T... items) {
    return items[rng.nextInt(items.length)];
  }

  /** True with probability {@code p}. */
  public static boolean chance(SplittableRandom rng, double p) {
    return rng.nextDouble() < p;
  }
}
