package org.oncotriage.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationFormatException;
import org.oncotriage.conversation.jsonl.ConversationReader;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.Triager;

/**
 * Streams a labeled JSON Lines file through a {@link Triager} and turns what it kept into an
 * evaluation. {@link #evaluate} is a final template method: provenance of the data, then batches of
 * {@code batchSize} through {@link Triager#triageBatch} (each result handed to the sink and to
 * {@link #accumulate}), then {@link #createEvaluation}. Only one batch of conversations is in
 * memory at a time; what else grows is up to {@link #accumulate}.
 *
 * <p>Bad or unlabeled lines fail fast with a {@link ConversationFormatException} naming file and
 * line ({@link ConversationReader#openLabeled}), or, with {@link ReadOptions#skipInvalid}, are
 * skipped and reported.
 *
 * @param <A> what the subclass accumulates
 * @param <E> the evaluation it builds
 */
abstract class AbstractEvaluator<A, E> {

  private final int batchSize;

  protected AbstractEvaluator(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, received " + batchSize);
    }
    this.batchSize = batchSize;
  }

  /**
   * Evaluates {@code model} on the labeled file {@code data}.
   *
   * @throws ConversationFormatException on a bad or unlabeled line
   * @throws IOException when the file cannot be read or the sink cannot write
   */
  public final E evaluate(Triager model, Path data, PredictionSink sink) throws IOException {
    return evaluate(model, data, sink, ReadOptions.FAIL_FAST);
  }

  /**
   * Evaluates {@code model} on the labeled file {@code data}, reading it as {@code options} say.
   *
   * @throws ConversationFormatException on a bad or unlabeled line, unless such lines are skipped
   * @throws IllegalArgumentException when the file holds no conversations (none at all, or every
   *     line skipped): no figure is defined on none
   * @throws IOException when the file cannot be read or the sink cannot write
   */
  public final E evaluate(Triager model, Path data, PredictionSink sink, ReadOptions options)
      throws IOException {
    DataProvenance provenance = DataProvenance.of(data);
    ModelDescription description = model.description();
    A accumulator = newAccumulator();
    ConversationReader.Mode mode =
        options.skipInvalid()
            ? ConversationReader.Mode.SKIP_INVALID
            : ConversationReader.Mode.FAIL_FAST;
    try (ConversationReader reader =
        ConversationReader.openLabeled(data, mode).onSkipped(options.onSkipped())) {
      List<Conversation> batch = new ArrayList<>(batchSize);
      long read = 0;
      Conversation next;
      while ((next = reader.read()) != null) {
        read++;
        batch.add(next);
        if (batch.size() == batchSize) {
          options.onScored().accept(batch.size());
          score(model, batch, sink, accumulator);
        }
      }
      if (read == 0) {
        throw new IllegalArgumentException(
            data
                + " holds no conversations"
                + (reader.skippedLines() > 0
                    ? " (" + reader.skippedLines() + " invalid lines skipped)"
                    : ""));
      }
      options.onScored().accept(batch.size());
      score(model, batch, sink, accumulator);
    }
    return createEvaluation(description, provenance, accumulator);
  }

  private void score(Triager model, List<Conversation> batch, PredictionSink sink, A accumulator)
      throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    List<TriageResult> results = model.triageBatch(batch);
    if (results.size() != batch.size()) {
      throw new IllegalStateException(
          "triageBatch must return one result per conversation, received "
              + results.size()
              + " for "
              + batch.size());
    }
    for (int i = 0; i < batch.size(); i++) {
      sink.accept(batch.get(i), results.get(i));
      accumulate(accumulator, batch.get(i), results.get(i));
    }
    batch.clear();
  }

  /** A fresh accumulator for one evaluation. */
  protected abstract A newAccumulator();

  /** Records one labeled conversation and its triage; must not retain either object. */
  protected abstract void accumulate(A accumulator, Conversation conversation, TriageResult result);

  /** Computes the metrics and builds the evaluation. */
  protected abstract E createEvaluation(ModelDescription model, DataProvenance data, A accumulator);
}
