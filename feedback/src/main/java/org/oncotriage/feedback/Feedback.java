package org.oncotriage.feedback;

import java.time.Instant;
import java.util.Objects;
import org.oncotriage.conversation.Labels;

/**
 * One clinician's decision on a conversation the service triaged, joined to what the service
 * answered.
 *
 * @param conversationId the conversation's id
 * @param receivedAt when the feedback arrived
 * @param reviewerRole the clinician's role
 * @param labels the level, billable and urgent decision the clinician made
 * @param triage what the service answered for the conversation
 */
public record Feedback(
    String conversationId,
    Instant receivedAt,
    ReviewerRole reviewerRole,
    Labels labels,
    TriageRecord triage) {

  public Feedback {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(reviewerRole, "reviewerRole");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(triage, "triage");
  }

  /** The service's route against the clinician's level. */
  public Verdict verdict() {
    return Verdict.of(triage.route(), labels.responder());
  }
}
