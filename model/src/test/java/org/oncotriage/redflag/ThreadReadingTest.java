package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;

/** A clinic question and the patient's short answer after it are read together. */
class ThreadReadingTest {

  @Test
  void aBareCountAnswersHowManyTimes() {
    Conversation conversation =
        Threads.thread(
            "patient: I have had diarrhea since I woke up.",
            "clinic: How many times today?",
            "patient: 8");

    List<RedFlagFinding> findings = RedFlagRules.standard().detect(conversation);

    assertThat(findings).extracting(RedFlagFinding::rule).containsExactly("gi.diarrhea-count");
    assertThat(findings.get(0).messageIndex()).isEqualTo(2);
    assertThat(Threads.evidence(conversation, findings.get(0))).isEqualTo("8");
  }

  @Test
  void aCountBelowTheThresholdStaysOff() {
    Conversation conversation =
        Threads.thread(
            "patient: Some diarrhea today.", "clinic: How many times today?", "patient: 3");

    assertThat(Threads.rules(conversation)).isEmpty();
  }

  @Test
  void aCountAnswerWithoutAnyStoolTalkInTheThreadStaysOff() {
    Conversation conversation =
        Threads.thread(
            "patient: I keep waking up at night.",
            "clinic: How many times a night?",
            "patient: about 8");

    assertThat(Threads.rules(conversation)).isEmpty();
  }

  @Test
  void aBareNumberAnswersTheQuestionAboutTemperature() {
    Conversation conversation =
        Threads.thread(
            "patient: I feel awful and achy today.",
            "clinic: Did you take your temperature?",
            "patient: 38.6");

    List<RedFlagFinding> findings = RedFlagRules.standard().detect(conversation);

    assertThat(findings).extracting(RedFlagFinding::rule).containsExactly("fever.temperature");
    assertThat(Threads.evidence(conversation, findings.get(0))).isEqualTo("38.6");
  }

  @Test
  void aNormalAnswerToTheTemperatureQuestionTurnsAnEarlierFeverOff() {
    Conversation conversation =
        Threads.thread(
            "patient: I felt feverish this morning.",
            "clinic: What is your temperature now?",
            "patient: 98.4");

    assertThat(Threads.rules(conversation)).isEmpty();
  }

  @Test
  void yesToAreYouDizzyCompletesDiarrheaWithDizziness() {
    Conversation conversation =
        Threads.thread(
            "patient: Watery diarrhea all day.",
            "clinic: Are you dizzy or lightheaded when you stand?",
            "patient: Yes, a bit.");

    List<RedFlagFinding> findings = RedFlagRules.standard().detect(conversation);

    assertThat(findings).extracting(RedFlagFinding::rule).containsExactly("gi.diarrhea-dizzy");
    assertThat(Threads.evidence(conversation, findings.get(0))).isEqualTo("Yes");
  }

  @Test
  void yesToAQuestionAboutASymptomReportsIt() {
    Conversation conversation =
        Threads.thread(
            "patient: My cough is worse.", "clinic: Are you short of breath?", "patient: yes");

    assertThat(Threads.rules(conversation)).containsExactly("breathing.trouble");
  }

  @Test
  void noToAQuestionAboutASymptomReportsNothing() {
    Conversation conversation =
        Threads.thread(
            "patient: My cough is worse.",
            "clinic: Are you short of breath?",
            "patient: No, just tired.");

    assertThat(Threads.rules(conversation)).isEmpty();
  }

  @Test
  void noToAnyFeverTurnsAnEarlierFeverReportOff() {
    Conversation conversation =
        Threads.thread(
            "patient: I think I have a fever.",
            "clinic: Any fever when you check with a thermometer?",
            "patient: No");

    assertThat(Threads.rules(conversation)).isEmpty();
  }

  @Test
  void yesToAQuestionThatIsItselfHypotheticalReportsNothing() {
    Conversation conversation =
        Threads.thread(
            "patient: Starting chemo Monday.",
            "clinic: Do you know to call us if you get chest pain?",
            "patient: Yes, thank you.");

    assertThat(Threads.rules(conversation)).isEmpty();
  }

  @Test
  void aLongAnswerIsReadOnItsOwn() {
    Conversation conversation =
        Threads.thread(
            "patient: My cough is worse.",
            "clinic: Are you short of breath?",
            "patient: yes " + "word ".repeat(40) + "and that is all for now.");

    assertThat(Threads.rules(conversation)).isEmpty();
  }

  @Test
  void yesToAQuestionAboutSelfHarmIsTheCrisisPathway() {
    Conversation conversation =
        Threads.thread(
            "patient: I feel hopeless lately.",
            "clinic: Are you having thoughts of hurting yourself?",
            "patient: yes sometimes");

    List<RedFlagFinding> findings = RedFlagRules.standard().detect(conversation);

    assertThat(findings).extracting(RedFlagFinding::rule).containsExactly("mental.self-harm");
    assertThat(findings.get(0).finding()).contains("988").contains("emergency services");
  }
}
