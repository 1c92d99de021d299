package org.oncotriage.evaluation;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.oncotriage.conversation.jsonl.ConversationFormatException;

/**
 * How {@link AbstractEvaluator#evaluate(org.oncotriage.triage.Triager, java.nio.file.Path,
 * PredictionSink, ReadOptions)} reads its file.
 *
 * @param skipInvalid whether a bad or unlabeled line is skipped (and reported to {@code onSkipped})
 *     instead of failing the evaluation
 * @param onSkipped hears each skipped line, with its number, pointer and reason
 * @param onScored hears how many conversations each batch scored, for progress
 */
public record ReadOptions(
    boolean skipInvalid, Consumer<ConversationFormatException> onSkipped, LongConsumer onScored) {

  /** Fail on the first bad line; no listeners. */
  public static final ReadOptions FAIL_FAST = new ReadOptions(false, e -> {}, n -> {});

  public ReadOptions {
    Objects.requireNonNull(onSkipped, "onSkipped");
    Objects.requireNonNull(onScored, "onScored");
  }
}
