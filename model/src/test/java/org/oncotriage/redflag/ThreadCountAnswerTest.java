package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A count answers only what the question counts. */
class ThreadCountAnswerTest {

  @Test
  void aCountDoesNotAffirmTheOtherSymptomsOfTheQuestion() {
    assertThat(
            Threads.rules(
                Threads.thread(
                    "patient: Loose stools today.",
                    "clinic: How many times today, and are you dizzy?",
                    "patient: about 4 times, 2 more than usual")))
        .isEmpty();
  }

  @Test
  void aPastMentionOfAnotherLimbDoesNotTurnASwollenCalfOff() {
    assertThat(
            Threads.rules(
                Threads.patient(
                    "My right calf has been swollen and tender since last night."
                        + " The clot in my arm from the summer is gone.")))
        .containsExactly("vascular.swollen-limb");
  }

  @Test
  void aRelativeWhoIsConfusedFiresWhenACaregiverWrites() {
    assertThat(Threads.rules(Threads.caregiver("My grandfather is confused today.")))
        .containsExactly("neuro.confusion");
  }

  @Test
  void uncontrolledPainDespiteTheMaximumDoseFires() {
    assertThat(
            Threads.rules(
                Threads.patient("The pain in my spine is out of control, I took my max dose.")))
        .containsExactly("pain.uncontrolled");
  }
}
