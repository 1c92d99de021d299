package org.oncotriage.training.train;

import ai.djl.training.tracker.Tracker;

/**
 * Learning rate: linear warm-up from near 0 to {@code peak} over {@code warmupSteps}, then linear
 * decay to 10% of {@code peak} at {@code totalSteps}, and flat after that. Stateless.
 */
final class WarmupLinearDecay implements Tracker {

  private final float peak;
  private final int warmupSteps;
  private final int totalSteps;

  WarmupLinearDecay(float peak, int warmupSteps, int totalSteps) {
    this.peak = peak;
    this.warmupSteps = Math.max(1, warmupSteps);
    this.totalSteps = Math.max(this.warmupSteps + 1, totalSteps);
  }

  @Override
  public float getNewValue(int numUpdate) {
    if (numUpdate < warmupSteps) {
      return peak * (numUpdate + 1) / warmupSteps;
    }
    float done = Math.min(1f, (float) (numUpdate - warmupSteps) / (totalSteps - warmupSteps));
    return peak * (1f - 0.9f * done);
  }
}
