package org.oncotriage.engine.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.oncotriage.heads.Head;
import org.oncotriage.heads.Heads;
import org.oncotriage.triage.Scores;

/**
 * Runs a {@link TriageNetwork} in inference mode on encoded conversations and turns its logits into
 * probabilities: the one scorer of the network, for serving and for the trainer's validation passes
 * alike. {@link #score} works in its own child {@link NDManager}, closed before it returns, so
 * nothing leaks in long loops; concurrent calls are safe.
 */
public final class NetworkScorer {

  private NetworkScorer() {}

  /**
   * Scores one batch.
   *
   * @param network an initialized or loaded network
   * @param parent the manager the network's parameters live in
   * @param sequences encoded conversations (see {@link org.oncotriage.text.ConversationTokenizer})
   */
  public static List<Scores> score(TriageNetwork network, NDManager parent, List<int[]> sequences) {
    try (NDManager manager = parent.newSubManager()) {
      return decode(forward(network, manager, sequences));
    }
  }

  /**
   * The network's logits for one batch, in inference mode (no dropout), one array per head of
   * {@link Heads#ALL}, created in {@code manager}: for a caller that needs them besides the scores
   * (the trainer's validation loss); {@link #decode} turns them into scores.
   */
  public static NDList forward(TriageNetwork network, NDManager manager, List<int[]> sequences) {
    NDList inputs = TokenBatch.inputs(manager, sequences);
    return network.forward(new ParameterStore(manager, false), inputs, false);
  }

  /**
   * The one decoding of the network's outputs: each head's {@link Head#activation()}, then {@link
   * Heads#scores} per conversation. The probabilities are the float results, widened.
   *
   * @param outputs the logits of a batch, one array per head of {@link Heads#ALL}
   */
  public static List<Scores> decode(NDList outputs) {
    List<Head> heads = Heads.ALL;
    if (outputs.size() != heads.size()) {
      throw new IllegalArgumentException(
          "expected the outputs of " + heads.size() + " heads, received " + outputs.size());
    }
    float[][] probabilities = new float[heads.size()][];
    for (int h = 0; h < heads.size(); h++) {
      probabilities[h] = activate(heads.get(h), outputs.get(h)).toFloatArray();
    }
    int batch = Math.toIntExact(outputs.get(0).getShape().get(0));
    List<Scores> scores = new ArrayList<>(batch);
    for (int b = 0; b < batch; b++) {
      double[][] one = new double[heads.size()][];
      for (int h = 0; h < heads.size(); h++) {
        int units = heads.get(h).units();
        one[h] = new double[units];
        for (int k = 0; k < units; k++) {
          one[h][k] = probabilities[h][b * units + k];
        }
      }
      scores.add(Heads.scores(one));
    }
    return scores;
  }

  private static NDArray activate(Head head, NDArray logits) {
    return switch (head.activation()) {
      case SOFTMAX -> logits.softmax(-1);
      case SIGMOID -> Activation.sigmoid(logits);
    };
  }
}
