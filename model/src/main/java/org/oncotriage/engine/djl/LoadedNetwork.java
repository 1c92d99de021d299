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
import java.util.Map;
import org.oncotriage.model.ModelArtifact;
import org.oncotriage.model.ModelFormatException;

/**
 * A {@link TriageNetwork} with parameters loaded from checked artifact bytes, owning the native
 * memory they live in. Closing it frees that memory. Thread-safe for concurrent inference.
 */
public final class LoadedNetwork implements AutoCloseable {

  private final NDManager manager;
  private final TriageNetwork network;

  private LoadedNetwork(NDManager manager, TriageNetwork network) {
    this.manager = manager;
    this.network = network;
  }

  /**
   * Loads the parameters of {@code artifact} and checks every parameter's shape against the
   * configuration.
   *
   * @param parametersName how errors name the parameters file
   */
  public static LoadedNetwork load(ModelArtifact artifact, String parametersName) {
    NDManager manager = NDManager.newBaseManager();
    try {
      Map<String, Shape> expected = expectedShapes(artifact, manager);
      TriageNetwork network = new TriageNetwork(artifact.config());
      try (DataInputStream in =
          new DataInputStream(new ByteArrayInputStream(artifact.parameters()))) {
        network.loadParameters(manager, in);
        if (in.available() != 0) {
          throw new ModelFormatException(
              parametersName, in.available() + " bytes left over: it does not match config.json");
        }
      } catch (IOException | MalformedModelException | RuntimeException e) {
        if (e instanceof ModelFormatException m) {
          throw m;
        }
        throw new ModelFormatException(
            parametersName, "does not match config.json (" + e.getClass().getSimpleName() + ")", e);
      }
      for (Pair<String, Parameter> p : network.getParameters()) {
        Shape want = expected.get(p.getKey());
        Shape have = p.getValue().isInitialized() ? p.getValue().getArray().getShape() : null;
        if (want == null || !want.equals(have)) {
          throw new ModelFormatException(
              parametersName,
              "parameter " + p.getKey() + " has shape " + have + ", config.json implies " + want);
        }
      }
      return new LoadedNetwork(manager, network);
    } catch (RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  private static Map<String, Shape> expectedShapes(ModelArtifact artifact, NDManager parent) {
    try (NDManager scratch = parent.newSubManager()) {
      TriageNetwork reference = new TriageNetwork(artifact.config());
      reference.initialize(scratch, DataType.FLOAT32, new Shape(1, 2), new Shape(1, 2));
      Map<String, Shape> shapes = new HashMap<>();
      for (Pair<String, Parameter> p : reference.getParameters()) {
        shapes.put(p.getKey(), p.getValue().getArray().getShape());
      }
      return shapes;
    }
  }

  public TriageNetwork network() {
    return network;
  }

  public NDManager manager() {
    return manager;
  }

  @Override
  public void close() {
    manager.close();
  }
}
