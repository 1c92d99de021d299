package org.oncotriage.engine.djl;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oncotriage.engine.ScoringEngine;
import org.oncotriage.triage.Scores;

/**
 * The DJL PyTorch {@link ScoringEngine}: a {@link TriageNetwork} with parameters loaded from
 * checked artifact bytes, owning the native memory they live in. Scoring runs {@link
 * NetworkScorer}; closing frees the memory. Thread-safe for concurrent inference.
 */
public final class LoadedNetwork implements ScoringEngine {

  /** The engine's name in artifacts. */
  public static final String NAME = "djl-pytorch";

  private final NDManager manager;
  private final TriageNetwork network;

  private LoadedNetwork(NDManager manager, TriageNetwork network) {
    this.manager = manager;
    this.network = network;
  }

  /**
   * Sets PyTorch's process-wide intra-op thread count ({@link InferenceThreads}), then loads the
   * parameters and checks every parameter's shape against the configuration.
   *
   * @param parameters the network's parameters in DJL's {@code saveParameters} form
   * @param intraOpThreads PyTorch's intra-op thread count; positive
   * @throws IllegalArgumentException when the parameters do not match {@code config}; the message
   *     says how, naming {@code config.json}
   */
  public static LoadedNetwork load(EncoderConfig config, byte[] parameters, int intraOpThreads) {
    InferenceThreads.setIntraOpThreads(intraOpThreads);
    NDManager manager = NDManager.newBaseManager();
    try {
      Map<String, Shape> expected = expectedShapes(config, manager);
      TriageNetwork network = new TriageNetwork(config);
      int leftOver;
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(parameters))) {
        network.loadParameters(manager, in);
        leftOver = in.available();
      } catch (IOException | MalformedModelException | RuntimeException e) {
        throw new IllegalArgumentException(
            "does not match config.json (" + e.getClass().getSimpleName() + ")", e);
      }
      if (leftOver != 0) {
        throw new IllegalArgumentException(
            leftOver + " bytes left over: it does not match config.json");
      }
      for (Pair<String, Parameter> p : network.getParameters()) {
        Shape want = expected.get(p.getKey());
        Shape have = p.getValue().isInitialized() ? p.getValue().getArray().getShape() : null;
        if (want == null || !want.equals(have)) {
          throw new IllegalArgumentException(
              "parameter " + p.getKey() + " has shape " + have + ", config.json implies " + want);
        }
      }
      return new LoadedNetwork(manager, network);
    } catch (RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  private static Map<String, Shape> expectedShapes(EncoderConfig config, NDManager parent) {
    try (NDManager scratch = parent.newSubManager()) {
      TriageNetwork reference = new TriageNetwork(config);
      reference.initialize(scratch, DataType.FLOAT32, new Shape(1, 2), new Shape(1, 2));
      Map<String, Shape> shapes = new HashMap<>();
      for (Pair<String, Parameter> p : reference.getParameters()) {
        shapes.put(p.getKey(), p.getValue().getArray().getShape());
      }
      return shapes;
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Scores one batch with {@link NetworkScorer}, autograd off for the calling thread. */
  @Override
  public List<Scores> score(List<int[]> inputIds) {
    InferenceThreads.prepareCurrentThread();
    return NetworkScorer.score(network, manager, inputIds);
  }

  @Override
  public void close() {
    manager.close();
  }
}
