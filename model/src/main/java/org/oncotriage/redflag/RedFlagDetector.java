package org.oncotriage.redflag;

import java.util.List;
import org.oncotriage.conversation.Conversation;

/**
 * Finds urgent symptoms ({@code LABELING.md}, label 3) reported as present in a conversation, with
 * their evidence. A conversation is urgent by the rules when the list is not empty. Implementations
 * are thread-safe.
 */
public interface RedFlagDetector {

  /** The evidence of present red flags, in message order; empty when there is none. */
  List<RedFlagFinding> detect(Conversation conversation);
}
