package org.oncotriage.training.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;
import org.oncotriage.decision.ValidationOutcome;
import org.oncotriage.engine.djl.EncoderConfig;
import org.oncotriage.engine.djl.NetworkScorer;
import org.oncotriage.engine.djl.TriageNetwork;

/** The trainer's validation pass scores with the serving scorer, not a decoding of its own. */
class ValidationScoresTest {

  @Test
  void validationOutcomesCarryExactlyTheScoresThatServingComputes() {
    Engine.getInstance().setRandomSeed(7);
    List<Example> examples =
        List.of(
            new Example(new int[] {2, 5, 6, 3}, new Labels(Responder.NURSE, true, false)),
            new Example(new int[] {2, 7, 3}, new Labels(Responder.ONCOLOGIST, false, true)),
            new Example(new int[] {2, 9, 8, 11, 3}, new Labels(Responder.NURSE, false, false)));
    try (NDManager manager = NDManager.newBaseManager()) {
      TriageNetwork network = new TriageNetwork(new EncoderConfig(20, 16, 1, 8, 2, 16, 0.0));
      network.initialize(manager, DataType.FLOAT32, new Shape(1, 4), new Shape(1, 4));
      List<ValidationOutcome> outcomes = new ArrayList<>();
      double loss =
          TriageTrainer.evaluate(network, manager, new MultiTaskLoss(0.0), examples, outcomes);
      var served =
          NetworkScorer.score(network, manager, examples.stream().map(Example::ids).toList());
      assertThat(outcomes).extracting(ValidationOutcome::scores).isEqualTo(served);
      assertThat(outcomes)
          .extracting(ValidationOutcome::truth)
          .containsExactlyElementsOf(examples.stream().map(Example::labels).toList());
      assertThat(loss).isPositive();
    }
  }
}
