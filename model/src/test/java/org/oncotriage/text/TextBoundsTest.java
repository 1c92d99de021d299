package org.oncotriage.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 1: one legal request burnt minutes of CPU, because OpenNLP's cost grows with the
 * square of a word's length and ran on the whole text before any truncation. These tests check the
 * bounds by what the tokenizers see, never by time.
 */
class TextBoundsTest {

  @Test
  void ordinaryTextIsLeftAsItIs() {
    String text = "My temp is 101.2 and I feel awful. Call me at 555-0100, please.";
    assertThat(TextBounds.cap(text)).isSameAs(text);
    assertThat(TextBounds.breakLongRuns(text)).isSameAs(text);
    String longUrl = "see https://portal.example.org/messages/2025/03/02/attachment-17.pdf";
    assertThat(TextBounds.breakLongRuns(longUrl)).isSameAs(longUrl);
  }

  @Test
  void aLongRunIsBrokenByASpaceAfterEvery64CharactersKeepingItsLength() {
    String run = "a".repeat(200);
    String broken = TextBounds.breakLongRuns(run);
    assertThat(broken).hasSameSizeAs(run);
    assertThat(broken.indexOf(' ')).isEqualTo(64);
    assertThat(broken.split(" ")).allSatisfy(part -> assertThat(part.length()).isLessThan(65));
    assertThat(broken.chars().filter(c -> c == ' ').count()).isEqualTo(3);
  }

  @Test
  void aSurrogatePairIsNeverCutInHalf() {
    String emoji = "\uD83D\uDE00";
    String run = "a".repeat(63) + emoji + emoji;
    String broken = TextBounds.breakLongRuns(run);
    assertThat(broken).hasSameSizeAs(run);
    for (int i = 0; i < broken.length(); i++) {
      char c = broken.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(Character.isLowSurrogate(broken.charAt(i + 1))).isTrue();
      } else if (Character.isLowSurrogate(c)) {
        assertThat(Character.isHighSurrogate(broken.charAt(i - 1))).isTrue();
      }
    }
    String capped =
        TextBounds.cap("b".repeat(TextBounds.MAX_TEXT_CHARS - 1) + emoji + "tail".repeat(10));
    assertThat(capped).hasSize(TextBounds.MAX_TEXT_CHARS - 1);
  }

  @Test
  void onlyTheFirst8192CharactersOfAMessageAreRead() {
    String text = "word ".repeat(5000);
    assertThat(TextBounds.cap(text)).hasSize(TextBounds.MAX_TEXT_CHARS);
    List<TextSpan> tokens = EnglishText.tokens(text);
    assertThat(tokens.get(tokens.size() - 1).end()).isLessThanOrEqualTo(TextBounds.MAX_TEXT_CHARS);
  }

  @Test
  void theTokenizerNeverSeesAWordLongerThanTheRunBound() {
    String oneWord = "a".repeat(20_000);
    List<TextSpan> tokens = EnglishText.tokens(oneWord);
    assertThat(tokens).isNotEmpty().allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(64));
    assertThat(tokens).hasSizeLessThanOrEqualTo(TextBounds.MAX_TEXT_CHARS / 64 + 1);
    assertThat(EnglishText.sentences("a.".repeat(20_000)))
        .allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(TextBounds.MAX_TEXT_CHARS));
  }

  @Test
  void wordPiecesOfAHugeWordAreBoundedToo() {
    List<String> words = WordPieceTokenizer.words("\u75c5".repeat(87_000));
    assertThat(words).hasSizeLessThanOrEqualTo(TextBounds.MAX_TEXT_CHARS / 64 + 1);
    assertThat(words).allSatisfy(w -> assertThat(w.length()).isLessThanOrEqualTo(64));
  }
}
