package org.oncotriage.engine.djl;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.Scores;

/**
 * Runs a {@link TriageNetwork} in inference mode on encoded conversations and turns its logits into
 * probabilities. Every call works in its own child {@link NDManager}, closed before it returns, so
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
      NDList inputs = TokenBatch.inputs(manager, sequences);
      NDList out = network.forward(new ParameterStore(manager, false), inputs, false);
      float[] responder = out.get(0).softmax(-1).toFloatArray();
      float[] billable = Activation.sigmoid(out.get(1)).toFloatArray();
      float[] urgent = Activation.sigmoid(out.get(2)).toFloatArray();
      List<Scores> scores = new ArrayList<>(sequences.size());
      for (int b = 0; b < sequences.size(); b++) {
        double[] r = {responder[3 * b], responder[3 * b + 1], responder[3 * b + 2]};
        scores.add(new Scores(ResponderProbabilities.fromOrdinalArray(r), billable[b], urgent[b]));
      }
      return scores;
    }
  }
}
