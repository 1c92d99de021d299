package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MisspellingsTest {

  private static final Misspellings RULE_WORDS =
      Misspellings.of(Set.of("fever", "pain", "blood", "calf", "swollen", "control", "chills"));

  @Test
  void aSwapOfNeighbouringLettersIsMended() {
    assertThat(RULE_WORDS.mend("feevr 101 and my claf hurts"))
        .isEqualTo("fever 101 and my calf hurts");
    assertThat(RULE_WORDS.mend("lost cnotrol")).isEqualTo("lost control");
  }

  @Test
  void aDoubledLetterIsDroppedAndTheLengthKept() {
    String text = "bllood in my stool, leg swolllen";

    String mended = RULE_WORDS.mend(text);

    assertThat(mended).hasSameSizeAs(text);
    assertThat(mended).isEqualTo("blood' in my stool, leg swollen'");
  }

  @Test
  void knownAndShortWordsAndOtherFirstLettersAreLeftAlone() {
    assertThat(RULE_WORDS.mend("the pian is in my apin")).isEqualTo("the pain is in my apin");
    assertThat(RULE_WORDS.mend("lood and the plan")).isEqualTo("lood and the plan");
  }

  @Test
  void theStandardRulesReadMisspelledRedFlags() {
    assertThat(Threads.rules(Threads.patient("Feever 101.2 on day 9 after chemo.")))
        .contains("fever.temperature");
    assertThat(Threads.rules(Threads.patient("I can't catch my breth and my chset hurts.")))
        .isNotEmpty();
    assertThat(Threads.rules(Threads.patient("Not haaving any chest pain, just tired."))).isEmpty();
  }

  @Test
  void aWordOfTheContextCuesIsNeverMended() {
    Misspellings standard = Misspellings.of(booksOfTheStandardRules());

    assertThat(standard.mend("tengo dolor pero no fiebre")).isEqualTo("tengo dolor pero no fiebre");
  }

  @Test
  void theVocabularyComesFromTheRulesPhrases() {
    Misspellings standard = Misspellings.of(List.copyOf(booksOfTheStandardRules()));

    assertThat(standard.knows("fever")).isTrue();
    assertThat(standard.knows("swollen")).isTrue();
    assertThat(standard.knows("fiebre")).isTrue();
  }

  private static List<RuleBook> booksOfTheStandardRules() {
    return List.of(
        RedFlagRules.resource(RedFlagRules.STANDARD_RESOURCE),
        RedFlagRules.resource(RedFlagRules.SPANISH_RESOURCE));
  }
}
