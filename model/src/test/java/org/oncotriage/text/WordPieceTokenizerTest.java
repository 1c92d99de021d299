package org.oncotriage.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

  private static final WordPieceVocabulary VOCABULARY =
      new VocabularyBuilder()
          .addWord("nausea", 40)
          .addWord("fever", 40)
          .addWord("zofran", 20)
          .addWord("ondansetron", 20)
          .addWord(".", 40)
          .addWord("i", 40)
          .addWord("have", 40)
          .build(400, 2);

  private static final WordPieceTokenizer TOKENIZER = new WordPieceTokenizer(VOCABULARY);

  private static List<String> pieces(String text) {
    List<String> out = new ArrayList<>();
    for (int id : TOKENIZER.encode(text)) {
      out.add(VOCABULARY.pieceOf(id));
    }
    return out;
  }

  @Test
  void emptyAndBlankTextsGiveNoPieces() {
    assertThat(TOKENIZER.encode("")).isEmpty();
    assertThat(TOKENIZER.encode("   \n ")).isEmpty();
  }

  @Test
  void knownWordsAreWholePiecesAfterLowerCasing() {
    assertThat(pieces("I have NAUSEA.")).containsExactly("i", "have", "nausea", ".");
  }

  @Test
  void aTypoStillMapsToKnownPiecesNotUnknown() {
    List<String> typo = pieces("nausae");
    assertThat(typo).doesNotContain(WordPieceVocabulary.UNK);
    assertThat(typo.get(0)).startsWith("naus");
  }

  @Test
  void anUnseenDrugNameSplitsIntoPiecesOfKnownCharacters() {
    List<String> unseen = pieces("ondanzetrone");
    assertThat(unseen).doesNotContain(WordPieceVocabulary.UNK).hasSizeGreaterThan(1);
    assertThat(unseen.get(0)).isEqualTo("ondan");
    assertThat(unseen.subList(1, unseen.size())).allMatch(p -> p.startsWith("##"));
  }

  @Test
  void unknownCharactersBecomeUnknownOneByOneAndTheRestOfTheWordSurvives() {
    List<String> mixed = pieces("fever\u00E9\u4E2D");
    assertThat(mixed).containsExactly("fever", WordPieceVocabulary.UNK, WordPieceVocabulary.UNK);
  }

  @Test
  void nonAsciiLettersAreNormalizedFirst() {
    // Full-width letters are folded by NFKC to the known word.
    assertThat(pieces("ｆｅｖｅｒ")).containsExactly("fever");
  }

  @Test
  void aVeryLongTextIsTokenizedUpToTheCapAndLongWordsAreCut() {
    String longText = "I have nausea. ".repeat(2_000);
    int wholeSentences = TextBounds.MAX_TEXT_CHARS / "I have nausea. ".length();
    assertThat(TOKENIZER.encode(longText).length)
        .isBetween(4 * wholeSentences, 4 * wholeSentences + 4);
    String longWord = "a".repeat(10_000);
    assertThat(WordPieceTokenizer.words(longWord).get(0))
        .hasSize(WordPieceTokenizer.MAX_WORD_CHARS);
  }
}
