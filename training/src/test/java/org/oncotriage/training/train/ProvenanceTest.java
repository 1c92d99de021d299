package org.oncotriage.training.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oncotriage.lexical.LexicalTraining;

class ProvenanceTest {

  private static final Instant NOV_25 = Instant.parse("2026-11-25T23:59:00Z");
  private static final String DATA =
      "87188751f356079dbea252102c00f3a343f8c656c88abb143d404b5540fef62f";

  private static TrainingOptions options(long seed) {
    return new TrainingOptions(
        2, 128, 4, 384, 256, 6000, 3, 6, 32, 1e-3, 300, 0.15, 0.1, 0.1, 2, 22, 0.1, 0.02, seed);
  }

  @Test
  void theDefaultVersionIsTheUtcDateTheDataHashAndARecipeHash() {
    String version = Provenance.defaultVersion(NOV_25, DATA, options(7), LexicalOptions.DEFAULT);
    assertThat(version).matches("20261125-87188751-[0-9a-f]{6}");
  }

  @Test
  void theSameRecipeOnTheSameDataGetsTheSameVersion() {
    assertThat(Provenance.defaultVersion(NOV_25, DATA, options(7), LexicalOptions.DEFAULT))
        .isEqualTo(Provenance.defaultVersion(NOV_25, DATA, options(7), LexicalOptions.DEFAULT));
  }

  @Test
  void anotherLexicalWeightOrSeedOnTheSameDataGetsAnotherVersion() {
    String even = Provenance.defaultVersion(NOV_25, DATA, options(7), LexicalOptions.DEFAULT);
    String heavier =
        Provenance.defaultVersion(
            NOV_25, DATA, options(7), new LexicalOptions(0.75, LexicalTraining.DEFAULT));
    String reseeded = Provenance.defaultVersion(NOV_25, DATA, options(8), LexicalOptions.DEFAULT);
    assertThat(heavier).isNotEqualTo(even);
    assertThat(reseeded).isNotEqualTo(even).isNotEqualTo(heavier);
  }
}
