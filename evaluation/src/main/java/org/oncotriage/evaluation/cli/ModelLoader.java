package org.oncotriage.evaluation.cli;

import java.nio.file.Path;
import org.oncotriage.model.TriageModels;
import org.oncotriage.triage.Triager;

/** How the CLI gets a model: the seam that tests use to put in a fake triager. */
interface ModelLoader {

  /** The bundled default model. */
  Triager loadDefault();

  /** A model directory. */
  Triager load(Path directory);

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
      };
}
