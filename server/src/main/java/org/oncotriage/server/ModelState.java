package org.oncotriage.server;

import java.util.Objects;
import java.util.Optional;
import org.oncotriage.server.batching.WorkLoadManager;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.Triager;

/**
 * Where the model stands: loading, ready (with its triager and work-load manager) or failed.
 * Immutable; the server swaps whole states atomically.
 *
 * @param phase the phase
 * @param triager the loaded model, when ready
 * @param workLoad the batching queue in front of it, when ready
 * @param failure why loading failed, in one line, when failed
 */
record ModelState(Phase phase, Triager triager, WorkLoadManager workLoad, String failure) {

  enum Phase {
    LOADING,
    READY,
    FAILED,
    STOPPED
  }

  static final ModelState LOADING = new ModelState(Phase.LOADING, null, null, null);

  ModelState {
    Objects.requireNonNull(phase, "phase");
  }

  static ModelState ready(Triager triager, WorkLoadManager workLoad) {
    return new ModelState(Phase.READY, triager, workLoad, null);
  }

  static ModelState failed(String failure) {
    return new ModelState(Phase.FAILED, null, null, failure);
  }

  boolean isReady() {
    return phase == Phase.READY;
  }

  Optional<ModelDescription> description() {
    return isReady() ? Optional.of(triager.description()) : Optional.empty();
  }
}
