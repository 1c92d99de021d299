package org.oncotriage.model;

import java.nio.file.Path;
import org.oncotriage.triage.Triager;

/** Loads triage models: the bundled default or a model directory. */
public final class TriageModels {

  private TriageModels() {}

  /** The default model that ships inside the project. */
  public static Triager loadDefault() {
    throw new UnsupportedOperationException("the default model is not built yet (issue 3)");
  }

  /**
   * A model directory written by the {@code train} command.
   *
   * @throws IllegalArgumentException when the directory is missing or not a valid model
   */
  public static Triager load(Path directory) {
    throw new UnsupportedOperationException("model directories are not supported yet (issue 3)");
  }
}
