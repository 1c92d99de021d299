package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Thoughts of suicide or self-harm, said indirectly, and the crisis pathway of the finding. */
class SelfHarmTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Honestly I don't want to be here anymore.",
        "I keep thinking of ending it.",
        "My family would be better off without me.",
        "Some nights I wish I could go to sleep and never wake up.",
        "I'm tired of living like this.",
        "I have been saving up my pain pills.",
        "Life isn't worth living with this pain."
      })
  void indirectSelfHarmFiresWithTheCrisisPathway(String text) {
    var findings = RedFlagRules.standard().detect(Threads.patient(text));

    assertThat(findings).extracting(RedFlagFinding::rule).containsExactly("mental.self-harm");
    assertThat(findings.get(0).finding())
        .contains("988 Suicide & Crisis Lifeline")
        .contains("emergency services");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I am not thinking of ending it, I just need a break from chemo.",
        "I want to be here for my grandkids, so let's talk about the dose.",
        "We are ending it with the old insurance plan next month."
      })
  void mentionsThatAreNotSelfHarmStayOff(String text) {
    assertThat(Threads.rules(Threads.patient(text))).isEmpty();
  }
}
