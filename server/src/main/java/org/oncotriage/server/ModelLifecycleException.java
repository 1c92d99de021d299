package org.oncotriage.server;

import java.util.Objects;

/**
 * A model life-cycle request that cannot be carried out, with why in one line (never a stack
 * trace); {@link ModelAdminHandlers} maps its {@link Kind} to an HTTP status.
 */
final class ModelLifecycleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of refusal. */
  enum Kind {
    /** No loaded version has that name. */
    NOT_FOUND,
    /** The request conflicts with the versions' states (serving, already loaded, at the cap). */
    CONFLICT,
    /** The directory is not a model, or the model fails its checks. */
    INVALID_MODEL,
    /** The service is not ready (the serving model is loading, failed or stopping). */
    UNAVAILABLE
  }

  private final Kind kind;

  ModelLifecycleException(Kind kind, String detail) {
    super(detail, null, false, false);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  Kind kind() {
    return kind;
  }
}
