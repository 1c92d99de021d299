package org.oncotriage.datagen.noise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StyleTransformsTest {

  private static final String MESSAGE =
      "Hi, I don't have a fever, temp is 99.1 F. Can you move my appointment on 3/18 at 3:30?"
          + " The bill was 1,200 dollars. No chills and never any vomiting. Thank you!";

  private static final List<Register> TRANSFORMS =
      List.of(Register.DICTATED, Register.TEXT_SPEAK, Register.NON_NATIVE, Register.MIXED_SPANISH);

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:/]\\d+)*");
  private static final Pattern NEGATION =
      Pattern.compile(
          "(?i)\\b(?:no|not|never|without"
              + "|(?:do|does|did|is|are|was|were|ca|wo|have|has|could|would|should)n'?t)\\b");

  private static List<String> all(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(java.util.Locale.ROOT).replace("'", ""));
    }
    return out;
  }

  @Test
  void everyTransformKeepsEveryNumberAndEveryNegation() {
    SplittableRandom rng = new SplittableRandom(1);
    List<String> numbers = all(NUMBER, MESSAGE);
    int negations = all(NEGATION, MESSAGE).size();
    for (Register register : TRANSFORMS) {
      for (int i = 0; i < 300; i++) {
        String out = StyleTransforms.apply(register, MESSAGE, rng);
        assertThat(out).as(register.name()).contains(numbers);
        assertThat(all(NEGATION, out))
            .as(register + ": " + out)
            .hasSizeGreaterThanOrEqualTo(negations);
      }
    }
  }

  @Test
  void onlyDictationAddsNumbersAndThoseAreADateOfBirth() {
    SplittableRandom rng = new SplittableRandom(2);
    List<String> numbers = all(NUMBER, MESSAGE);
    for (Register register :
        List.of(Register.TEXT_SPEAK, Register.NON_NATIVE, Register.MIXED_SPANISH)) {
      for (int i = 0; i < 200; i++) {
        assertThat(all(NUMBER, StyleTransforms.apply(register, MESSAGE, rng)))
            .as(register.name())
            .containsExactlyElementsOf(numbers);
      }
    }
    for (int i = 0; i < 200; i++) {
      String dob = StyleTransforms.dateOfBirth(rng);
      assertThat(dob).matches("(date of birth|dob|my date of birth is|birthday) .*\\d.*");
    }
  }

  @Test
  void dictationSpeaksPunctuationWithoutCapitals() {
    SplittableRandom rng = new SplittableRandom(3);
    boolean spoken = false;
    for (int i = 0; i < 50; i++) {
      String out = StyleTransforms.apply(Register.DICTATED, MESSAGE, rng);
      assertThat(out).isEqualTo(out.toLowerCase(java.util.Locale.ROOT)).doesNotContain("?");
      assertThat(out).contains("99.1").contains("3:30").contains("1,200");
      spoken |= out.contains(" period") && out.contains("question mark");
    }
    assertThat(spoken).isTrue();
  }

  @Test
  void mixedSpanishTranslatesFrameWordsButNotSymptoms() {
    SplittableRandom rng = new SplittableRandom(4);
    boolean spanish = false;
    for (int i = 0; i < 50; i++) {
      String out = StyleTransforms.apply(Register.MIXED_SPANISH, MESSAGE, rng);
      assertThat(out).contains("fever").contains("chills").contains("vomiting");
      spanish |= out.matches("(?s).*\\b(gracias|hola|cita|por favor)\\b.*");
    }
    assertThat(spanish).isTrue();
  }

  @Test
  void plainAndSpanishLeaveTheTextAlone() {
    SplittableRandom rng = new SplittableRandom(5);
    assertThat(StyleTransforms.apply(Register.PLAIN, MESSAGE, rng)).isEqualTo(MESSAGE);
    assertThat(StyleTransforms.apply(Register.SPANISH, MESSAGE, rng)).isEqualTo(MESSAGE);
  }
}
