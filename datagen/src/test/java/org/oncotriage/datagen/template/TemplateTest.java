package org.oncotriage.datagen.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TemplateTest {

  private final Slots slots =
      (name, rng) -> {
        if (name.equals("drug")) {
          return "Taxol";
        }
        throw new IllegalArgumentException("unknown slot $" + name);
      };

  @Test
  void choicesOptionsAndSlotsProduceEveryVariant() {
    Template t = Template.of("{a|b} [c ]$drug");
    Set<String> seen = new HashSet<>();
    SplittableRandom rng = new SplittableRandom(1);
    for (int i = 0; i < 200; i++) {
      seen.add(t.render(rng, slots));
    }
    assertThat(seen).containsExactlyInAnyOrder("a Taxol", "b Taxol", "a c Taxol", "b c Taxol");
  }

  @Test
  void backslashKeepsADollarSignLiterally() {
    assertThat(Template.of("a bill of \\$350").render(new SplittableRandom(1), slots))
        .isEqualTo("a bill of $350");
  }

  @Test
  void unbalancedBracesAreRejected() {
    assertThatThrownBy(() -> Template.of("{a|b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Template.of("a]")).isInstanceOf(IllegalArgumentException.class);
  }
}
