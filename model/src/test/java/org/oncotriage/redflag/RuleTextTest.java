package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.text.TextSpan;

class RuleTextTest {

  @Test
  void dictatedPunctuationBecomesTheMarksItNamesAndKeepsTheLength() {
    String dictated = "Fever 101 period no chills comma is that ok question mark";

    String read = RuleText.normalize(dictated);

    assertThat(read).hasSameSizeAs(dictated);
    assertThat(read).isEqualTo("fever 101      . no chills     , is that ok             ?");
  }

  @Test
  void aSingleSpokenWordIsNotDictation() {
    assertThat(RuleText.normalize("My period is late")).isEqualTo("my period is late");
  }

  @Test
  void newParagraphIsALineBreak() {
    String read = RuleText.normalize("thanks new paragraph temp 38.5 period");

    assertThat(texts(read, RuleText.sentences(read))).containsExactly("thanks", "temp 38.5      .");
  }

  @Test
  void sentencesEndAtLineBreaks() {
    String text = RuleText.normalize("please renew my parking pass\ntemp is 38.6 tonight");

    assertThat(texts(text, RuleText.sentences(text)))
        .containsExactly("please renew my parking pass", "temp is 38.6 tonight");
  }

  @Test
  void accentsFoldExceptTheYesOfSi() {
    assertThat(RuleText.normalize("Sí, tengo fiebre y DOLOR en el pecho, mamá"))
        .isEqualTo("sí, tengo fiebre y dolor en el pecho, mama");
  }

  private static List<String> texts(String text, List<TextSpan> spans) {
    return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
  }
}
