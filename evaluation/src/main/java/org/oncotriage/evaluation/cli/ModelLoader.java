package org.oncotriage.evaluation.cli;

import java.nio.file.Path;
import java.security.PublicKey;
import org.oncotriage.model.TriageModels;
import org.oncotriage.triage.Triager;

/** How the CLI gets a model: the seam that tests use to put in a fake triager. */
interface ModelLoader {

  /** The bundled default model. */
  Triager loadDefault();

  /** A model directory. */
  Triager load(Path directory);

  /**
   * The bundled default model, or {@code directory}, loaded only when its signature verifies with
   * {@code key} (any model when {@code key} is {@code null}).
   */
  default Triager load(Path directory, PublicKey key) {
    if (key != null) {
      throw new UnsupportedOperationException("this loader does not check signatures");
    }
    return directory == null ? loadDefault() : load(directory);
  }

  /** The project's models ({@link TriageModels}). */
  ModelLoader TRIAGE_MODELS =
      new ModelLoader() {
        @Override
        public Triager loadDefault() {
          return TriageModels.loadDefault();
        }

        @Override
        public Triager load(Path directory) {
          return TriageModels.load(directory);
        }

        @Override
        public Triager load(Path directory, PublicKey key) {
          TriageModels.Builder builder = TriageModels.builder();
          if (key != null) {
            builder.optPublicKey(key);
          }
          return (directory == null ? builder.defaultModel() : builder.directory(directory))
              .build();
        }
      };
}
