package org.oncotriage.datagen.noise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NoiseAndParaphraseTest {

  private static final String MESSAGE =
      "I'm not feeling great. Temp is 101.2 F on day 9, no chills. Can I reschedule my appointment? Thanks";

  @Test
  void noiseNeverChangesNumbersOrNegations() {
    Noise noise = new Noise();
    SplittableRandom rng = new SplittableRandom(1);
    for (int i = 0; i < 2_000; i++) {
      Noise.Style style = Noise.style(rng);
      String out = noise.apply(MESSAGE, style, rng).toLowerCase(Locale.ROOT);
      assertThat(out).contains("101.2").contains(" 9").contains("no c").contains("not");
    }
  }

  @Test
  void noiseProducesAbbreviationsTyposAndCasingVariants() {
    Noise noise = new Noise();
    SplittableRandom rng = new SplittableRandom(2);
    Set<String> variants = new HashSet<>();
    boolean abbreviated = false;
    boolean lower = false;
    for (int i = 0; i < 500; i++) {
      String out = noise.apply(MESSAGE, Noise.style(rng), rng);
      variants.add(out);
      abbreviated |= out.contains("appt") || out.contains("thx") || out.contains("Thx");
      lower |= out.startsWith("i'm") || out.startsWith("im");
    }
    assertThat(variants).hasSizeGreaterThan(50);
    assertThat(abbreviated).isTrue();
    assertThat(lower).isTrue();
  }

  @Test
  void paraphrasingRewordsPhrasesButKeepsNumbersAndNegations() {
    Paraphraser always = new Paraphraser(1.0);
    SplittableRandom rng = new SplittableRandom(3);
    Set<String> variants = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String out = always.apply(MESSAGE, rng);
      assertThat(out).contains("101.2 F").contains("no chills").contains("not feeling great");
      assertThat(out).doesNotStartWith("I'm");
      variants.add(out);
    }
    assertThat(variants).hasSizeGreaterThan(20);
  }

  @Test
  void paraphrasingWithProbabilityZeroChangesNothing() {
    assertThat(new Paraphraser(0).apply(MESSAGE, new SplittableRandom(4))).isEqualTo(MESSAGE);
  }
}
