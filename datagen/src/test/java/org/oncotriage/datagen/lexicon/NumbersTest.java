package org.oncotriage.datagen.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NumbersTest {

  private static final Pattern NUMBER = Pattern.compile("^(\\d+(?:\\.\\d)?)");

  /** The temperature in Fahrenheit that a rendered temperature means (numbers under 50 are C). */
  static double fahrenheit(String rendered) {
    Matcher m = NUMBER.matcher(rendered);
    assertThat(m.find()).as(rendered).isTrue();
    double v = Double.parseDouble(m.group(1));
    return v < 50 ? v * 9 / 5 + 32 : v;
  }

  @Test
  void highTemperaturesAreAtOrAboveTheFeverThresholdInBothUnits() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int i = 0; i < 5000; i++) {
      String t = Numbers.highTemperature(rng);
      assertThat(fahrenheit(t)).as(t).isGreaterThanOrEqualTo(100.4 - 1e-9);
    }
  }

  @Test
  void lowTemperaturesAreBelowTheFeverThresholdInBothUnits() {
    SplittableRandom rng = new SplittableRandom(4);
    for (int i = 0; i < 5000; i++) {
      String t = Numbers.lowTemperature(rng);
      double f = fahrenheit(t);
      assertThat(f).as(t).isLessThan(100.4 - 1e-9);
      if (f > 99.0 && t.startsWith("37")) {
        assertThat(Double.parseDouble(t.substring(0, 4))).isLessThan(38.0);
      }
    }
  }

  @Test
  void theThresholdItselfRendersAsFeverAndOneTenthBelowDoesNot() {
    SplittableRandom rng = new SplittableRandom(5);
    assertThat(Numbers.fahrenheit(rng, 1004)).startsWith("100.4");
    assertThat(Numbers.celsius(rng, 380)).matches("38(\\.0)?.*");
    assertThat(fahrenheit(Numbers.fahrenheit(rng, 995))).isEqualTo(99.5);
    assertThat(fahrenheit(Numbers.celsius(rng, 375))).isEqualTo(99.5);
  }

  @Test
  void ordinalsUseTheRightSuffix() {
    assertThat(Numbers.ordinal(1)).isEqualTo("1st");
    assertThat(Numbers.ordinal(2)).isEqualTo("2nd");
    assertThat(Numbers.ordinal(3)).isEqualTo("3rd");
    assertThat(Numbers.ordinal(11)).isEqualTo("11th");
    assertThat(Numbers.ordinal(22)).isEqualTo("22nd");
  }
}
