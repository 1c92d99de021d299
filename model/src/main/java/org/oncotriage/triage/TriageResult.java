package org.oncotriage.triage;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param language the languages of the conversation and whether they are served; {@code null} (and
 *     absent from JSON) when the triager does not tell languages
 */
public record TriageResult(
    String id,
    Responder route,
    ResponderAssessment responder,
    BillableAssessment billable,
    UrgentAssessment urgent,
    ModelIdentity model,
    @JsonInclude(JsonInclude.Include.NON_NULL) LanguageAssessment language) {

  /** A result that says nothing of languages. */
  public TriageResult(
      String id,
      Responder route,
      ResponderAssessment responder,
      BillableAssessment billable,
      UrgentAssessment urgent,
      ModelIdentity model) {
    this(id, route, responder, billable, urgent, model, null);
  }

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
   * @param findings the evidence, in message order: the rules' findings, or for a flag that no rule
   *     explains, the sentences that drove the model's score (rule {@code model.urgent})
   */
  public record UrgentAssessment(boolean flag, double probability, List<RedFlagFinding> findings) {
    public UrgentAssessment {
      findings = List.copyOf(findings);
    }
  }

  /**
   * The language of the conversation, as {@code org.oncotriage.language.ConversationLanguage} tells
   * it. A conversation in a language that is not served goes at least to a nurse.
   *
   * @param detected the patient side's language, ISO 639-1 ("en", "es", "fr"), or "und" when too
   *     short to tell
   * @param served whether the service reads that language (English and Spanish)
   * @param messages the language of each message, in message order
   * @param reason why the conversation goes at least to a nurse when not served, e.g. "message
   *     language not supported: fr"; {@code null} (absent from JSON) when served
   */
  public record LanguageAssessment(
      String detected,
      boolean served,
      List<String> messages,
      @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
    public LanguageAssessment {
      Objects.requireNonNull(detected, "detected");
      messages = List.copyOf(messages);
      if (served != (reason == null)) {
        throw new IllegalArgumentException(
            "a reason is given exactly when the language is not served, received served="
                + served
                + ", reason="
                + reason);
      }
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
