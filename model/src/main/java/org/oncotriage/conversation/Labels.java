package org.oncotriage.conversation;

import java.util.Objects;

/**
 * The three labels of a conversation as the labeling policy defines them. A {@code Labels} value
 * may break the policy's hard rules (data read from a file can); {@link
 * org.oncotriage.policy.LabelPolicy#violation(Labels)} says whether it does.
 *
 * @param responder the lowest-skilled role that can fully and safely resolve the conversation
 * @param billable whether it would have needed a billable visit (online digital E/M)
 * @param urgent whether it reports a present red-flag symptom
 */
public record Labels(Responder responder, boolean billable, boolean urgent) {

  public Labels {
    Objects.requireNonNull(responder, "responder");
  }
}
