package org.oncotriage.datagen.lexicon;

import java.util.List;

/**
 * A cancer type with the regimens patients with it receive and the words they use for it.
 *
 * @param key a short stable key, for coverage counts
 * @param names how patients name it ("breast cancer", "my breast ca")
 * @param regimens its regimens
 * @param marker a tumor marker or test followed for it
 * @param scans the imaging used to follow it
 */
public record CancerType(
    String key,
    List<String> names,
    List<Regimen> regimens,
    List<String> marker,
    List<String> scans) {

  public CancerType {
    names = List.copyOf(names);
    regimens = List.copyOf(regimens);
    marker = List.copyOf(marker);
    scans = List.copyOf(scans);
  }

  /**
   * A treatment regimen.
   *
   * @param names how patients name it ("FOLFOX", "folfox")
   * @param drugs its drugs as patients name them (generic or brand)
   * @param cytotoxic whether it is chemotherapy that can cause neutropenic fever
   * @param oral whether it is taken at home by mouth
   * @param immunotherapy whether it is a checkpoint inhibitor regimen
   */
  public record Regimen(
      List<String> names,
      List<String> drugs,
      boolean cytotoxic,
      boolean oral,
      boolean immunotherapy) {

    public Regimen {
      names = List.copyOf(names);
      drugs = List.copyOf(drugs);
    }
  }
}
