package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
  void aPatternWithAPositiveLookbehindIsTriedEverywhere() {
    FirstChars starts =
        FirstChars.of(Pattern.compile("(?<![\\w'])(?:(?<=mom is )confused|cough)(?![\\w])"));

    assertThat(starts.mayStartAt("confused", 0)).isTrue();
    assertThat(starts.mayStartAt("fever", 0)).isTrue();
  }

  @Test
  void aPhraseWithAPositiveLookbehindIsTriedEverywhereAndTheOthersOnlyWhereTheyMayStart() {
    Pattern cues =
        new Phrases(Map.of()).compile(List.of("(?<=\\s)(?=my labs)", "but", "however"), "t");
    FirstChars starts = FirstChars.of(cues);

    assertThat(Phrases.phrasesOf(starts.patternAt("my labs", 0))).hasSize(1);
    assertThat(Phrases.phrasesOf(starts.patternAt("but", 0))).hasSize(2);
    assertThat(starts.patternAt("xyz", 0)).isNotNull();
  }

  @Test
  void aPatternOfPhrasesIsTriedWithOnlyThePhrasesThatMayStartThere() {
    Pattern trigger =
        new Phrases(Map.of())
            .compile(List.of("short(?:ness)? of breath", "chest pain", "chills", "s"), "test");
    FirstChars starts = FirstChars.of(trigger);

    Pattern atChest = starts.patternAt("bad chest pain", 4);
    assertThat(Phrases.phrasesOf(atChest)).containsExactly("chest\\s+pain", "chills");
    assertThat(Phrases.phrasesOf(starts.patternAt("so short of breath", 3)))
        .containsExactly("short(?:ness)?\\s+of\\s+breath");
    assertThat(starts.patternAt("a cold", 2)).isNull();
  }

  @Test
  void thePhrasesOfACompiledPatternMakeItAgainWithMarksAndTermsInside() {
    Phrases phrases = new Phrases(Map.of("PAIN", List.of("pain|ache", "sore(?:ness)?")));
    Pattern compiled =
        phrases.compile(List.of("{{PAIN}} in my chest", "[a|b]x", "a\\|b", "can't breathe"), "t");

    List<String> each = Phrases.phrasesOf(compiled);

    assertThat(each).hasSize(4);
    assertThat(Phrases.ofPhrases(each).pattern()).isEqualTo(compiled.pattern());
    assertThat(Phrases.phrasesOf(Pattern.compile("fever|chills"))).isEmpty();
  }

  /**
   * Every rule of both shipped books, at every word of every probe and example message: the pattern
   * tried there finds exactly what the whole trigger finds there.
   */
  @Test
  void thePrunedPatternFindsWhatTheWholeTriggerFinds() throws Exception {
    List<String> texts = RedFlagProbesTest.normalizedTexts();
    int compared = 0;
    for (RuleBook book : RedFlagProbesTest.shippedBooks()) {
      for (Rule rule : book.rules()) {
        if (rule.trigger() == null) {
          continue;
        }
        FirstChars starts = FirstChars.of(rule.trigger());
        for (String text : texts) {
          for (int at : MessageScan.wordStarts(text)) {
            Pattern tried = starts.patternAt(text, at);
            Matcher whole = region(rule.trigger(), text, at);
            if (tried == null) {
              assertThat(whole.lookingAt()).as(rule.id() + " at " + at).isFalse();
              continue;
            }
            Matcher pruned = region(tried, text, at);
            boolean found = whole.lookingAt();
            assertThat(pruned.lookingAt()).as(rule.id() + " at " + at).isEqualTo(found);
            if (found) {
              assertThat(pruned.end()).as(rule.id() + " at " + at).isEqualTo(whole.end());
              compared++;
            }
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  private static Matcher region(Pattern pattern, String text, int at) {
    return pattern
        .matcher(text)
        .useTransparentBounds(true)
        .useAnchoringBounds(false)
        .region(at, text.length());
  }
}
