package org.oncotriage.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokens split word by word, remembered, are the tokenizer's tokens over the whole text. */
class EnglishTextTest {

  private static TokenizerModel model;

  @BeforeAll
  static void loadModel() throws IOException {
    try (InputStream in =
        EnglishText.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
      model = new TokenizerModel(in);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I'm running 101.2 tonight and I've got the chills (day 9 from carboplatin).",
        "Dr. Kim said e.g. 2x/day, but the pharmacy's label says q.d. -- which is it??",
        "Can't sleep...pain 7/10 since 3:30am; called 555-123-4567, no answer. Thx!!",
        "Temp 38.6°C\nBP 90/60\tHR 112 —  feeling dizzy\u00a0and weak.",
        "see https://portal.example.org/msg?id=42&x=1 or email jane.doe@example.com",
        "Tengo fiebre de 39 y escalofríos desde anoche, ¿qué hago?",
        "  leading and trailing spaces   ",
        ""
      })
  void tokensAreTheTokenizersOverTheWholeTextTwiceOver(String text) {
    List<TextSpan> whole = spans(new TokenizerME(model).tokenizePos(text));

    assertThat(EnglishText.tokens(text)).isEqualTo(whole);
    assertThat(EnglishText.tokens(text)).isEqualTo(whole);
  }

  private static List<TextSpan> spans(Span[] spans) {
    List<TextSpan> out = new ArrayList<>();
    for (Span s : spans) {
      out.add(new TextSpan(s.getStart(), s.getEnd()));
    }
    return out;
  }
}
