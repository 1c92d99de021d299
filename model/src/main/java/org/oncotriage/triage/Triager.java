package org.oncotriage.triage;

import java.util.List;
import org.oncotriage.conversation.Conversation;

/**
 * Triages conversations: the seam between the model and its users (the REST service, the {@code
 * predict} command, the evaluation harness). Implementations say whether they are thread-safe; the
 * model-backed one is.
 */
public interface Triager extends AutoCloseable {

  /** Triages one conversation. Its labels, if any, are ignored. */
  TriageResult triage(Conversation conversation);

  /**
   * Triages several conversations at once, which is faster per conversation than one at a time.
   *
   * @return one result per conversation, in the same order
   */
  List<TriageResult> triageBatch(List<Conversation> conversations);

  /** What the model says about itself. */
  ModelDescription description();

  /** Releases native resources. */
  @Override
  void close();
}
