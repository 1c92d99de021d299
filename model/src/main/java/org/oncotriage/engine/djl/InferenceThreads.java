package org.oncotriage.engine.djl;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * PyTorch settings that inference needs and that PyTorch keeps per thread or per process.
 *
 * <ul>
 *   <li>Autograd is a per-thread mode that is on by default in every thread that DJL did not start
 *       with; an HTTP worker thread would build a gradient graph for every request. {@link
 *       #prepareCurrentThread()} turns it off once per thread.
 *   <li>The intra-op thread count is process-wide. With more than one intra-op thread on 2 shared
 *       cores, OpenMP's spinning workers made one short forward pass take about 230 ms instead of
 *       about 5 ms, so loading a model sets it (default 1); a service gets its parallelism from
 *       concurrent requests instead.
 * </ul>
 *
 * Thread-safe.
 */
final class InferenceThreads {

  private static final ThreadLocal<Boolean> PREPARED = ThreadLocal.withInitial(() -> false);

  private InferenceThreads() {}

  private static boolean pytorch() {
    return "PyTorch".equals(Engine.getInstance().getEngineName());
  }

  /** Sets PyTorch's process-wide intra-op thread count; a no-op on other engines. */
  static void setIntraOpThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("intra-op threads must be positive, received " + threads);
    }
    if (pytorch()) {
      JniUtils.setNumThreads(threads);
    }
  }

  /** Turns autograd off for the calling thread, once. */
  static void prepareCurrentThread() {
    if (!PREPARED.get()) {
      if (pytorch()) {
        JniUtils.setGradMode(false);
      }
      PREPARED.set(true);
    }
  }
}
