package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncotriage.conversation.Conversation;

/** One present-tense report for every rule of the shipped file, with the evidence it points at. */
class RedFlagRuleExamplesTest {

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("fever.temperature", "patient", "I'm running 101.2 tonight.", "101.2"),
        Arguments.of(
            "fever.reported", "patient", "I think I have a fever and feel awful.", "have a fever"),
        Arguments.of("fever.chills", "patient", "I have had shaking chills for an hour.", "chills"),
        Arguments.of(
            "breathing.trouble",
            "patient",
            "Since lunch I can't catch my breath even sitting down.",
            "can't catch my breath"),
        Arguments.of(
            "chest.pain",
            "patient",
            "There is a crushing pain in my chest right now.",
            "pain in my chest"),
        Arguments.of(
            "bleeding.uncontrolled",
            "patient",
            "The cut on my hand keeps bleeding.",
            "keeps bleeding"),
        Arguments.of(
            "gi.black-or-bloody-stool",
            "patient",
            "My poop came out black and sticky this morning.",
            "poop came out black"),
        Arguments.of(
            "bleeding.vomit-or-cough",
            "patient",
            "I coughed up bright red blood twice today.",
            "coughed up bright red blood"),
        Arguments.of(
            "neuro.confusion",
            "caregiver",
            "My father is suddenly confused and asks what year it is.",
            "suddenly confused"),
        Arguments.of(
            "neuro.seizure",
            "caregiver",
            "She had a seizure at dinner that lasted two minutes.",
            "seizure"),
        Arguments.of(
            "neuro.fainting", "patient", "I fainted at the grocery store an hour ago.", "fainted"),
        Arguments.of(
            "cord.leg-weakness",
            "patient",
            "Since this morning my legs feel numb.",
            "legs feel numb"),
        Arguments.of(
            "cord.bladder-bowel",
            "patient",
            "I lost control of my bladder on the way to the car.",
            "lost control of my bladder"),
        Arguments.of(
            "cord.back-pain",
            "patient",
            "My back pain is terrible and my legs keep giving out.",
            "back pain"),
        Arguments.of(
            "cord.severe-new-back-pain",
            "patient",
            "I have severe back pain that came on suddenly last night.",
            "back pain"),
        Arguments.of(
            "gi.diarrhea-count", "patient", "Diarrhea nine times since this morning.", "Diarrhea"),
        Arguments.of(
            "gi.diarrhea-dizzy",
            "patient",
            "The diarrhea is bad and I feel light-headed when I stand.",
            "diarrhea"),
        Arguments.of(
            "gi.no-fluids-down",
            "patient",
            "I can't keep any fluids down since Sunday.",
            "can't keep any fluids down"),
        Arguments.of(
            "renal.no-urine",
            "patient",
            "I have not urinated since last night.",
            "have not urinated"),
        Arguments.of(
            "vascular.swollen-limb",
            "patient",
            "My right leg is swollen and painful behind the knee.",
            "leg"),
        Arguments.of(
            "airway.face-neck-swelling",
            "patient",
            "My lips are swelling up.",
            "lips are swelling"),
        Arguments.of(
            "airway.infusion-reaction",
            "patient",
            "After my infusion today my throat is tight.",
            "throat is tight"),
        Arguments.of(
            "infection.port-site",
            "patient",
            "My port is red and oozing and my temp is 101.5.",
            "port"),
        Arguments.of(
            "pain.uncontrolled",
            "patient",
            "The pain in my hip is 10/10 and the morphine is not helping.",
            "pain"),
        Arguments.of(
            "mental.self-harm", "patient", "Some days I want to end my life.", "end my life"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("examples")
  void aPresentReportFiresItsRuleWithTheEvidenceSpan(
      String rule, String sender, String text, String evidence) {
    Conversation conversation = Threads.thread(sender + ": " + text);

    List<RedFlagFinding> findings = RedFlagRules.standard().detect(conversation);

    RedFlagFinding finding =
        findings.stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    assertThat(finding.messageIndex()).isZero();
    assertThat(Threads.evidence(conversation, finding)).isEqualTo(evidence);
    assertThat(finding.finding()).isNotBlank();
  }

  @Test
  void everyRuleOfTheShippedFileHasAnExample() {
    Set<String> covered =
        examples().map(a -> (String) a.get()[0]).collect(Collectors.toUnmodifiableSet());

    assertThat(RedFlagRules.standard().rules().ruleIds())
        .containsExactlyInAnyOrderElementsOf(covered);
  }

  static Stream<Arguments> layTerms() {
    return Stream.of(
        Arguments.of("I just can't catch my breath today", "breathing.trouble"),
        Arguments.of("I passed out in the shower", "neuro.fainting"),
        Arguments.of("my poop is black since yesterday", "gi.black-or-bloody-stool"),
        Arguments.of("been throwing up blood this afternoon", "bleeding.vomit-or-cough"),
        Arguments.of("I'm not peeing at all since last night", "renal.no-urine"),
        Arguments.of("diareah 8 times today", "gi.diarrhea-count"),
        Arguments.of("my calf is puffy and sore", "vascular.swollen-limb"),
        Arguments.of("its hard to breathe", "breathing.trouble"),
        Arguments.of("the runs 7 times since midnight, usually once a day", "gi.diarrhea-count"),
        Arguments.of("nothing stays down, not even sips of water", "gi.no-fluids-down"),
        Arguments.of("I can barely breathe when I lie down", "breathing.trouble"),
        Arguments.of("there was blood when I threw up", "bleeding.vomit-or-cough"),
        Arguments.of("I feel confused and dizzy since lunch", "neuro.confusion"),
        Arguments.of("it feels like a weight sitting on my chest", "chest.pain"),
        Arguments.of("I've been bleeding through a pad every hour", "bleeding.uncontrolled"),
        Arguments.of(
            "my right arm is twice the size of the left and aches", "vascular.swollen-limb"),
        Arguments.of("after the rituximab I broke out in hives", "airway.infusion-reaction"),
        Arguments.of("lately I think about ending it all", "mental.self-harm"));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("layTerms")
  void patientsOwnWordsAndMisspellingsAreUnderstood(String text, String rule) {
    assertThat(Threads.rules(Threads.patient(text))).contains(rule);
  }
}
