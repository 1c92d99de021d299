package org.oncotriage.server;

import io.javalin.http.Header;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.oncotriage.server.batching.WorkLoadManager;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.Triager;

/**
 * Where the serving model stands: loading, ready (with the {@link LoadedModel} that serves: its
 * triager and work-load manager), failed or stopped. Immutable; {@link ModelLifecycle} swaps whole
 * states atomically, and a promotion ({@link ModelRegistry}) swaps one ready state for another.
 *
 * @param phase the phase
 * @param model the serving model, when ready
 * @param failure why loading failed, in one line, when failed
 */
record ModelState(Phase phase, LoadedModel model, String failure) {

  enum Phase {
    LOADING,
    READY,
    FAILED,
    STOPPED
  }

  static final ModelState LOADING = new ModelState(Phase.LOADING, null, null);

  static final ModelState STOPPED = new ModelState(Phase.STOPPED, null, null);

  ModelState {
    Objects.requireNonNull(phase, "phase");
  }

  static ModelState ready(LoadedModel model) {
    return new ModelState(Phase.READY, Objects.requireNonNull(model, "model"), null);
  }

  static ModelState failed(String failure) {
    return new ModelState(Phase.FAILED, null, failure);
  }

  /** The serving triager, when ready; else {@code null}. */
  Triager triager() {
    return model == null ? null : model.triager();
  }

  /** The serving work-load manager, when ready; else {@code null}. */
  WorkLoadManager workLoad() {
    return model == null ? null : model.workLoad();
  }

  boolean isReady() {
    return phase == Phase.READY;
  }

  /**
   * This state, when the model is ready to serve; otherwise a 503 problem with {@code Retry-After}
   * that says why (loading, failed or stopping).
   */
  ModelState requireReady() {
    if (isReady()) {
      return this;
    }
    String detail =
        switch (phase) {
          case LOADING -> "the model is still loading; retry later";
          case FAILED -> "the model failed to load: see the service log";
          default -> "the service is stopping";
        };
    throw new ProblemException(
        Problem.of("not-ready", "Service unavailable", 503, detail),
        Map.of(Header.RETRY_AFTER, "5"));
  }

  Optional<ModelDescription> description() {
    return isReady() ? Optional.of(model.description()) : Optional.empty();
  }
}
