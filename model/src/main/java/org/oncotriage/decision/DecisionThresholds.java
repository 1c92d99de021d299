package org.oncotriage.decision;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The thresholds that turn model probabilities into decisions, chosen on validation data and stored
 * in the model artifact ({@code thresholds.json}). All are probabilities in (0, 1].
 *
 * @param oncologist route to an oncologist when P(oncologist) is at or above this, whatever level
 *     is most likely
 * @param nurse route at least to a nurse when P(nurse) + P(oncologist) is at or above this
 * @param billable {@code billable.likely} when the billable probability is at or above this
 * @param urgent the model flags a conversation urgent when its urgent probability is at or above
 *     this
 */
public record DecisionThresholds(double oncologist, double nurse, double billable, double urgent) {

  /** Thresholds that only ever take the most likely level, and 0.5 for the binary decisions. */
  static final DecisionThresholds NEUTRAL = new DecisionThresholds(1.0, 1.0, 0.5, 0.5);

  public DecisionThresholds {
    check("oncologist", oncologist);
    check("nurse", nurse);
    check("billable", billable);
    check("urgent", urgent);
  }

  private static void check(String name, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " threshold must be in (0, 1], received " + value);
    }
  }

  /** By name, as {@code GET /v1/model} shows them. */
  public Map<String, Double> asMap() {
    Map<String, Double> map = new LinkedHashMap<>();
    map.put("oncologist", oncologist);
    map.put("nurse", nurse);
    map.put("billable", billable);
    map.put("urgent", urgent);
    return map;
  }

  public DecisionThresholds withRouting(double newOncologist, double newNurse) {
    return new DecisionThresholds(newOncologist, newNurse, billable, urgent);
  }

  public DecisionThresholds withBillable(double value) {
    return new DecisionThresholds(oncologist, nurse, value, urgent);
  }

  public DecisionThresholds withUrgent(double value) {
    return new DecisionThresholds(oncologist, nurse, billable, value);
  }
}
