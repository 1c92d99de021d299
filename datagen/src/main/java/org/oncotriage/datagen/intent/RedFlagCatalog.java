package org.oncotriage.datagen.intent;

import java.util.ArrayList;
import java.util.List;

/** Every red flag of the urgent list in LABELING.md. */
final class RedFlagCatalog {

  private RedFlagCatalog() {}

  /** All red flags, in a fixed order. */
  static List<RedFlag> all() {
    List<RedFlag> out = new ArrayList<>(InfectionBleedingFlags.all());
    out.addAll(NeuroPainFlags.all());
    return List.copyOf(out);
  }
}
