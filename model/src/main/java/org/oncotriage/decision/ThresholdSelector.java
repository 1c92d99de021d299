package org.oncotriage.decision;

import java.util.List;
import org.oncotriage.conversation.Responder;
import org.oncotriage.metrics.ConfusionMetrics;

/**
 * Chooses {@link DecisionThresholds} on validation data. Stateless and thread-safe.
 *
 * <ol>
 *   <li>urgent: the lowest threshold from {@link #URGENT_FLOOR} up whose flags are at least {@link
 *       #URGENT_PRECISION} precise. The red-flag rules carry urgent recall and explain each flag
 *       with evidence; the model's head adds the phrasings the rules miss, and it must not bury the
 *       nurses in false alarms, which is what a threshold chosen for recall on generated data did
 *       (its confident mistakes on unfamiliar real text pass any low bar);
 *   <li>routing: among the grid pairs (oncologist, nurse) whose under-triage rate (share of all
 *       conversations whose true level is above the route, urgent routing included) is at most the
 *       target, the pair with the lowest misrouting cost ({@link #UNDER_TRIAGE_COST} per under-
 *       triaged conversation, 1 per over-triaged one). The constraint is the safety rule; where the
 *       validation data cannot tell pairs apart (equal cost), the higher pair wins, because every
 *       escalation it adds would be over-triage that the data never asked for. When no pair meets
 *       the target, the lowest thresholds of the grid;
 *   <li>billable: the threshold with the best F1 ({@link ConfusionMetrics#f1(long, long, long)}).
 * </ol>
 */
public final class ThresholdSelector {

  /** Precision the model's own urgent flag must reach on validation data. */
  static final double URGENT_PRECISION = 0.95;

  /** The lowest urgent threshold considered. */
  static final double URGENT_FLOOR = 0.50;

  /** The urgent threshold when no grid value reaches {@link #URGENT_PRECISION}. */
  static final double URGENT_CEILING = 0.99;

  /** How much worse routing a conversation too low is than routing it too high. */
  static final double UNDER_TRIAGE_COST = 5.0;

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
        if (cost <= bestCost + 1e-9) {
          bestCost = cost;
          best = t;
        }
      }
    }
    return best != null ? best : new DecisionThresholds(GRID_LOW, GRID_LOW, billable, urgent);
  }

  /** {under-triaged, over-triaged} counts under {@code policy}. */
  static int[] routingErrors(List<ValidationOutcome> outcomes, DecisionPolicy policy) {
    int under = 0;
    int over = 0;
    for (ValidationOutcome o : outcomes) {
      boolean urgent = policy.modelUrgent(o.scores().urgent());
      Responder route = policy.route(o.scores().responder(), urgent);
      if (o.truth().responder().isAbove(route)) {
        under++;
      } else if (route.isAbove(o.truth().responder())) {
        over++;
      }
    }
    return new int[] {under, over};
  }

  static double selectUrgent(List<ValidationOutcome> outcomes) {
    long steps = Math.round((URGENT_CEILING - URGENT_FLOOR) / GRID_STEP);
    for (long i = 0; i < steps; i++) {
      double threshold = round(URGENT_FLOOR + i * GRID_STEP);
      long flagged = outcomes.stream().filter(o -> o.scores().urgent() >= threshold).count();
      long right =
          outcomes.stream()
              .filter(o -> o.scores().urgent() >= threshold && o.truth().urgent())
              .count();
      if (flagged > 0 && right >= URGENT_PRECISION * flagged) {
        return threshold;
      }
    }
    return URGENT_CEILING;
  }

  /** The billable threshold with the best F1 on {@code outcomes} (0.05 to 0.95, step 0.01). */
  public static double selectBillable(List<ValidationOutcome> outcomes) {
    double best = 0.5;
    double bestF1 = -1;
    for (double t = 0.05; t <= 0.95 + 1e-9; t += GRID_STEP) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (ValidationOutcome o : outcomes) {
        boolean predicted = o.scores().billable() >= t;
        if (predicted && o.truth().billable()) {
          tp++;
        } else if (predicted) {
          fp++;
        } else if (o.truth().billable()) {
          fn++;
        }
      }
      double f1 = ConfusionMetrics.f1(tp, fp, fn);
      if (Double.isNaN(f1)) {
        f1 = 0; // no billable conversation labeled or flagged: nothing found, the worst score
      }
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
