package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Conversation;

/** A later message turns a finding on or off; clinic messages do neither. */
class RedFlagThreadTest {

  @Test
  void aLaterMessageThatTheFeverIsGoneTurnsItOff() {
    Conversation conversation =
        Threads.thread(
            "patient: Running 101.4 since last night.",
            "clinic: Please recheck and tell us.",
            "patient: Fever is gone now, 98.6 this morning.");

    assertThat(Threads.rules(conversation)).isEmpty();
  }

  @Test
  void aLaterMessageCanTurnAFindingOn() {
    Conversation conversation =
        Threads.thread(
            "patient: Can I move my lab draw to Friday?",
            "clinic: Yes, Friday at 10 works.",
            "patient: Thanks. Also I just took my temp and it's 101.3.");

    List<RedFlagFinding> findings = RedFlagRules.standard().detect(conversation);

    assertThat(findings).extracting(RedFlagFinding::rule).containsExactly("fever.temperature");
    assertThat(findings.get(0).messageIndex()).isEqualTo(2);
    assertThat(Threads.evidence(conversation, findings.get(0))).isEqualTo("101.3");
  }

  @Test
  void aFeverThatComesBackAfterANormalReadingIsOnAgain() {
    Conversation conversation =
        Threads.thread(
            "patient: No fever today, temp 98.9.", "patient: Now my temp is 100.9 and rising.");

    assertThat(Threads.rules(conversation)).containsExactly("fever.temperature");
  }

  @Test
  void aClinicMessageIsNeverEvidence() {
    Conversation conversation =
        Threads.thread(
            "patient: What number should I watch for?",
            "clinic: Call us for a temperature of 100.4 or more, chest pain or trouble breathing.");

    assertThat(Threads.rules(conversation)).isEmpty();
  }

  @Test
  void aClinicMessageCannotTurnAPatientReportOff() {
    Conversation conversation =
        Threads.thread(
            "patient: My temp is 101.5 tonight.",
            "clinic: No fever is expected with this drug, so that is fine.");

    assertThat(Threads.rules(conversation)).containsExactly("fever.temperature");
  }

  @Test
  void aPortSiteThatLooksInfectedFiresWhenTheFeverComesInALaterMessage() {
    Conversation conversation =
        Threads.thread(
            "patient: The skin over my port is red and there is pus.",
            "clinic: Do you have a fever?",
            "patient: Just checked, my temp is 100.8.");

    assertThat(Threads.rules(conversation))
        .containsExactly("infection.port-site", "fever.temperature");
  }

  @Test
  void aPortSiteThatLooksInfectedWithoutFeverIsNotUrgent() {
    Conversation conversation =
        Threads.thread(
            "patient: The skin over my port is red and a bit swollen.",
            "clinic: Do you have a fever?",
            "patient: No fever, 98.4.");

    assertThat(Threads.rules(conversation)).isEmpty();
  }

  @Test
  void aLaterNegationOfOneSymptomLeavesAnotherOn() {
    Conversation conversation =
        Threads.thread("patient: I have chest pain since an hour.", "patient: No fever though.");

    assertThat(Threads.rules(conversation)).containsExactly("chest.pain");
  }

  @Test
  void aLaterSentenceSayingThereIsNoFeverTurnsAnEarlierTemperatureOff() {
    Conversation conversation =
        Threads.patient("Temp was 100.9 around noon. Now it is normal, no fever at all.");

    assertThat(Threads.rules(conversation)).isEmpty();
  }

  @Test
  void aNegatedMentionInTheSameSentenceDoesNotUndoAPresentOne() {
    Conversation conversation =
        Threads.caregiver("Tonight he is not making sense and seems confused.");

    assertThat(Threads.rules(conversation)).containsExactly("neuro.confusion");
  }

  @Test
  void aFindingAfterALongRunKeepsItsOffsetsIntoTheMessage() {
    String text = "z".repeat(300) + " Running 101.4 since last night.";
    Conversation conversation = Threads.thread("patient: " + text);

    List<RedFlagFinding> findings = RedFlagRules.standard().detect(conversation);

    assertThat(findings).extracting(RedFlagFinding::rule).containsExactly("fever.temperature");
    assertThat(Threads.evidence(conversation, findings.get(0))).isEqualTo("101.4");
  }

  @Test
  void onlyTheFirst8192CharactersOfAMessageAreRead() {
    String filler = "All is well today. ".repeat(500);
    Conversation late = Threads.thread("patient: " + filler + "Running 101.4 since last night.");

    assertThat(filler.length()).isGreaterThan(org.oncotriage.text.TextBounds.MAX_TEXT_CHARS);
    assertThat(RedFlagRules.standard().detect(late)).isEmpty();
  }
}
