package org.oncotriage.evaluation;

import java.io.IOException;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.triage.TriageResult;

/** Receives each labeled conversation's triage as the evaluator streams through the data. */
@FunctionalInterface
public interface PredictionSink {

  /** A sink that keeps nothing. */
  PredictionSink NONE = (conversation, result) -> {};

  void accept(Conversation conversation, TriageResult result) throws IOException;
}
