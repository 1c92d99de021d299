package org.oncotriage.decision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.oncotriage.conversation.Responder;
import org.oncotriage.metrics.ConfusionMetrics;

/**
 * Chooses {@link DecisionThresholds} on validation data. Stateless and thread-safe.
 *
 * <ol>
 *   <li>urgent: for recall, never for precision (issue 12): the highest threshold of the grid at
 *       which the safety layer still flags at least {@link #URGENT_RECALL} of the urgent validation
 *       conversations: the model's head together with the red-flag rules when the caller says which
 *       conversations the rules flag, else the head alone. Precision is won back by the safety
 *       layer, not by the threshold: every flag the model raises alone carries the sentences that
 *       drove it, and is not raised when the red-flag rules read each of them as negated, past,
 *       hypothetical, about someone else or below threshold ({@code ModelTriager});
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

  /** Recall the model's own urgent flag must reach on validation data. */
  public static final double URGENT_RECALL = 0.99;

  /** The lowest urgent threshold of the grid. */
  public static final double URGENT_FLOOR = 0.01;

  /** The highest urgent threshold of the grid. */
  static final double URGENT_CEILING = 0.99;

  /** The urgent threshold when validation holds no urgent conversation to measure recall on. */
  static final double URGENT_WITHOUT_DATA = 0.50;

  /** How much worse routing a conversation too low is than routing it too high. */
  static final double UNDER_TRIAGE_COST = 5.0;

  static final double GRID_LOW = 0.10;
  static final double GRID_HIGH = 0.50;
  static final double GRID_STEP = 0.01;

  private ThresholdSelector() {}

  /**
   * The thresholds for the model's head alone.
   *
   * @param outcomes the validation conversations; not empty
   * @param maxUnderTriage the highest acceptable under-triage rate, e.g. 0.02
   */
  public static DecisionThresholds select(List<ValidationOutcome> outcomes, double maxUnderTriage) {
    return select(outcomes, maxUnderTriage, null);
  }

  /**
   * The thresholds for the model's head beside the red-flag rules: the urgent threshold need only
   * catch what the rules miss.
   *
   * @param outcomes the validation conversations; not empty
   * @param maxUnderTriage the highest acceptable under-triage rate, e.g. 0.02
   * @param rulesUrgent per outcome, in order, whether the red-flag rules flag it; null for none
   */
  public static DecisionThresholds select(
      List<ValidationOutcome> outcomes, double maxUnderTriage, boolean[] rulesUrgent) {
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException("threshold selection needs validation outcomes");
    }
    double urgent = selectUrgent(outcomes, rulesUrgent);
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
    return selectUrgent(outcomes, null);
  }

  /**
   * The highest grid threshold (steps of {@link #GRID_STEP}) at which at least {@link
   * #URGENT_RECALL} of the urgent outcomes are flagged by the rules or reach it: of the urgent
   * outcomes the rules miss, at most {@code floor((1 - URGENT_RECALL) * urgent)} may score below.
   */
  public static double selectUrgent(List<ValidationOutcome> outcomes, boolean[] rulesUrgent) {
    if (rulesUrgent != null && rulesUrgent.length != outcomes.size()) {
      throw new IllegalArgumentException(
          "must be the same length, received outcomes.size()="
              + outcomes.size()
              + ", rulesUrgent.length="
              + rulesUrgent.length);
    }
    int urgentCount = 0;
    List<Double> missedByRules = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).truth().urgent()) {
        urgentCount++;
        if (rulesUrgent == null || !rulesUrgent[i]) {
          missedByRules.add(outcomes.get(i).scores().urgent());
        }
      }
    }
    if (urgentCount == 0) {
      return URGENT_WITHOUT_DATA;
    }
    int allowedMisses = (int) Math.floor((1 - URGENT_RECALL) * urgentCount + 1e-9);
    if (allowedMisses >= missedByRules.size()) {
      return URGENT_CEILING;
    }
    Collections.sort(missedByRules);
    double highest = Math.floor(missedByRules.get(allowedMisses) / GRID_STEP + 1e-9) * GRID_STEP;
    return round(Math.max(URGENT_FLOOR, Math.min(URGENT_CEILING, highest)));
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
