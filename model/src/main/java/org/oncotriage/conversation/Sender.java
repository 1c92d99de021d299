package org.oncotriage.conversation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Who wrote a message in a portal conversation. */
public enum Sender {
  PATIENT("patient"),
  CAREGIVER("caregiver"),
  CLINIC("clinic");

  private final String wireName;

  Sender(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in the JSON Lines format. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** True for the patient's side of the conversation (patient or caregiver). */
  public boolean isPatientSide() {
    return this != CLINIC;
  }

  /** Parses a wire name; empty when it is not one of {@code patient, caregiver, clinic}. */
  public static Optional<Sender> fromWireName(String name) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
  }
}
