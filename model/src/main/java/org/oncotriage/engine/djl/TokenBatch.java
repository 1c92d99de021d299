package org.oncotriage.engine.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/** Builds the network's inputs for a batch, padded only to its longest member. Stateless. */
public final class TokenBatch {

  private TokenBatch() {}

  /**
   * The inputs of {@link TriageNetwork}: ids (batch, longest) int64 padded with 0, and the mask
   * (batch, longest) float32, created in {@code manager}.
   */
  public static NDList inputs(NDManager manager, List<int[]> sequences) {
    if (sequences.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one sequence");
    }
    int longest = 1;
    for (int[] s : sequences) {
      longest = Math.max(longest, s.length);
    }
    int batch = sequences.size();
    long[] ids = new long[batch * longest];
    float[] mask = new float[batch * longest];
    for (int b = 0; b < batch; b++) {
      int[] s = sequences.get(b);
      for (int t = 0; t < s.length; t++) {
        ids[b * longest + t] = s[t];
        mask[b * longest + t] = 1f;
      }
    }
    Shape shape = new Shape(batch, longest);
    NDArray idArray = manager.create(ids, shape);
    NDArray maskArray = manager.create(mask, shape);
    return new NDList(idArray, maskArray);
  }
}
