package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts said in everyday words or as rates, as patients say them. */
class EverydayAmountsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Diarrhea every hour since last night.",
        "I've had diarrhea more times than I can count today.",
        "Watery diarrhea, I lost count of how many times.",
        "Diarrhea a dozen times today.",
        "I've been running to the bathroom every 2 hours with diarrhea.",
        "Diarrhea every 30 minutes this afternoon."
      })
  void everydayCountsOfDiarrheaFire(String text) {
    assertThat(Threads.rules(Threads.patient(text))).containsExactly("gi.diarrhea-count");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Diarrhea every 6 hours or so, the pills help.",
        "Mild diarrhea twice today.",
        "I take my pills every hour as told, no diarrhea."
      })
  void ratesBelowTheThresholdStayOff(String text) {
    assertThat(Threads.rules(Threads.patient(text))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "8, 8",
    "eight, 8",
    "a dozen, 12",
    "every hour, 24",
    "hourly, 24",
    "every 2 hours, 12",
    "every 30 minutes, 48",
    "every half hour, 48",
    "more times than i can count, 99",
    "lost count, 99",
    "every 6 hours, 4",
    "soon, -1"
  })
  void wordsAndRatesBecomeCountsADay(String words, int expected) {
    assertThat(CountCondition.number(words)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"once, 11", "ocho, 8", "cada hora, 24", "cada 2 horas, 12", "perdi la cuenta, 99"})
  void spanishNumberWordsAreSpanish(String words, int expected) {
    assertThat(CountCondition.number(words, true)).isEqualTo(expected);
  }
}
