package org.oncotriage.training.adapt;

import java.util.List;
import java.util.Objects;
import org.oncotriage.conversation.Responder;
import org.oncotriage.decision.DecisionPolicy;
import org.oncotriage.decision.DecisionThresholds;
import org.oncotriage.triage.ResponderProbabilities;

/**
 * Chooses the two routing thresholds under an explicit under-triage budget: among the pairs
 * (oncologist, nurse) of a grid from {@link #GRID_LOW} to {@link #GRID_HIGH} whose under-triage
 * rate (share of all conversations routed below their true level; urgent ones, which always go to
 * the oncologist, count as routed) is at most the budget, the pair with the least misrouting cost,
 * {@link #UNDER_TRIAGE_COST} per under-triaged conversation and 1 per over-triaged one. Within the
 * budget the cost still prefers one under-triage less to up to five over-triages more; where pairs
 * tie, the higher pair wins (every escalation it adds is over-triage the data never asked for).
 * When no pair holds the budget, the lowest pair. Stateless and thread-safe.
 */
public final class BudgetedRouting {

  static final double GRID_LOW = 0.02;
  static final double GRID_HIGH = 0.98;
  static final double GRID_STEP = 0.01;

  /** How much worse routing a conversation too low is than routing it too high. */
  public static final double UNDER_TRIAGE_COST = 5.0;

  private BudgetedRouting() {}

  /**
   * One conversation as the routing sees it.
   *
   * @param probabilities calibrated responder probabilities
   * @param urgent whether the model or the red-flag rules flag it (it then routes to the oncologist
   *     whatever the thresholds)
   * @param truth its true level
   */
  public record Case(ResponderProbabilities probabilities, boolean urgent, Responder truth) {
    public Case {
      Objects.requireNonNull(probabilities, "probabilities");
      Objects.requireNonNull(truth, "truth");
    }
  }

  /** The routing errors of one threshold pair: counts of conversations routed below and above. */
  public record Errors(int under, int over, int total) {
    public double underRate() {
      return total == 0 ? 0 : (double) under / total;
    }

    public double overRate() {
      return total == 0 ? 0 : (double) over / total;
    }
  }

  /**
   * The thresholds for {@code cases}, keeping {@code base}'s billable and urgent thresholds.
   *
   * @param maxUnderTriage the budget, a rate in [0, 1)
   * @throws IllegalArgumentException when {@code cases} is empty or the budget is out of range
   */
  public static DecisionThresholds choose(
      List<Case> cases, double maxUnderTriage, DecisionThresholds base) {
    if (cases.isEmpty()) {
      throw new IllegalArgumentException("routing thresholds need labeled conversations");
    }
    if (!(maxUnderTriage >= 0 && maxUnderTriage < 1)) {
      throw new IllegalArgumentException(
          "the under-triage budget must be in [0, 1), received " + maxUnderTriage);
    }
    DecisionThresholds best = null;
    double bestCost = Double.MAX_VALUE;
    int steps = (int) Math.round((GRID_HIGH - GRID_LOW) / GRID_STEP);
    for (int i = 0; i <= steps; i++) {
      for (int j = 0; j <= steps; j++) {
        DecisionThresholds t = base.withRouting(grid(i), grid(j));
        Errors errors = errors(cases, t);
        if (errors.under() > maxUnderTriage * cases.size()) {
          continue;
        }
        double cost = UNDER_TRIAGE_COST * errors.under() + errors.over();
        if (cost <= bestCost + 1e-9) {
          bestCost = cost;
          best = t;
        }
      }
    }
    return best != null ? best : base.withRouting(GRID_LOW, GRID_LOW);
  }

  /** The routing errors of {@code thresholds} on {@code cases}. */
  public static Errors errors(List<Case> cases, DecisionThresholds thresholds) {
    DecisionPolicy policy = new DecisionPolicy(thresholds);
    int under = 0;
    int over = 0;
    for (Case c : cases) {
      Responder route = route(policy, c);
      if (c.truth().isAbove(route)) {
        under++;
      } else if (route.isAbove(c.truth())) {
        over++;
      }
    }
    return new Errors(under, over, cases.size());
  }

  static Responder route(DecisionPolicy policy, Case c) {
    return Responder.max(
        c.probabilities().mostLikely(), policy.route(c.probabilities(), c.urgent()));
  }

  private static double grid(int step) {
    return Math.round((GRID_LOW + step * GRID_STEP) * 100) / 100.0;
  }
}
