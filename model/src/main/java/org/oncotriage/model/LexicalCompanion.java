package org.oncotriage.model;

import java.util.Objects;
import org.oncotriage.lexical.LexicalModel;

/**
 * The lexical part of a blended model and its fixed weight in the blend.
 *
 * @param model the lexical model
 * @param weight the lexical model's share of the blended responder and billable probabilities, in
 *     (0, 1]; chosen before training, stored in {@code config.json}
 */
public record LexicalCompanion(LexicalModel model, double weight) {

  public LexicalCompanion {
    Objects.requireNonNull(model, "model");
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException("lexical weight must be in (0, 1], received " + weight);
    }
  }
}
