package org.oncotriage.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

  /**
   * {@code triager} itself when it is staged; otherwise an adapter whose {@link #prepare} does no
   * work (it keeps the conversation, with {@link Prepared#tokens()} 0) and whose {@link
   * #triagePrepared} runs {@link #triage} for one conversation and {@link #triageBatch} for more.
   * The adapter is as thread-safe as {@code triager}; closing it closes {@code triager}.
   */
  static StagedTriager of(Triager triager) {
    Objects.requireNonNull(triager, "triager");
    if (triager instanceof StagedTriager staged) {
      return staged;
    }
    // A conversation as it came, marked with the triager that "prepared" it.
    record Unprepared(Conversation conversation, Triager owner) implements Prepared {
      @Override
      public int tokens() {
        return 0;
      }

      @Override
      public String toString() {
        return "Unprepared[" + conversation.id() + "]";
      }
    }
    return new StagedTriager() {
      @Override
      public Prepared prepare(Conversation conversation) {
        return new Unprepared(Objects.requireNonNull(conversation, "conversation"), triager);
      }

      @Override
      public List<TriageResult> triagePrepared(List<? extends Prepared> prepared) {
        List<Conversation> conversations = new ArrayList<>(prepared.size());
        for (Prepared p : prepared) {
          if (!(p instanceof Unprepared u) || u.owner() != triager) {
            throw new IllegalArgumentException(
                "not prepared by this triager: " + (p == null ? "null" : p.getClass().getName()));
          }
          conversations.add(u.conversation());
        }
        return conversations.size() == 1
            ? List.of(triager.triage(conversations.get(0)))
            : triager.triageBatch(conversations);
      }

      @Override
      public TriageResult triage(Conversation conversation) {
        return triager.triage(conversation);
      }

      @Override
      public List<TriageResult> triageBatch(List<Conversation> conversations) {
        return triager.triageBatch(conversations);
      }

      @Override
      public ModelDescription description() {
        return triager.description();
      }

      @Override
      public void close() {
        triager.close();
      }
    };
  }

  /** A conversation made ready for the model pass. Immutable. */
  interface Prepared {

    /** The conversation it was made from. */
    Conversation conversation();

    /** Its length in model input tokens: what a batch is padded to. */
    int tokens();
  }
}
