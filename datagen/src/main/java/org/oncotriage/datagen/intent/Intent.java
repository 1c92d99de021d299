package org.oncotriage.datagen.intent;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.oncotriage.datagen.template.Pick;
import org.oncotriage.datagen.template.Slots;
import org.oncotriage.datagen.template.Template;
import org.oncotriage.policy.Need;

/**
 * One thing a patient or caregiver can write about, with the need it carries under the labeling
 * policy and the phrasings it can be written in.
 *
 * @param name a stable unique name ("ma.reschedule", "redflag.fever.present")
 * @param category the LABELING.md category it belongs to, for coverage counts
 * @param need what meeting it takes; the conversation's labels follow from its needs
 * @param needsChemo whether its phrasings assume the patient is on or just after chemotherapy
 * @param phrasings the templates it is written from; at least one
 */
public record Intent(
    String name, String category, Need need, boolean needsChemo, List<Template> phrasings) {

  public Intent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(need, "need");
    phrasings = List.copyOf(phrasings);
    if (phrasings.isEmpty()) {
      throw new IllegalArgumentException("intent " + name + " has no phrasing");
    }
  }

  static Intent of(String name, String category, Need need, String... phrasings) {
    return new Intent(name, category, need, false, Template.all(phrasings));
  }

  static Intent chemo(String name, String category, Need need, String... phrasings) {
    return new Intent(name, category, need, true, Template.all(phrasings));
  }

  /** Renders one phrasing. */
  public String render(SplittableRandom rng, Slots slots) {
    return Pick.one(rng, phrasings).render(rng, slots);
  }
}
