package org.oncotriage.training.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.loss.Loss;
import java.util.List;
import org.oncotriage.conversation.Labels;
import org.oncotriage.heads.Head;
import org.oncotriage.heads.Heads;

/**
 * The one training loss of the {@link Heads}, averaged over the batch: the sum of each head's term
 * times its {@link Head#lossWeight()}, where the terms are
 *
 * <pre>
 *   responder: w[y] * CE(smoothed one-hot(y), softmax) + COST_WEIGHT * sum_k p_k * cost[y][k]
 *   billable:  BCE(sigmoid) with positive weight BILLABLE_POSITIVE_WEIGHT
 *   urgent:    BCE(sigmoid) with positive weight URGENT_POSITIVE_WEIGHT
 * </pre>
 *
 * Under-triage costs more than over-triage: the class weight of an oncologist conversation is the
 * highest, and the expected misrouting cost charges {@link #UNDER_TRIAGE_COST} per level routed too
 * low against 1 per level too high. Missing an urgent symptom costs more than a false alarm.
 *
 * <p>Labels are built on the host by {@link #labels}; predictions are the network's outputs.
 * Stateless and thread-safe.
 */
final class MultiTaskLoss extends Loss {

  static final double[] CLASS_WEIGHTS = {1.0, 1.0, 1.2};
  static final double UNDER_TRIAGE_COST = 4.0;
  static final double COST_WEIGHT = 0.1;
  static final float BILLABLE_POSITIVE_WEIGHT = 1.5f;
  static final float URGENT_POSITIVE_WEIGHT = 4f;

  private final double labelSmoothing;

  MultiTaskLoss(double labelSmoothing) {
    super("multi_task_loss");
    this.labelSmoothing = labelSmoothing;
  }

  /** The label arrays of a batch, in {@code manager}. */
  NDList labels(NDManager manager, List<Labels> batch) {
    int n = batch.size();
    int k = Heads.RESPONDER.units();
    float[] targets = new float[n * k];
    float[] weights = new float[n];
    float[] costs = new float[n * k];
    float[] billable = new float[n];
    float[] urgent = new float[n];
    for (int b = 0; b < n; b++) {
      Labels l = batch.get(b);
      int y = l.responder().ordinal();
      for (int c = 0; c < k; c++) {
        targets[b * k + c] = (float) ((c == y ? 1 - labelSmoothing : 0) + labelSmoothing / k);
        costs[b * k + c] = (float) (c < y ? UNDER_TRIAGE_COST * (y - c) : c - y);
      }
      weights[b] = (float) CLASS_WEIGHTS[y];
      billable[b] = l.billable() ? 1f : 0f;
      urgent[b] = l.urgent() ? 1f : 0f;
    }
    return new NDList(
        manager.create(targets, new ai.djl.ndarray.types.Shape(n, k)),
        manager.create(weights),
        manager.create(costs, new ai.djl.ndarray.types.Shape(n, k)),
        manager.create(billable),
        manager.create(urgent));
  }

  @Override
  public NDArray evaluate(NDList labels, NDList predictions) {
    NDArray logits = predictions.get(Heads.index(Heads.RESPONDER));
    NDArray logProbs = logits.logSoftmax(-1);
    NDArray ce = labels.get(0).mul(logProbs).sum(new int[] {1}).neg().mul(labels.get(1));
    NDArray expectedCost = logProbs.exp().mul(labels.get(2)).sum(new int[] {1});
    NDArray responder = ce.add(expectedCost.mul(COST_WEIGHT));
    NDArray billable =
        binary(
            predictions.get(Heads.index(Heads.BILLABLE)), labels.get(3), BILLABLE_POSITIVE_WEIGHT);
    NDArray urgent =
        binary(predictions.get(Heads.index(Heads.URGENT)), labels.get(4), URGENT_POSITIVE_WEIGHT);
    return weighted(responder, Heads.RESPONDER)
        .add(weighted(billable, Heads.BILLABLE))
        .add(weighted(urgent, Heads.URGENT))
        .mean();
  }

  /** A head's term times its loss weight (a weight of 1 leaves the term exactly as it is). */
  private static NDArray weighted(NDArray term, Head head) {
    return term.mul((float) head.lossWeight());
  }

  /** Numerically stable weighted binary cross-entropy on logits, per example. */
  private static NDArray binary(NDArray logit, NDArray target, float positiveWeight) {
    // -[w y log s(x) + (1 - y) log(1 - s(x))], with log s(x) = -softplus(-x), log(1-s(x)) =
    // -softplus(x), softplus(x) = max(x, 0) + log(1 + exp(-|x|)).
    NDArray softplusNeg = softplus(logit.neg());
    NDArray softplusPos = softplus(logit);
    NDArray positive = target.mul(positiveWeight).mul(softplusNeg);
    NDArray negative = target.neg().add(1f).mul(softplusPos);
    return positive.add(negative);
  }

  private static NDArray softplus(NDArray x) {
    return x.maximum(0f).add(x.abs().neg().exp().add(1f).log());
  }
}
