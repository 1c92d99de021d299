package org.oncotriage.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void blankTextNormalizesToEmpty() {
    assertThat(TextNormalizer.normalize("")).isEmpty();
    assertThat(TextNormalizer.normalize(" \t\n\u00A0 ")).isEmpty();
  }

  @Test
  void fullWidthCharactersAndLigaturesBecomePlainByNfkc() {
    assertThat(TextNormalizer.normalize("Ｆｅｖｅｒ １０１ ﬁne")).isEqualTo("fever 101 fine");
  }

  @Test
  void whitespaceRunsCollapseAndCaseIsLowered() {
    assertThat(TextNormalizer.normalize("  My   PORT\n\nsite\u2003hurts "))
        .isEqualTo("my port site hurts");
  }

  @Test
  void typographicQuotesAndDashesFoldToAscii() {
    assertThat(TextNormalizer.normalize("I\u2019m sore \u2014 day 3"))
        .isEqualTo("i'm sore - day 3");
  }

  @Test
  void invisibleFormatCharactersAreDropped() {
    assertThat(TextNormalizer.normalize("na\u200Busea")).isEqualTo("nausea");
  }
}
