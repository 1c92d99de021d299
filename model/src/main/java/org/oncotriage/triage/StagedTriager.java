package org.oncotriage.triage;

import java.util.List;
import org.oncotriage.conversation.Conversation;

/**
 * A {@link Triager} whose work splits in two stages, so that a server can run the per-conversation
 * part (tokenization, rules) in parallel on its request threads and serialize only the batched
 * model pass: {@link #prepare} then {@link #triagePrepared}. {@code triagePrepared(prepare(c)...)}
 * gives exactly what {@link #triageBatch} gives. Implementations are thread-safe.
 */
public interface StagedTriager extends Triager {

  /**
   * The per-conversation work that needs no model pass; may run on any thread, concurrently.
   *
   * @return an opaque value for {@link #triagePrepared} of this same triager
   */
  Prepared prepare(Conversation conversation);

  /**
   * The model pass over prepared conversations, batched.
   *
   * @param prepared values from {@link #prepare} of this triager
   * @return one result per conversation, in the same order
   * @throws IllegalArgumentException when a value was not prepared by this triager
   */
  List<TriageResult> triagePrepared(List<? extends Prepared> prepared);

  /** A conversation made ready for the model pass. Immutable. */
  interface Prepared {

    /** The conversation it was made from. */
    Conversation conversation();

    /** Its length in model input tokens: what a batch is padded to. */
    int tokens();
  }
}
