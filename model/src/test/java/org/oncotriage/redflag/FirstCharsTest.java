package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Words are skipped by their first two characters only where no match can start there. */
class FirstCharsTest {

  private static final Pattern PHRASES =
      Pattern.compile("(?<![\\w'])(?:short(?:ness)? of breath|chest\\s+pain|s)(?![\\w])");

  @Test
  void aWordWhoseFirstTwoCharactersStartNoPhraseIsSkipped() {
    FirstChars starts = FirstChars.of(PHRASES);

    assertThat(starts.mayStartAt("so short of breath", 0)).isFalse();
    assertThat(starts.mayStartAt("so short of breath", 3)).isTrue();
    assertThat(starts.mayStartAt("bad chest pain", 4)).isTrue();
    assertThat(starts.mayStartAt("bad cheek", 4)).isTrue();
    assertThat(starts.mayStartAt("a cold", 2)).isFalse();
    assertThat(starts.mayStartAt("my legs", 3)).isFalse();
  }

  @Test
  void aOneCharacterPhraseIsTriedWhereItsEndMayFollow() {
    FirstChars starts = FirstChars.of(PHRASES);

    assertThat(starts.mayStartAt("it's s, then", 5)).isTrue();
    assertThat(starts.mayStartAt("s", 0)).isTrue();
  }

  @Test
  void charactersOutsideAsciiAreAlwaysTried() {
    FirstChars starts = FirstChars.of(PHRASES);

    assertThat(starts.mayStartAt("été", 0)).isTrue();
    assertThat(starts.mayStartAt("sé", 0)).isTrue();
  }

  @Test
  void aPatternWithAPositiveLookbehindIsFilteredByItsFirstCharacterAlone() {
    FirstChars starts =
        FirstChars.of(Pattern.compile("(?<![\\w'])(?:(?<=mom is )confused|cough)(?![\\w])"));

    assertThat(starts.mayStartAt("confused", 0)).isTrue();
    assertThat(starts.mayStartAt("cold", 0)).isTrue();
    assertThat(starts.mayStartAt("fever", 0)).isFalse();
  }
}
