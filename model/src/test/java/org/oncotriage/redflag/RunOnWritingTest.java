package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Patients who separate thoughts with runs of spaces or line breaks instead of periods. */
class RunOnWritingTest {

  @Test
  void aPastCueAfterADoubleSpaceBelongsToTheNextThought() {
    assertThat(
            Threads.rules(
                Threads.patient(
                    "Fever 38.4 day 10 after chemo  the doctor switched my infusions last week")))
        .containsExactly("fever.temperature");
  }

  @Test
  void aPastCueInTheSameThoughtStillTurnsTheMentionOff() {
    assertThat(Threads.rules(Threads.patient("Fever 38.4 last week, gone now."))).isEmpty();
  }
}
