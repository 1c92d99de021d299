package org.oncotriage.datagen.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void tidyRemovesSpacesBeforePunctuationAndDoubleSpaces() {
    assertThat(Sentences.tidy("  Hi  there , how are you ?  ")).isEqualTo("Hi there, how are you?");
  }

  @Test
  void sentencesAreCapitalizedButDecimalsAreLeftAlone() {
    assertThat(Sentences.capitalizeSentences("temp 101.2 now. call me? ok\nthanks"))
        .isEqualTo("Temp 101.2 now. Call me? Ok\nThanks");
  }
}
