package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A cue scan finds what {@link Matcher#find} finds over the same region, only faster. */
@Timeout(120)
class CueScanTest {

  /**
   * Phrases whose match reads the character before it ({@code \\b}), may be empty, or use what a
   * place-by-place search or a split would read differently (anchors, quoting, inline flags,
   * back-references): over every region of texts made for them, what {@link Matcher#find} finds.
   */
  @Test
  void phrasesThatReadBeforeTheMatchMayBeEmptyOrCannotBeSplitFindWhatMatcherFindFinds() {
    List<List<String>> phraseLists =
        List.of(
            List.of("\\b,", "now"),
            List.of("x?", "b"),
            List.of("but$", "so"),
            List.of("^so", "x"),
            List.of("\\Qa|b\\E", "c"),
            List.of("(?i)zz", "but"),
            List.of("(a)", "(b)\\2"));
    List<String> texts =
        List.of("pain, now", "a b", "x but y", "ok so y", "x BUT y", "x bb y", "a|b c");
    Phrases phrases = new Phrases(Map.of());
    for (List<String> list : phraseLists) {
      Pattern pattern = phrases.compile(list, "test");
      CueScan scan = new CueScan(pattern);
      for (String text : texts) {
        for (int from = 0; from <= text.length(); from++) {
          for (int to = from; to <= text.length(); to++) {
            assertSameAsFind(pattern, scan, text, from, to);
          }
        }
      }
    }
  }

  /** Asserts the scan's answers are {@code find}'s over the region; whether there is a match. */
  private static boolean assertSameAsFind(
      Pattern pattern, CueScan scan, String text, int from, int to) {
    Matcher m = pattern.matcher(text).region(from, to).useTransparentBounds(true);
    int first = -1;
    int last = -1;
    while (m.find()) {
      first = first < 0 ? m.start() : first;
      last = m.end();
    }
    String where = pattern.pattern() + " in [" + from + ", " + to + ") of " + text;
    assertThat(scan.firstStart(text, from, to)).as(where).isEqualTo(first);
    assertThat(scan.lastEnd(text, from, to)).as(where).isEqualTo(from < to ? last : -1);
    assertThat(scan.found(text, from, to)).as(where).isEqualTo(from < to && first >= 0);
    return first >= 0;
  }

  @Test
  void findsTheFirstAndLastMatchOfARegionAsMatcherFindDoes() {
    Pattern cues = new Phrases(Map.of()).compile(List.of("but", "no", "not", ", (?=took)"), "t");
    CueScan scan = new CueScan(cues);
    String text = "not bad, took one but no fever, but nothing";

    assertThat(scan.firstStart(text, 0, text.length())).isZero();
    assertThat(scan.firstStart(text, 1, text.length())).isEqualTo(7);
    assertThat(scan.lastEnd(text, 0, 30)).isEqualTo(24);
    assertThat(scan.found(text, 32, text.length())).isTrue();
    assertThat(scan.found(text, 36, text.length())).isFalse(); // "nothing" is not "no"
    assertThat(scan.found(text, 5, 5)).isFalse();
  }

  /**
   * Every context cue of both shipped books, over every region that starts at a word of a probe
   * message and ends at the message's end or at a later word: the same first start, the same last
   * end and the same answer to whether there is one as {@link Matcher#find} with transparent
   * bounds.
   */
  @Test
  void everyShippedCueFindsWhatMatcherFindFinds() throws Exception {
    List<String> texts = RedFlagProbesTest.normalizedTexts();
    int matches = 0;
    for (RuleBook book : RedFlagProbesTest.shippedBooks()) {
      for (Pattern cue : book.cues().patterns()) {
        CueScan scan = new CueScan(cue);
        for (String text : texts) {
          int[] words = MessageScan.wordStarts(text);
          for (int from : words) {
            for (int to : new int[] {text.length(), Math.min(text.length(), from + 25)}) {
              matches += assertSameAsFind(cue, scan, text, from, to) ? 1 : 0;
            }
          }
        }
      }
    }
    assertThat(matches).isGreaterThan(1000);
  }
}
