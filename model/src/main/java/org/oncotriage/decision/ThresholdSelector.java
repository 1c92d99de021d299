package org.oncotriage.decision;

import java.util.List;
import org.oncotriage.conversation.Responder;

/**
 * Chooses {@link DecisionThresholds} on validation data. Stateless and thread-safe.
 *
 * <ol>
 *   <li>urgent: the highest threshold on the grid (at most 0.5) whose urgent recall is at least
 *       {@link #URGENT_RECALL};
 *   <li>routing: among the grid pairs (oncologist, nurse) whose under-triage rate (share of all
 *       conversations whose true level is above the route, urgent routing included) is at most the
 *       target, the pair with the lowest misrouting cost ({@link #UNDER_TRIAGE_COST} per under-
 *       triaged conversation, 1 per over-triaged one); ties go to the lower (safer) thresholds.
 *       When no pair meets the target, the lowest thresholds of the grid;
 *   <li>billable: the threshold with the best F1.
 * </ol>
 */
public final class ThresholdSelector {

  /** Urgent recall the urgent threshold must keep on validation data. */
  public static final double URGENT_RECALL = 0.98;

  /** How much worse routing a conversation too low is than routing it too high. */
  public static final double UNDER_TRIAGE_COST = 5.0;

  static final double GRID_LOW = 0.10;
  static final double GRID_HIGH = 0.50;
  static final double GRID_STEP = 0.01;

  private ThresholdSelector() {}

  /**
   * @param outcomes the validation conversations; not empty
   * @param maxUnderTriage the highest acceptable under-triage rate, e.g. 0.02
   */
  public static DecisionThresholds select(List<ValidationOutcome> outcomes, double maxUnderTriage) {
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException("threshold selection needs validation outcomes");
    }
    double urgent = selectUrgent(outcomes);
    double billable = selectBillable(outcomes);
    DecisionThresholds best = null;
    double bestCost = Double.MAX_VALUE;
    for (double onc = GRID_LOW; onc <= GRID_HIGH + 1e-9; onc += GRID_STEP) {
      for (double nurse = GRID_LOW; nurse <= GRID_HIGH + 1e-9; nurse += GRID_STEP) {
        DecisionThresholds t = new DecisionThresholds(round(onc), round(nurse), billable, urgent);
        int[] errors = routingErrors(outcomes, new DecisionPolicy(t));
        if (errors[0] > maxUnderTriage * outcomes.size()) {
          continue;
        }
        double cost = UNDER_TRIAGE_COST * errors[0] + errors[1];
        if (cost < bestCost - 1e-9) {
          bestCost = cost;
          best = t;
        }
      }
    }
    return best != null ? best : new DecisionThresholds(GRID_LOW, GRID_LOW, billable, urgent);
  }

  /** {under-triaged, over-triaged} counts under {@code policy}. */
  public static int[] routingErrors(List<ValidationOutcome> outcomes, DecisionPolicy policy) {
    int under = 0;
    int over = 0;
    for (ValidationOutcome o : outcomes) {
      boolean urgent = policy.modelUrgent(o.urgent());
      Responder route = policy.route(o.probabilities(), urgent);
      if (o.truth().responder().isAbove(route)) {
        under++;
      } else if (route.isAbove(o.truth().responder())) {
        over++;
      }
    }
    return new int[] {under, over};
  }

  static double selectUrgent(List<ValidationOutcome> outcomes) {
    long positives = outcomes.stream().filter(o -> o.truth().urgent()).count();
    if (positives == 0) {
      return GRID_HIGH;
    }
    for (double t = GRID_HIGH; t >= GRID_STEP - 1e-9; t -= GRID_STEP) {
      double threshold = t;
      long found =
          outcomes.stream().filter(o -> o.truth().urgent() && o.urgent() >= threshold).count();
      if (found >= URGENT_RECALL * positives) {
        return round(t);
      }
    }
    return round(GRID_STEP);
  }

  static double selectBillable(List<ValidationOutcome> outcomes) {
    double best = 0.5;
    double bestF1 = -1;
    for (double t = 0.05; t <= 0.95 + 1e-9; t += GRID_STEP) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (ValidationOutcome o : outcomes) {
        boolean predicted = o.billable() >= t;
        if (predicted && o.truth().billable()) {
          tp++;
        } else if (predicted) {
          fp++;
        } else if (o.truth().billable()) {
          fn++;
        }
      }
      double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        best = t;
      }
    }
    return round(best);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
