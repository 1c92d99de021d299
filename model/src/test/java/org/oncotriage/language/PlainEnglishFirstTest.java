package org.oncotriage.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain English is answered without the other identifier; everything else is asked of it. */
class PlainEnglishFirstTest {

  private final List<String> asked = new ArrayList<>();
  private final LanguageIdentifier otherwise =
      text -> {
        asked.add(text);
        return "xx";
      };
  private final PlainEnglishFirst identifier = new PlainEnglishFirst(otherwise);

  @Test
  void plainEnglishIsEnglishWithoutAskingTheOtherIdentifier() {
    String text =
        "I have had a fever since last night and the chills are getting worse by the hour now.";

    assertThat(identifier.identify(text)).isEqualTo(ServedLanguages.ENGLISH);
    assertThat(asked).isEmpty();
  }

  @Test
  void spanishWithoutAccentsIsAskedOfTheOtherIdentifier() {
    String text =
        "Tengo fiebre desde anoche y the chills are getting worse by the hour, que hago ahora?";

    assertThat(identifier.identify(text)).isEqualTo("xx");
    assertThat(asked).containsExactly(text);
  }

  @Test
  void aShortNoteIsAskedOfTheOtherIdentifier() {
    assertThat(identifier.identify("ok thx")).isEqualTo("xx");
    assertThat(asked).containsExactly("ok thx");
  }
}
