package org.oncotriage.engine.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One pre-norm transformer encoder layer: {@code x + attention(LayerNorm(x))}, then {@code x +
 * feedForward(LayerNorm(x))} with a GELU feed-forward network. Inputs and output as {@link
 * MultiHeadSelfAttention}: (batch, tokens, width) plus the mask bias, which is passed through.
 */
final class EncoderLayer extends AbstractBlock {

  private final LayerNorm attentionNorm;
  private final MultiHeadSelfAttention attention;
  private final LayerNorm feedForwardNorm;
  private final Linear expand;
  private final Linear contract;
  private final Dropout dropout;

  EncoderLayer(EncoderConfig config) {
    float rate = (float) config.dropout();
    attentionNorm = addChildBlock("attention_norm", LayerNorm.builder().axis(2).build());
    attention =
        addChildBlock(
            "attention", new MultiHeadSelfAttention(config.width(), config.heads(), rate));
    feedForwardNorm = addChildBlock("ff_norm", LayerNorm.builder().axis(2).build());
    expand = addChildBlock("ff_expand", Linear.builder().setUnits(config.feedForward()).build());
    contract = addChildBlock("ff_contract", Linear.builder().setUnits(config.width()).build());
    dropout = addChildBlock("dropout", Dropout.builder().optRate(rate).build());
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.get(0);
    NDArray maskBias = inputs.get(1);
    NDArray normed = attentionNorm.forward(store, new NDList(x), training).singletonOrThrow();
    NDArray attended =
        attention.forward(store, new NDList(normed, maskBias), training).singletonOrThrow();
    x = x.add(dropout.forward(store, new NDList(attended), training).singletonOrThrow());
    NDArray normed2 = feedForwardNorm.forward(store, new NDList(x), training).singletonOrThrow();
    NDArray hidden =
        Activation.gelu(expand.forward(store, new NDList(normed2), training).singletonOrThrow());
    NDArray back = contract.forward(store, new NDList(hidden), training).singletonOrThrow();
    x = x.add(dropout.forward(store, new NDList(back), training).singletonOrThrow());
    return new NDList(x, maskBias);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return inputShapes;
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape x = inputShapes[0];
    attentionNorm.initialize(manager, dataType, x);
    attention.initialize(manager, dataType, inputShapes);
    feedForwardNorm.initialize(manager, dataType, x);
    expand.initialize(manager, dataType, x);
    contract.initialize(
        manager,
        dataType,
        new Shape(x.get(0), x.get(1), expand.getOutputShapes(new Shape[] {x})[0].get(2)));
    dropout.initialize(manager, dataType, x);
  }
}
