package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Context that turns a mention off, and the near misses that must still fire. */
class RedFlagContextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "No fever, no chills, feeling alright.",
        "I have had no fever since the last cycle.",
        "Denies chills.",
        "I haven't had any chest pain.",
        "Breathing is fine, no shortness of breath at all.",
        "Doing well without any fever.",
        "I don't think I have a fever.",
        "There was no blood in my stool.",
        "I have not fainted or passed out.",
        "My face isn't swollen and my lips look normal.",
        "My neck is not swollen anymore."
      })
  void negatedMentionsDoNotFire(String text) {
    assertThat(Threads.rules(Threads.patient(text))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The fever I had last month is gone.",
        "The shaking chills from my hospital stay are long gone.",
        "I was 101 on Tuesday but normal since.",
        "I had chest pain back in March, the cardiologist said it was reflux.",
        "I had a seizure in 2019 and take medicine for it.",
        "The pressure in my chest has not come back since the stress test.",
        "I had a nosebleed that stopped after ten minutes of pressure."
      })
  void pastAndResolvedMentionsDoNotFire(String text) {
    assertThat(Threads.rules(Threads.patient(text))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "What temp should I call about?",
        "If I get a fever over the holiday, do I go to the ER?",
        "If my temperature reaches 100.4 at night, who do I call?",
        "My instruction sheet says to call for 100.4 or higher, is that right?",
        "In case I get shaking chills, where should I go?",
        "When should I call about a fever of 101?"
      })
  void hypotheticalsAndThresholdQuestionsDoNotFire(String text) {
    assertThat(Threads.rules(Threads.patient(text))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "My husband has a fever of 101 and a cough.",
        "My daughter passed out at school today, unrelated to me."
      })
  void symptomsOfSomeoneElseDoNotFireWhenThePatientWrites(String text) {
    assertThat(Threads.rules(Threads.patient(text))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"My mom has a fever of 101.", "He is running 101.6 after his chemo."})
  void aCaregiverWritingAboutThePatientIsThePatient(String text) {
    assertThat(Threads.rules(Threads.caregiver(text))).containsExactly("fever.temperature");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "This is Ann, Bob's wife. He is running 101.8 since his infusion.",
        "Writing for my dad, he had chemo Monday and now his temp is 101.3."
      })
  void aCaregiverWritingFromThePatientsAccountIsRecognized(String text) {
    assertThat(Threads.rules(Threads.patient(text))).containsExactly("fever.temperature");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I'm a little short of breath climbing stairs, same as usual.",
        "My legs feel weak after the long walk, same as always.",
        "My arm is a bit swollen and sore from the lymphedema, no worse than before."
      })
  void unchangedChronicComplaintsDoNotFire(String text) {
    assertThat(Threads.rules(Threads.patient(text))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Not sure this matters but I'm running 101.",
        "I was going to wait but my chest feels tight tonight.",
        "No, nothing stays down since yesterday morning.",
        "I'm short of breath climbing stairs since yesterday, that's new.",
        "My face is swollen.",
        "My face and lips are really swollen now."
      })
  void nearMissesOfTheTurnOffCuesStillFire(String text) {
    assertThat(Threads.rules(Threads.patient(text))).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Some gums bleed when I brush but it stops in a minute.",
        "I'm confused about the bill from last month.",
        "Can the chest CT be moved to Friday?",
        "My lymph node in my neck is swollen.",
        "The diarrhea is 4 times a day, normally 2, not dizzy.",
        "I weigh 101 lbs now.",
        "Day 100 after transplant and feeling good.",
        "The tumor markers collapsed to normal, great news.",
        "I felt a bit out of it after the anesthesia yesterday but fine now.",
        "I'm exhausted and my legs feel heavy after the long day."
      })
  void mildOrUnrelatedMentionsDoNotFire(String text) {
    assertThat(Threads.rules(Threads.patient(text))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I'm not suicidal, just very tired.",
      })
  void negatedSelfHarmDoesNotFire(String text) {
    assertThat(Threads.rules(Threads.patient(text))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "If this keeps up I want to end my life.",
        "Last week I thought about taking all my pills at once.",
      })
  void selfHarmThoughtsFireEvenWhenConditionalOrRecent(String text) {
    assertThat(Threads.rules(Threads.patient(text))).contains("mental.self-harm");
  }
}
