package org.oncotriage.redflag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Long messages: a mention is judged from the words around it wherever it stands, and a message
 * that repeats a symptom word past the reading's {@link MentionBudget} errs towards a flag.
 */
class LongMessageReadingTest {

  private static final String FILLER =
      "We drove out to the lake on Sunday and had a picnic with the grandkids. ".repeat(60);

  @Test
  void aMentionFarIntoALongMessageIsJudgedAsItWouldBeAlone() {
    assertThat(FILLER.length()).isGreaterThan(4 * ContextCues.WINDOW);
    String negated = "No fever or chills today, temp 98.6.";
    String present = "Fever 38.6 tonight with shaking chills, chemo was Monday.";

    assertThat(Threads.rules(Threads.patient(FILLER + negated)))
        .isEqualTo(Threads.rules(Threads.patient(negated)))
        .isEmpty();
    assertThat(Threads.rules(Threads.patient(FILLER + present + " " + FILLER)))
        .isEqualTo(Threads.rules(Threads.patient(present)))
        .contains("fever.temperature");
  }

  private static final String NEGATED_READING = "No temp of 38.6 today. ";

  @Test
  void negatedMentionsWithinTheBudgetStayNegated() {
    assertThat(Threads.rules(Threads.patient(NEGATED_READING.repeat(7)))).isEmpty();
  }

  @Test
  void mentionsPastTheBudgetAreTakenAsPresent() {
    String repeated = NEGATED_READING.repeat(2 * MentionBudget.PER_READING);
    assertThat(Threads.rules(Threads.patient(repeated))).contains("fever.temperature");
  }

  @Test
  void aReadingPastTheBudgetNeverTurnsAFindingOff() {
    String feverThenNormal =
        "Temp 39.2 this morning, I feel awful. My husband's temp is 37.0. And mine is 37.1 now.";
    String filler = NEGATED_READING.repeat(MentionBudget.PER_READING);
    assertThat(Threads.rules(Threads.patient(filler + "Temp 39.2 this morning, I feel awful.")))
        .contains("fever.temperature");
    assertThat(Threads.rules(Threads.patient(filler + feverThenNormal)))
        .contains("fever.temperature");
  }

  @Test
  void aBudgetGivesOutAfterItsMentions() {
    MentionBudget budget = new MentionBudget(2);
    assertThat(budget.take()).isTrue();
    assertThat(budget.take()).isTrue();
    assertThat(budget.take()).isFalse();
    assertThat(budget.take()).isFalse();
    assertThat(new MentionBudget(0).take()).isFalse();
  }
}
