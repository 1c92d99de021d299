package org.oncotriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.ConversationContext;
import org.oncotriage.triage.TriageResult.BillableAssessment;

class BillingEligibilityTest {

  @Test
  void unknownWithoutTheDaysSinceTheLastVisit() {
    BillableAssessment a = BillingEligibility.assess(0.9, true, false, ConversationContext.EMPTY);

    assertThat(a.eligible()).isNull();
    assertThat(a.reasons()).singleElement().asString().contains("days_since_last_visit");
  }

  @Test
  void notEligibleWithinSevenDaysOfARelatedVisit() {
    BillableAssessment a =
        BillingEligibility.assess(0.9, true, false, new ConversationContext(6, true));

    assertThat(a.eligible()).isFalse();
    assertThat(a.reasons()).singleElement().asString().contains("6 days ago");
  }

  @Test
  void eligibleFromTheSeventhDayWhenLikely() {
    assertThat(
            BillingEligibility.assess(0.9, true, false, new ConversationContext(7, null))
                .eligible())
        .isTrue();
    assertThat(
            BillingEligibility.assess(0.2, false, false, new ConversationContext(30, null))
                .eligible())
        .isFalse();
  }

  @Test
  void urgentConversationsAreNeverEligibleEvenWithoutContext() {
    BillableAssessment a = BillingEligibility.assess(0.9, true, true, ConversationContext.EMPTY);

    assertThat(a.eligible()).isFalse();
    assertThat(a.reasons()).singleElement().asString().contains("urgent");
    assertThat(a.probability()).isEqualTo(0.9);
  }
}
