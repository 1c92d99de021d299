package org.oncotriage.server;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.oncotriage.server.batching.BatchingConfig;
import org.oncotriage.server.batching.WorkLoadListener;
import org.oncotriage.server.batching.WorkLoadManager;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.Triager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model's life in the service: {@link #start} loads it on a background thread (so {@code
 * /health/ready} answers 503 until it is in), {@link #state} says where it stands, and {@link
 * #close} stops serving it, drains its work-load manager and closes it, in that order.
 *
 * <p>The serving pair, the triager and the {@link WorkLoadManager} in front of it (a {@link
 * LoadedModel}), lives in one immutable {@link ModelState} behind one atomic reference; a request
 * reads it once and uses that pair to the end. That is the seam of the hot swap: {@link
 * ModelRegistry} builds another ready state and {@link #swap swaps} it in with {@code
 * compareAndSet}; requests that read the old pair finish on it. A state moves LOADING to READY or
 * FAILED, from READY to another READY on a swap, and finally to STOPPED.
 *
 * <p>Thread-safe. Logs ids, sizes and timings only.
 */
final class ModelLifecycle implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ModelLifecycle.class);

  private final Supplier<Triager> loader;
  private final String source;
  private final BatchingConfig batching;
  private final WorkLoadListener listener;
  private final Duration shutdownTimeout;
  private final AtomicReference<ModelState> state = new AtomicReference<>(ModelState.LOADING);
  private volatile Thread loading;

  /**
   * @param loader loads the model; called once, on the loader thread
   * @param batching how the work-load manager batches
   * @param listener hears the work-load manager, for metrics
   * @param shutdownTimeout how long {@link #close} waits for the loader, then for the queue
   */
  ModelLifecycle(
      Supplier<Triager> loader,
      BatchingConfig batching,
      WorkLoadListener listener,
      Duration shutdownTimeout) {
    this(loader, "configured", batching, listener, shutdownTimeout);
  }

  /**
   * @param source where the loader reads the model from (a directory, or {@code bundled}), for
   *     {@code GET /v1/models}
   */
  ModelLifecycle(
      Supplier<Triager> loader,
      String source,
      BatchingConfig batching,
      WorkLoadListener listener,
      Duration shutdownTimeout) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.source = Objects.requireNonNull(source, "source");
    this.batching = Objects.requireNonNull(batching, "batching");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.shutdownTimeout = Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
  }

  /**
   * Starts loading on a daemon thread named {@code model-loader}. Call once.
   *
   * @param onReady runs on that thread once the state is READY, with the model and the load time
   */
  synchronized void start(BiConsumer<ModelDescription, Duration> onReady) {
    start(onReady, reason -> {});
  }

  /**
   * Starts loading on a daemon thread named {@code model-loader}. Call once.
   *
   * @param onReady runs on that thread once the state is READY, with the model and the load time
   * @param onFailure runs on that thread once the state is FAILED, with the reason in one line (the
   *     exception's class and message: a model file's problem, never request data)
   */
  synchronized void start(
      BiConsumer<ModelDescription, Duration> onReady, Consumer<String> onFailure) {
    Objects.requireNonNull(onReady, "onReady");
    Objects.requireNonNull(onFailure, "onFailure");
    if (loading != null) {
      throw new IllegalStateException("the model is already loading or loaded");
    }
    Thread t = new Thread(() -> load(onReady, onFailure), "model-loader");
    t.setDaemon(true);
    loading = t;
    t.start();
  }

  /** Where the model stands now; a ready state carries the serving triager and manager. */
  ModelState state() {
    return state.get();
  }

  /**
   * Makes {@code next} the serving model if {@code expected} serves now; one atomic step, so every
   * request reads either the old pair or the new one, whole.
   *
   * @return whether the swap happened
   */
  boolean swap(LoadedModel expected, LoadedModel next) {
    Objects.requireNonNull(next, "next");
    ModelState current = state.get();
    return current.isReady()
        && current.model() == expected
        && state.compareAndSet(current, ModelState.ready(next));
  }

  /** Whether the model serves. */
  boolean isReady() {
    return state.get().isReady();
  }

  /** Conversations waiting in the serving manager's queue; 0 when none serves. */
  int queueDepth() {
    WorkLoadManager w = state.get().workLoad();
    return w == null ? 0 : w.queueDepth();
  }

  /**
   * Waits until loading has ended (ready, failed, or abandoned after {@link #close}).
   *
   * @return whether it has ended within {@code timeout}; true when loading never started
   */
  boolean awaitLoaded(Duration timeout) throws InterruptedException {
    Thread t = loading;
    if (t == null) {
      return true;
    }
    t.join(Math.max(1, timeout.toMillis()));
    return !t.isAlive();
  }

  /**
   * Waits for the loader (at most the shutdown timeout), marks the state STOPPED so that new
   * requests get 503, waits for the requests using the serving model and drains its manager (at
   * most the shutdown timeout), then closes the triager. A model that arrives later is closed by
   * the loader. Idempotent.
   */
  @Override
  public void close() {
    try {
      awaitLoaded(shutdownTimeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ModelState last = state.getAndSet(ModelState.STOPPED);
    if (last.isReady()) {
      last.model().retireAndClose(shutdownTimeout);
      LOG.info("stopped: queue drained and model closed");
    }
  }

  private void load(BiConsumer<ModelDescription, Duration> onReady, Consumer<String> onFailure) {
    long start = System.nanoTime();
    Triager triager;
    try {
      triager = loader.get();
    } catch (RuntimeException e) {
      String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
      if (state.compareAndSet(ModelState.LOADING, ModelState.failed(reason))) {
        LOG.error("model failed to load; /health/ready stays 503: {}", reason);
        onFailure.accept(reason);
      }
      return;
    }
    WorkLoadManager workLoad = new WorkLoadManager(triager, batching, listener);
    Duration loadTime = Duration.ofNanos(System.nanoTime() - start);
    LoadedModel model = new LoadedModel(triager, workLoad, source, Instant.now(), loadTime);
    if (!state.compareAndSet(ModelState.LOADING, ModelState.ready(model))) {
      workLoad.close();
      triager.close();
      return;
    }
    onReady.accept(triager.description(), loadTime);
  }
}
