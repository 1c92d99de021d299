package org.oncotriage.server;

import static org.oncotriage.server.ModelLifecycleException.Kind.CONFLICT;
import static org.oncotriage.server.ModelLifecycleException.Kind.NOT_FOUND;
import static org.oncotriage.server.ModelLifecycleException.Kind.UNAVAILABLE;

import io.javalin.http.Header;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.oncotriage.server.batching.BatchingConfig;
import org.oncotriage.server.batching.WorkLoadListener;
import org.oncotriage.server.batching.WorkLoadManager;
import org.oncotriage.triage.Triager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model versions loaded in the service and their life cycle, after Triton's explicit model
 * control: {@link #load} one beside the serving one, {@link #shadow} it on a share of live traffic,
 * {@link #promote} it, {@link #rollback} to the one before, {@link #unload} what is not serving.
 *
 * <p>The serving model is {@link ModelLifecycle}'s; a promotion is one {@link ModelLifecycle#swap},
 * so every request runs whole on the model it read at its start and holds it with a {@link
 * LoadedModel.Lease} ({@link #acquireServing}) until it has answered: no request fails or changes
 * model mid-way. The old model stays loaded for a rollback until it is unloaded; unloading waits
 * for its requests (bounded), drains its manager and closes it, which frees its native memory.
 *
 * <p>Bounded: at most {@code max_loaded_models} versions, one load at a time (on the calling
 * thread). Changes are serialized on this object; reading the serving model is lock-free.
 * Thread-safe. Logs versions and timings only.
 */
final class ModelRegistry implements AutoCloseable {

  /** What a model version looks like ({@code <stated version>+<content id>}). */
  private static final Pattern PLAIN_VERSION = Pattern.compile("[A-Za-z0-9._+-]+");

  private static final Logger LOG = LoggerFactory.getLogger(ModelRegistry.class);

  /** Attempts to acquire the serving model before giving up with 503; each lost one is a swap. */
  private static final int ACQUIRE_ATTEMPTS = 16;

  private final ModelLifecycle lifecycle;
  private final ModelDirectoryLoader loader;
  private final BatchingConfig batching;
  private final WorkLoadListener listener;
  private final int maxLoaded;
  private final Duration closeTimeout;
  private final ShadowScoring shadow;
  private final Consumer<LoadedModel> onServing;
  private final Semaphore loading = new Semaphore(1);
  private final Map<String, LoadedModel> models = new LinkedHashMap<>();
  private String previous;
  private boolean closed;

  /**
   * @param lifecycle owns the serving model and readiness
   * @param loader loads and checks a model directory
   * @param batching how each version's work-load manager batches
   * @param listener hears every version's work-load manager
   * @param maxLoaded the most versions loaded at once, the serving one included
   * @param closeTimeout how long unloading waits for a version's requests, then its queue
   * @param shadow scores live traffic with a candidate
   * @param onServing runs, under this registry's lock, when a version starts serving
   */
  ModelRegistry(
      ModelLifecycle lifecycle,
      ModelDirectoryLoader loader,
      BatchingConfig batching,
      WorkLoadListener listener,
      int maxLoaded,
      Duration closeTimeout,
      ShadowScoring shadow,
      Consumer<LoadedModel> onServing) {
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    this.loader = Objects.requireNonNull(loader, "loader");
    this.batching = Objects.requireNonNull(batching, "batching");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.maxLoaded = maxLoaded;
    this.closeTimeout = Objects.requireNonNull(closeTimeout, "closeTimeout");
    this.shadow = Objects.requireNonNull(shadow, "shadow");
    this.onServing = Objects.requireNonNull(onServing, "onServing");
  }

  /**
   * The serving model, held for one request; close the lease once the request has answered.
   *
   * @throws ProblemException 503 when no model serves
   */
  LoadedModel.Lease acquireServing() {
    for (int i = 0; i < ACQUIRE_ATTEMPTS; i++) {
      LoadedModel.Lease lease = lifecycle.state().requireReady().model().tryAcquire();
      if (lease != null) {
        return lease;
      }
    }
    throw new ProblemException(
        Problem.of(
            "not-ready", "Service unavailable", 503, "the serving model is being switched; retry"),
        Map.of(Header.RETRY_AFTER, "1"));
  }

  /** The serving version, or {@code null} while none serves. */
  String servingVersion() {
    LoadedModel serving = servingOrNull();
    return serving == null ? null : serving.version();
  }

  /** Every loaded version, the serving one first, then in load order. */
  synchronized List<ModelView> list() {
    adoptServing();
    LoadedModel serving = servingOrNull();
    List<ModelView> views = new ArrayList<>();
    if (serving != null) {
      views.add(view(serving));
    }
    models.values().stream().filter(m -> m != serving).forEach(m -> views.add(view(m)));
    return views;
  }

  /**
   * Loads a model directory beside the serving model and checks it: the same labels as the serving
   * model, and one synthetic conversation triaged under its own version. One load at a time.
   *
   * @return the loaded version, in state {@code loaded}
   * @throws ModelLifecycleException INVALID_MODEL naming what is wrong with the directory or model;
   *     CONFLICT when another load runs, the cap is reached or the version is loaded already
   */
  ModelView load(Path directory) {
    Objects.requireNonNull(directory, "directory");
    if (!loading.tryAcquire()) {
      throw new ModelLifecycleException(
          CONFLICT, "another model is loading; retry when it has finished");
    }
    try {
      LoadedModel serving = requireServing();
      requireRoom();
      long start = System.nanoTime();
      Triager triager = loader.load(directory, serving.description());
      Duration loadTime = Duration.ofNanos(System.nanoTime() - start);
      LoadedModel model =
          new LoadedModel(
              triager,
              new WorkLoadManager(triager, batching, listener),
              directory.toString(),
              Instant.now(),
              loadTime);
      try {
        register(model);
      } catch (ModelLifecycleException e) {
        model.retireAndClose(Duration.ZERO);
        throw e;
      }
      LOG.info("model loaded version={} load_ms={}", model.version(), loadTime.toMillis());
      return view(model);
    } finally {
      loading.release();
    }
  }

  /**
   * Makes a loaded version the candidate that scores {@code shadow_share} of live traffic in the
   * background; it replaces any other candidate.
   */
  synchronized ModelView shadow(String version) {
    LoadedModel model = require(version);
    if (model == requireServing()) {
      throw new ModelLifecycleException(
          CONFLICT, "version " + version + " is serving; only another version can shadow it");
    }
    shadow.start(model);
    LOG.info("model shadowing version={}", version);
    return view(model);
  }

  /**
   * Makes a loaded version the serving one in one atomic step; the one it replaces stays loaded, as
   * the version a {@link #rollback} returns to.
   */
  synchronized ModelView promote(String version) {
    LoadedModel model = require(version);
    LoadedModel serving = requireServing();
    if (model == serving) {
      throw new ModelLifecycleException(CONFLICT, "version " + version + " is serving already");
    }
    switchTo(serving, model);
    return view(model);
  }

  /**
   * Switches the serving {@code version} back to the version that served before it.
   *
   * @return the version that serves now
   */
  synchronized ModelView rollback(String version) {
    LoadedModel current = require(version);
    if (current != requireServing()) {
      throw new ModelLifecycleException(
          CONFLICT,
          "version "
              + version
              + " is not serving; rollback returns the serving version to the one before it");
    }
    LoadedModel before = previous == null ? null : models.get(previous);
    if (before == null) {
      throw new ModelLifecycleException(
          CONFLICT, "no version that served before " + version + " is loaded; promote one instead");
    }
    switchTo(current, before);
    return view(before);
  }

  /**
   * Unloads a version that does not serve: new requests cannot reach it, those in flight finish,
   * then its manager is drained and the model closed. Past the close timeout the call returns and
   * the model closes as its last request answers, never under one.
   */
  ModelView unload(String version) {
    LoadedModel model;
    synchronized (this) {
      model = require(version);
      if (model == requireServing()) {
        throw new ModelLifecycleException(
            CONFLICT, "version " + version + " is serving; promote another version first");
      }
      models.remove(version);
      shadow.stopIf(model);
      if (version.equals(previous)) {
        previous = null;
      }
    }
    ModelView last = view(model);
    boolean drained = model.retireAndClose(closeTimeout);
    shadow.forget(version);
    LOG.info("model unloaded version={} drained={}", version, drained);
    return new ModelView(
        last.name(),
        last.version(),
        "unloaded",
        last.source(),
        last.loadedAt(),
        last.loadMs(),
        last.provenance(),
        0);
  }

  /**
   * Stops the serving model (see {@link ModelLifecycle#close}), then closes every other version.
   */
  @Override
  public void close() {
    shadow.close();
    LoadedModel serving;
    synchronized (this) {
      closed = true;
      serving = servingOrNull();
    }
    lifecycle.close();
    List<LoadedModel> others;
    synchronized (this) {
      others = new ArrayList<>(models.values());
      others.remove(serving);
      models.clear();
    }
    for (LoadedModel m : others) {
      m.retireAndClose(closeTimeout);
    }
  }

  private void switchTo(LoadedModel from, LoadedModel to) {
    long start = System.nanoTime();
    if (!lifecycle.swap(from, to)) {
      throw new ModelLifecycleException(UNAVAILABLE, "the service is stopping");
    }
    previous = from.version();
    shadow.stopIf(to);
    onServing.accept(to);
    LOG.info(
        "model serving version={} previous={} switch_us={}",
        to.version(),
        from.version(),
        (System.nanoTime() - start) / 1000);
  }

  private synchronized void requireRoom() {
    adoptServing();
    if (models.size() >= maxLoaded) {
      throw new ModelLifecycleException(
          CONFLICT,
          "max_loaded_models="
              + maxLoaded
              + " versions are loaded; unload one (DELETE /v1/models/{version}) first");
    }
  }

  private synchronized void register(LoadedModel model) {
    if (closed) {
      throw new ModelLifecycleException(UNAVAILABLE, "the service is stopping");
    }
    adoptServing();
    if (models.containsKey(model.version())) {
      throw new ModelLifecycleException(
          CONFLICT, "version " + model.version() + " is loaded already");
    }
    if (models.size() >= maxLoaded) {
      throw new ModelLifecycleException(
          CONFLICT, "max_loaded_models=" + maxLoaded + " versions are loaded; unload one first");
    }
    models.put(model.version(), model);
  }

  private LoadedModel require(String version) {
    adoptServing();
    LoadedModel model = models.get(version);
    if (model == null) {
      // the version comes from the request path: named back only when it looks like a version
      boolean plain = version.length() <= 100 && PLAIN_VERSION.matcher(version).matches();
      throw new ModelLifecycleException(
          NOT_FOUND,
          plain ? "no loaded model has version " + version : "no loaded model has that version");
    }
    return model;
  }

  private LoadedModel requireServing() {
    LoadedModel serving = servingOrNull();
    if (serving == null) {
      throw new ModelLifecycleException(
          UNAVAILABLE, "no model serves yet (loading, failed or stopping); see /health/ready");
    }
    return serving;
  }

  private LoadedModel servingOrNull() {
    ModelState state = lifecycle.state();
    return state.isReady() ? state.model() : null;
  }

  /** The model the service started with joins the registry the first time it is seen. */
  private synchronized void adoptServing() {
    LoadedModel serving = servingOrNull();
    if (serving != null) {
      models.putIfAbsent(serving.version(), serving);
    }
  }

  private ModelView view(LoadedModel m) {
    LoadedModel serving = servingOrNull();
    String state = m == serving ? "serving" : shadow.isCandidate(m) ? "shadow" : "loaded";
    return new ModelView(
        m.description().name(),
        m.version(),
        state,
        m.source(),
        m.loadedAt().toString(),
        m.loadTime().toMillis(),
        m.description().provenance(),
        m.inFlight());
  }
}
