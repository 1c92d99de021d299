package org.oncotriage.datagen.template;

import java.util.SplittableRandom;

/** Values for the {@code $name} slots of a {@link Template}. */
public interface Slots {

  /**
   * The value of slot {@code name}; values that must stay consistent within a conversation (the
   * patient's cancer, regimen, pronouns) are fixed, others are drawn from {@code rng}.
   *
   * @throws IllegalArgumentException for an unknown slot
   */
  String value(String name, SplittableRandom rng);
}
