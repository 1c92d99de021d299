package org.oncotriage.feedback;

import com.fasterxml.jackson.annotation.JsonValue;
import org.oncotriage.conversation.Responder;

/**
 * How the route the service returned compares with the level a clinician decided: the same level,
 * below it (under-triage: the conversation went to a less skilled role than it needed) or above it
 * (over-triage).
 */
public enum Verdict {
  AGREE("agree"),
  UNDER_TRIAGE("under_triage"),
  OVER_TRIAGE("over_triage");

  private final String wireName;

  Verdict(String wireName) {
    this.wireName = wireName;
  }

  /** The name in responses, summaries and metric labels. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /**
   * @param modelRoute the route the service returned
   * @param clinicianLevel the level the clinician decided
   */
  public static Verdict of(Responder modelRoute, Responder clinicianLevel) {
    if (modelRoute == clinicianLevel) {
      return AGREE;
    }
    return clinicianLevel.isAbove(modelRoute) ? UNDER_TRIAGE : OVER_TRIAGE;
  }
}
