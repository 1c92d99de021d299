package org.oncotriage.evaluation.cli;

import java.util.Arrays;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.evaluation.PredictionSink;
import org.oncotriage.triage.TriageResult;

/**
 * A sink that keeps, per conversation, its id's hash, the labeled level and the predicted level as
 * bytes, so that two models' passes over one file can be paired. Not thread-safe.
 */
final class LevelCollector implements PredictionSink {

  private byte[] truth = new byte[1024];
  private byte[] predicted = new byte[1024];
  private int[] idHash = new int[1024];
  private int size;

  @Override
  public void accept(Conversation conversation, TriageResult result) {
    if (size == truth.length) {
      truth = Arrays.copyOf(truth, size * 2);
      predicted = Arrays.copyOf(predicted, size * 2);
      idHash = Arrays.copyOf(idHash, size * 2);
    }
    truth[size] = (byte) conversation.labels().responder().ordinal();
    predicted[size] = (byte) result.responder().level().ordinal();
    idHash[size] = result.id().hashCode();
    size++;
  }

  byte[] truth() {
    return Arrays.copyOf(truth, size);
  }

  byte[] predicted() {
    return Arrays.copyOf(predicted, size);
  }

  /** Whether both passes saw the same conversations in the same order (by id). */
  boolean alignedWith(LevelCollector other) {
    return size == other.size
        && Arrays.equals(idHash, 0, size, other.idHash, 0, other.size)
        && Arrays.equals(truth, 0, size, other.truth, 0, other.size);
  }
}
