package org.oncotriage.triage;

import java.util.List;
import java.util.Objects;
import org.oncotriage.conversation.Responder;
import org.oncotriage.redflag.RedFlagFinding;

/**
 * The triage of one conversation, in the shape that {@code API.md} fixes for the REST service and
 * the {@code predict} command. It never carries message text.
 *
 * @param id the conversation's id
 * @param route where the conversation goes after the decision policy and the safety layer; never
 *     below {@code responder.level}
 * @param responder the model's responder level and probabilities
 * @param billable billing likelihood and eligibility
 * @param urgent the red-flag decision and its evidence
 * @param model which model produced this
 */
public record TriageResult(
    String id,
    Responder route,
    ResponderAssessment responder,
    BillableAssessment billable,
    UrgentAssessment urgent,
    ModelIdentity model) {

  public TriageResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(responder, "responder");
    Objects.requireNonNull(billable, "billable");
    Objects.requireNonNull(urgent, "urgent");
    Objects.requireNonNull(model, "model");
    if (responder.level().isAbove(route)) {
      throw new IllegalArgumentException(
          "route "
              + route.wireName()
              + " is below the model's level "
              + responder.level().wireName()
              + ": routes only go up");
    }
  }

  /**
   * @param level the model's most likely level
   * @param probabilities the model's probability for each level
   */
  public record ResponderAssessment(Responder level, ResponderProbabilities probabilities) {
    public ResponderAssessment {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(probabilities, "probabilities");
    }
  }

  /**
   * @param probability calibrated probability that the conversation is billable (LABELING.md)
   * @param likely {@code probability} at or above the model's stored threshold
   * @param eligible the billing rules applied to the caller's context; {@code null} when the
   *     context does not say enough
   * @param reasons why {@code eligible} is what it is, in words
   */
  public record BillableAssessment(
      double probability, boolean likely, Boolean eligible, List<String> reasons) {
    public BillableAssessment {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * @param flag true when the model or the red-flag rules find an urgent symptom
   * @param probability the model's calibrated urgent probability
   * @param findings the rules' evidence, in message order
   */
  public record UrgentAssessment(boolean flag, double probability, List<RedFlagFinding> findings) {
    public UrgentAssessment {
      findings = List.copyOf(findings);
    }
  }

  /**
   * @param name the model's name, e.g. {@code oncotriage-default}
   * @param version its version
   */
  public record ModelIdentity(String name, String version) {
    public ModelIdentity {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
    }
  }
}
