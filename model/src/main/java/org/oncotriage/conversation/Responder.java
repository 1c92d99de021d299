package org.oncotriage.conversation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The responder level a conversation needs, ordered from the least to the most skilled role, so
 * that {@link #compareTo} answers "which need is more demanding".
 */
public enum Responder {
  MEDICAL_ASSISTANT("medical_assistant"),
  NURSE("nurse"),
  ONCOLOGIST("oncologist");

  private final String wireName;

  Responder(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in the JSON Lines format and the triage result. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** True when this level is strictly above {@code other}. */
  public boolean isAbove(Responder other) {
    return compareTo(other) > 0;
  }

  /** The more demanding of the two levels. */
  public static Responder max(Responder a, Responder b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Parses a wire name; empty when it is not one of the three levels. */
  public static Optional<Responder> fromWireName(String name) {
    return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
  }
}
