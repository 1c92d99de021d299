package org.oncotriage.engine.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncotriage.heads.Heads;
import org.oncotriage.triage.Scores;

/** The network's output layer and the scorer's decoding follow {@link Heads}. */
class TriageNetworkTest {

  private static final EncoderConfig CONFIG = new EncoderConfig(20, 16, 1, 8, 2, 16, 0.0);
  private static final List<int[]> BATCH = List.of(new int[] {2, 5, 6, 3}, new int[] {2, 7, 3});

  @Test
  void thereIsOneOutputPerHeadShapedByItsUnits() {
    Engine.getInstance().setRandomSeed(1);
    try (NDManager manager = NDManager.newBaseManager()) {
      TriageNetwork network = new TriageNetwork(CONFIG);
      network.initialize(manager, DataType.FLOAT32, new Shape(1, 4), new Shape(1, 4));
      // Parameters are saved block by block in this order, so the order is the artifact format's.
      assertThat(network.getChildren().keys())
          .endsWith("05responder_head", "06billable_head", "07urgent_head");
      NDList out =
          network.forward(
              new ParameterStore(manager, false), TokenBatch.inputs(manager, BATCH), false);
      assertThat(out).hasSize(3);
      assertThat(out.get(0).getShape()).isEqualTo(new Shape(2, 3));
      assertThat(out.get(1).getShape()).isEqualTo(new Shape(2));
      assertThat(out.get(2).getShape()).isEqualTo(new Shape(2));
      assertThat(network.getOutputShapes(new Shape[] {new Shape(2, 4), new Shape(2, 4)}))
          .containsExactly(new Shape(2, 3), new Shape(2), new Shape(2));
    }
  }

  @Test
  void decodingAppliesSoftmaxToTheResponderLogitsAndSigmoidToTheOthers() {
    try (NDManager manager = NDManager.newBaseManager()) {
      // One conversation: responder logits 0, ln 2, ln 5 (ordinal order); billable 0; urgent ln 3.
      NDList logits =
          new NDList(
              manager.create(
                  new float[] {0f, (float) Math.log(2), (float) Math.log(5)}, new Shape(1, 3)),
              manager.create(new float[] {0f}),
              manager.create(new float[] {(float) Math.log(3)}));
      Scores s = NetworkScorer.decode(logits).get(0);
      // softmax: 1/8, 2/8, 5/8; sigmoid(0) = 1/2; sigmoid(ln 3) = 3/4.
      assertThat(s.responder().medicalAssistant()).isCloseTo(0.125, offset(1e-6));
      assertThat(s.responder().nurse()).isCloseTo(0.25, offset(1e-6));
      assertThat(s.responder().oncologist()).isCloseTo(0.625, offset(1e-6));
      assertThat(s.billable()).isCloseTo(0.5, offset(1e-6));
      assertThat(s.urgent()).isCloseTo(0.75, offset(1e-6));
    }
  }
}
