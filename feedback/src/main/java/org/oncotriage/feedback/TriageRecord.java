package org.oncotriage.feedback;

import java.time.Instant;
import java.util.Objects;
import org.oncotriage.conversation.Responder;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.TriageResult;

/**
 * What the service answered for one conversation, as the feedback window remembers it: the
 * decisions, the scores and the model, never text (a {@link TriageResult}'s urgent findings, which
 * quote offsets and words of the conversation, are left out).
 *
 * @param conversationId the conversation's id
 * @param triagedAt when the result was returned
 * @param modelName the model's name
 * @param modelVersion the version of the model that answered
 * @param route where the conversation was routed
 * @param level the model's most likely level
 * @param probabilities the model's probability of each level
 * @param billableProbability the calibrated billable probability
 * @param billableLikely whether that probability passed the model's threshold
 * @param urgent whether the urgent flag was set
 * @param urgentProbability the urgent head's probability
 */
public record TriageRecord(
    String conversationId,
    Instant triagedAt,
    String modelName,
    String modelVersion,
    Responder route,
    Responder level,
    ResponderProbabilities probabilities,
    double billableProbability,
    boolean billableLikely,
    boolean urgent,
    double urgentProbability) {

  /** The longest conversation id the store keeps (the column's width). */
  public static final int MAX_ID_CHARS = 128;

  public TriageRecord {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(triagedAt, "triagedAt");
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(modelVersion, "modelVersion");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(probabilities, "probabilities");
  }

  /** The record of a result returned at {@code when}. */
  public static TriageRecord of(TriageResult result, Instant when) {
    return new TriageRecord(
        result.id(),
        when,
        result.model().name(),
        result.model().version(),
        result.route(),
        result.responder().level(),
        result.responder().probabilities(),
        result.billable().probability(),
        result.billable().likely(),
        result.urgent().flag(),
        result.urgent().probability());
  }
}
