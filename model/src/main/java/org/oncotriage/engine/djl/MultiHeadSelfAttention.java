package org.oncotriage.engine.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Multi-head scaled dot-product self-attention with a padding mask.
 *
 * <p>Input: {@code x} of shape (batch, tokens, width) and an additive mask bias of shape (batch, 1,
 * 1, tokens) that is 0 for real tokens and a large negative number for padding, so that no token
 * attends to padding. Output: (batch, tokens, width). Parameters are read-only during inference, so
 * concurrent inference forwards are safe.
 */
final class MultiHeadSelfAttention extends AbstractBlock {

  private final int width;
  private final int heads;
  private final Linear qkv;
  private final Linear output;
  private final Dropout dropout;

  MultiHeadSelfAttention(int width, int heads, float dropoutRate) {
    this.width = width;
    this.heads = heads;
    this.qkv = addChildBlock("qkv", Linear.builder().setUnits(3L * width).build());
    this.output = addChildBlock("output", Linear.builder().setUnits(width).build());
    this.dropout = addChildBlock("dropout", Dropout.builder().optRate(dropoutRate).build());
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.get(0);
    NDArray maskBias = inputs.get(1);
    long batch = x.getShape().get(0);
    long tokens = x.getShape().get(1);
    int headWidth = width / heads;
    NDArray projected = qkv.forward(store, new NDList(x), training).singletonOrThrow();
    // (batch, tokens, 3, heads, headWidth) -> (3, batch, heads, tokens, headWidth)
    NDArray split = projected.reshape(batch, tokens, 3, heads, headWidth).transpose(2, 0, 3, 1, 4);
    NDArray q = split.get(0);
    NDArray k = split.get(1);
    NDArray v = split.get(2);
    NDArray scores =
        q.matMul(k.transpose(0, 1, 3, 2)).mul(1.0 / Math.sqrt(headWidth)).add(maskBias);
    NDArray weights = scores.softmax(-1);
    weights = dropout.forward(store, new NDList(weights), training).singletonOrThrow();
    NDArray context = weights.matMul(v).transpose(0, 2, 1, 3).reshape(batch, tokens, width);
    return output.forward(store, new NDList(context), training);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    qkv.initialize(manager, dataType, inputShapes[0]);
    output.initialize(manager, dataType, inputShapes[0]);
    dropout.initialize(manager, dataType, inputShapes[0]);
  }
}
