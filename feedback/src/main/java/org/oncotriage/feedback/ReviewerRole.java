package org.oncotriage.feedback;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The role of the clinician who gave feedback; a fixed set, so it is safe as a metric label. */
public enum ReviewerRole {
  ONCOLOGIST("oncologist"),
  NURSE("nurse"),
  MEDICAL_ASSISTANT("medical_assistant"),
  MANAGER("manager");

  private final String wireName;

  ReviewerRole(String wireName) {
    this.wireName = wireName;
  }

  /** The name in the API and the database. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** Parses a wire name; empty when it is not one of the four roles. */
  public static Optional<ReviewerRole> fromWireName(String name) {
    return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
  }
}
