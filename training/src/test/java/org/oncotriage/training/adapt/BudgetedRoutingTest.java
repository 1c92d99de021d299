package org.oncotriage.training.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Responder;
import org.oncotriage.decision.DecisionThresholds;
import org.oncotriage.triage.ResponderProbabilities;

class BudgetedRoutingTest {

  private static final DecisionThresholds BASE = new DecisionThresholds(0.5, 0.5, 0.5, 0.9);

  private static BudgetedRouting.Case nurseLikely(double oncologist, Responder truth) {
    return new BudgetedRouting.Case(
        new ResponderProbabilities(oncologist, 0.95 - oncologist, 0.05), false, truth);
  }

  /**
   * Ten nurse-most-likely conversations with P(oncologist) 0.04, 0.08, ..., 0.40; the two highest
   * truly need an oncologist.
   */
  private static List<BudgetedRouting.Case> ladder() {
    List<BudgetedRouting.Case> cases = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      cases.add(nurseLikely(0.04 * i, i >= 9 ? Responder.ONCOLOGIST : Responder.NURSE));
    }
    return cases;
  }

  @Test
  void aZeroBudgetSendsUpJustEnoughToCatchEveryOncologistConversation() {
    DecisionThresholds chosen = BudgetedRouting.choose(ladder(), 0.0, BASE);
    BudgetedRouting.Errors errors = BudgetedRouting.errors(ladder(), chosen);
    assertThat(errors.under()).isZero();
    assertThat(errors.over()).isZero();
    assertThat(chosen.oncologist()).isBetween(0.33, 0.36);
  }

  @Test
  void aBudgetOfOneInTenStillPrefersNoUnderTriageWhenItCostsNoOverTriage() {
    DecisionThresholds chosen = BudgetedRouting.choose(ladder(), 0.1, BASE);
    assertThat(BudgetedRouting.errors(ladder(), chosen).under()).isZero();
  }

  @Test
  void theBudgetIsHeldEvenWhenItCostsOverTriage() {
    List<BudgetedRouting.Case> cases = new ArrayList<>(ladder());
    // An oncologist conversation that looks like the least worrying of all.
    cases.add(nurseLikely(0.02, Responder.ONCOLOGIST));
    DecisionThresholds chosen = BudgetedRouting.choose(cases, 0.0, BASE);
    BudgetedRouting.Errors errors = BudgetedRouting.errors(cases, chosen);
    assertThat(errors.under()).isZero();
    assertThat(errors.over()).isEqualTo(8);
  }

  @Test
  void urgentConversationsRouteToTheOncologistWhateverTheThresholds() {
    BudgetedRouting.Case urgent =
        new BudgetedRouting.Case(
            new ResponderProbabilities(0.01, 0.09, 0.9), true, Responder.ONCOLOGIST);
    BudgetedRouting.Errors errors =
        BudgetedRouting.errors(List.of(urgent), BASE.withRouting(0.98, 0.98));
    assertThat(errors.under()).isZero();
  }

  @Test
  void theBinaryThresholdsOfTheBaseAreKept() {
    DecisionThresholds chosen = BudgetedRouting.choose(ladder(), 0.0, BASE);
    assertThat(chosen.billable()).isEqualTo(0.5);
    assertThat(chosen.urgent()).isEqualTo(0.9);
  }
}
