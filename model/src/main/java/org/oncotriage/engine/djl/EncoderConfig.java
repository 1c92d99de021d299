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
    inRange("vocabulary_size", vocabularySize, 250_000);
    inRange("max_tokens", maxTokens, 8_192);
    inRange("layers", layers, 48);
    inRange("width", width, 2_048);
    inRange("heads", heads, 64);
    inRange("feed_forward", feedForward, 16_384);
    if (width % heads != 0) {
      throw new IllegalArgumentException(
          "width must be a multiple of heads, received width=" + width + ", heads=" + heads);
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1), received " + dropout);
    }
  }

  /**
   * Checks that {@code value} is positive and at most {@code most}: the bounds are far above any
   * network this project trains, and keep a mistyped option or a hostile {@code config.json} from
   * asking for more memory than a machine has.
   */
  private static void inRange(String name, int value, int most) {
    if (value <= 0 || value > most) {
      throw new IllegalArgumentException(name + " must be in [1, " + most + "], received " + value);
    }
  }
}
