package org.oncotriage.engine;

import java.util.List;
import org.oncotriage.triage.Scores;

/**
 * The seam between {@link org.oncotriage.model.ModelTriager} and the runtime that runs a model's
 * network: it scores encoded conversations and nothing else. Preparation (tokens, lexical scores,
 * red-flag rules), batching, the blend, the decision policy and the result stay in the triager, so
 * a second engine or model family is a new implementation plus one case where artifacts are loaded
 * ({@code org.oncotriage.model.Engines}), named by the artifact's {@code config.json}.
 *
 * <p>Implementations are thread-safe: {@link #score} may be called from many threads at once.
 * {@link #close()} frees what the engine holds (native memory) and must not race with calls in
 * flight.
 */
public interface ScoringEngine extends AutoCloseable {

  /** The engine's name, as artifacts record it, e.g. {@code djl-pytorch}. */
  String name();

  /**
   * Scores one batch.
   *
   * @param inputIds each conversation's input ids ({@link
   *     org.oncotriage.text.ConversationTokenizer#encode}); at least one
   * @return one {@link Scores} per conversation, in the same order, with every head's probability;
   *     the responder probabilities may sum to 1 only up to float rounding
   */
  List<Scores> score(List<int[]> inputIds);

  @Override
  void close();
}
