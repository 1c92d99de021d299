package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncotriage.redflag.RedFlagDetector.Reading;

/** How the rules read one sentence on its own, for checking what drove the model's score. */
class RuleReadingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "No fever and no chills since Sunday. | en | SET_ASIDE",
        "If I get chest pain, should I call 911? | en | SET_ASIDE",
        "Temp 98.6 this morning. | en | SET_ASIDE",
        "My husband has a fever. | en | SET_ASIDE",
        "I have chest pain right now. | en | PRESENT",
        "I broke out in hives. | en | PRESENT",
        "I have a question about my treatment schedule. | en | NO_MENTION",
        "My stomach feels strange and heavy. | en | SYMPTOM",
        "Me siento rara de la espalda. | es | SYMPTOM",
        "No tengo fiebre. | es | SET_ASIDE"
      })
  void aSentenceIsReadAsPresentSetAsideSymptomOrSilent(
      String text, String language, Reading expected) {
    assertThat(RedFlagRules.standard().read(text, language)).isEqualTo(expected);
  }
}
