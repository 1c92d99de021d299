package org.oncotriage.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VocabularyBuilderTest {

  @Test
  void startsWithTheSpecialTokensThenEveryCharacterInBothForms() {
    WordPieceVocabulary v = new VocabularyBuilder().addWord("ab", 5).build(100, 2);
    assertThat(v.pieces().subList(0, 7)).isEqualTo(WordPieceVocabulary.SPECIAL_TOKENS);
    assertThat(v.pieces()).contains("a", "##a", "b", "##b");
  }

  @Test
  void frequentWordsGetTheirOwnPieceAndRareSubstringsDoNot() {
    WordPieceVocabulary v =
        new VocabularyBuilder().addWord("nausea", 50).addWord("xq", 1).build(200, 2);
    assertThat(v.idOf("nausea")).isPositive();
    assertThat(v.idOf("xq")).isEqualTo(-1);
  }

  @Test
  void sizeCapsTheVocabularyAndTheHighestScoresWin() {
    // "chemo" x10 scores 10 * 4 = 40; "ab" x30 scores 30 * 1 = 30; so with room for one
    // multi-character piece after the characters, "chemo" is chosen.
    VocabularyBuilder builder = new VocabularyBuilder().addWord("chemo", 10).addWord("ab", 30);
    int chars = 7 + 2 * 7; // special tokens + c,h,e,m,o,a,b in both forms
    WordPieceVocabulary v = builder.build(chars + 1, 2);
    assertThat(v.size()).isEqualTo(chars + 1);
    assertThat(v.pieceOf(chars)).isEqualTo("chemo");
  }

  @Test
  void buildingIsDeterministic() {
    VocabularyBuilder a = new VocabularyBuilder().addText("The fever came back. Fever again!");
    VocabularyBuilder b = new VocabularyBuilder().addText("The fever came back. Fever again!");
    assertThat(a.build(60, 1).pieces()).isEqualTo(b.build(60, 1).pieces());
  }

  @Test
  void aSizeBelowTheSpecialTokensIsRejected() {
    assertThatThrownBy(() -> new VocabularyBuilder().build(3, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void vocabularyFileRoundTrips() {
    WordPieceVocabulary v = new VocabularyBuilder().addText("port site redness").build(80, 1);
    assertThat(WordPieceVocabulary.fromBytes(v.toBytes()).pieces()).isEqualTo(v.pieces());
  }
}
