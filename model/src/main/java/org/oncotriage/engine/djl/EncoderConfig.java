package org.oncotriage.engine.djl;

/**
 * The shape of the triage network, as stored in a model artifact's {@code config.json}.
 *
 * @param vocabularySize the number of WordPiece ids
 * @param maxTokens the longest input, in ids, and the number of position embeddings
 * @param layers the number of encoder layers
 * @param width the hidden size (embedding and attention width)
 * @param heads the number of attention heads; divides {@code width}
 * @param feedForward the inner size of each layer's feed-forward network
 * @param dropout dropout rate during training, in [0, 1)
 */
public record EncoderConfig(
    int vocabularySize,
    int maxTokens,
    int layers,
    int width,
    int heads,
    int feedForward,
    double dropout) {

  public EncoderConfig {
    positive("vocabulary_size", vocabularySize);
    positive("max_tokens", maxTokens);
    positive("layers", layers);
    positive("width", width);
    positive("heads", heads);
    positive("feed_forward", feedForward);
    if (width % heads != 0) {
      throw new IllegalArgumentException(
          "width must be a multiple of heads, received width=" + width + ", heads=" + heads);
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1), received " + dropout);
    }
  }

  private static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, received " + value);
    }
  }
}
