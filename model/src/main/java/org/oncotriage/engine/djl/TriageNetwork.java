package org.oncotriage.engine.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oncotriage.heads.Head;
import org.oncotriage.heads.Heads;

/**
 * The triage transformer: token and learned position embeddings, {@link EncoderLayer}s with a
 * padding mask, a final LayerNorm, then the {@code [CLS]} vector concatenated with the masked mean
 * of all token vectors, feeding one linear layer per head of {@link Heads#ALL}.
 *
 * <p>Inputs: token ids (batch, tokens) as int64, and a mask (batch, tokens) as float32, 1 for a
 * real token and 0 for padding; {@code tokens} may be anything up to {@code maxTokens}, so a batch
 * is padded only to its longest member. Outputs: one array of logits per head, in {@link Heads#ALL}
 * order: (batch, units) for a softmax head (the responder logits, in {@link
 * org.oncotriage.conversation.Responder#ordinal()} order), (batch) for a sigmoid head (billable,
 * urgent).
 *
 * <p>After initialization or loading, inference forwards do not modify the block and may run
 * concurrently, each with its own {@link NDManager} and {@link ParameterStore}.
 */
public final class TriageNetwork extends AbstractBlock {

  /** Additive attention bias for padding positions. */
  private static final float MASKED = -1e4f;

  private final EncoderConfig config;
  private final Parameter tokenEmbedding;
  private final Parameter positionEmbedding;
  private final Dropout embeddingDropout;
  private final List<EncoderLayer> layers = new ArrayList<>();
  private final LayerNorm finalNorm;
  private final Dropout headDropout;
  private final List<Linear> heads = new ArrayList<>();

  public TriageNetwork(EncoderConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    tokenEmbedding =
        addParameter(
            Parameter.builder()
                .setName("token_embedding")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(config.vocabularySize(), config.width()))
                .build());
    positionEmbedding =
        addParameter(
            Parameter.builder()
                .setName("position_embedding")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(config.maxTokens(), config.width()))
                .build());
    float rate = (float) config.dropout();
    embeddingDropout = addChildBlock("embedding_dropout", Dropout.builder().optRate(rate).build());
    for (int i = 0; i < config.layers(); i++) {
      layers.add(addChildBlock("layer" + i, new EncoderLayer(config)));
    }
    finalNorm = addChildBlock("final_norm", LayerNorm.builder().axis(2).build());
    headDropout = addChildBlock("head_dropout", Dropout.builder().optRate(rate).build());
    for (Head head : Heads.ALL) {
      heads.add(
          addChildBlock(head.name() + "_head", Linear.builder().setUnits(head.units()).build()));
    }
    setInitializer(new NormalInitializer(0.02f), Parameter.Type.WEIGHT);
  }

  EncoderConfig config() {
    return config;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray ids = inputs.get(0);
    NDArray mask = inputs.get(1);
    long tokens = ids.getShape().get(1);
    NDArray embeddingTable = store.getValue(tokenEmbedding, ids.getDevice(), training);
    NDArray positions =
        store
            .getValue(positionEmbedding, ids.getDevice(), training)
            .get(new NDIndex("0:{}", tokens));
    // The slice would otherwise belong to the parameters' manager and outlive the call.
    positions.attach(ids.getManager());
    NDArray x =
        Embedding.embedding(ids, embeddingTable, SparseFormat.DENSE)
            .singletonOrThrow()
            .add(positions);
    x = embeddingDropout.forward(store, new NDList(x), training).singletonOrThrow();
    NDArray maskBias = mask.sub(1f).mul(-MASKED).expandDims(1).expandDims(1);
    NDList hidden = new NDList(x, maskBias);
    for (EncoderLayer layer : layers) {
      hidden = layer.forward(store, hidden, training);
    }
    NDArray h = finalNorm.forward(store, new NDList(hidden.get(0)), training).singletonOrThrow();
    NDArray cls = h.get(new NDIndex(":, 0, :"));
    NDArray m = mask.expandDims(2);
    NDArray mean = h.mul(m).sum(new int[] {1}).div(m.sum(new int[] {1}).maximum(1f));
    NDArray pooled = cls.concat(mean, -1);
    pooled = headDropout.forward(store, new NDList(pooled), training).singletonOrThrow();
    NDList p = new NDList(pooled);
    NDList outputs = new NDList(heads.size());
    for (int i = 0; i < heads.size(); i++) {
      NDArray logits = heads.get(i).forward(store, p, training).singletonOrThrow();
      outputs.add(sigmoid(i) ? logits.squeeze(1) : logits);
    }
    return outputs;
  }

  /** Whether head {@code h} is a sigmoid head, whose one unit is squeezed out of its output. */
  private static boolean sigmoid(int h) {
    return Heads.ALL.get(h).activation() == Head.Activation.SIGMOID;
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    long batch = inputShapes[0].get(0);
    Shape[] shapes = new Shape[heads.size()];
    for (int h = 0; h < shapes.length; h++) {
      shapes[h] = sigmoid(h) ? new Shape(batch) : new Shape(batch, Heads.ALL.get(h).units());
    }
    return shapes;
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    long batch = inputShapes[0].get(0);
    long tokens = inputShapes[0].get(1);
    Shape x = new Shape(batch, tokens, config.width());
    Shape bias = new Shape(batch, 1, 1, tokens);
    embeddingDropout.initialize(manager, dataType, x);
    for (EncoderLayer layer : layers) {
      layer.initialize(manager, dataType, x, bias);
    }
    finalNorm.initialize(manager, dataType, x);
    Shape pooled = new Shape(batch, 2L * config.width());
    headDropout.initialize(manager, dataType, pooled);
    for (Linear head : heads) {
      head.initialize(manager, dataType, pooled);
    }
  }
}
