package org.oncotriage.triage;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.oncotriage.conversation.Responder;

/**
 * A probability for each responder level; the three sum to 1 (within rounding).
 *
 * @param oncologist probability that the conversation needs an oncologist
 * @param nurse probability that a nurse is the right level
 * @param medicalAssistant probability that a medical assistant is the right level
 */
@JsonPropertyOrder({"oncologist", "nurse", "medical_assistant"})
public record ResponderProbabilities(double oncologist, double nurse, double medicalAssistant) {

  public ResponderProbabilities {
    double sum = oncologist + nurse + medicalAssistant;
    if (oncologist < 0 || nurse < 0 || medicalAssistant < 0 || Math.abs(sum - 1.0) > 1e-3) {
      throw new IllegalArgumentException(
          "responder probabilities must be non-negative and sum to 1, received oncologist="
              + oncologist
              + ", nurse="
              + nurse
              + ", medical_assistant="
              + medicalAssistant);
    }
  }

  /**
   * Builds from an array indexed by {@link Responder#ordinal()} (medical assistant, nurse,
   * oncologist).
   */
  public static ResponderProbabilities fromOrdinalArray(double[] byOrdinal) {
    if (byOrdinal.length != Responder.values().length) {
      throw new IllegalArgumentException(
          "expected " + Responder.values().length + " probabilities, received " + byOrdinal.length);
    }
    return new ResponderProbabilities(
        byOrdinal[Responder.ONCOLOGIST.ordinal()],
        byOrdinal[Responder.NURSE.ordinal()],
        byOrdinal[Responder.MEDICAL_ASSISTANT.ordinal()]);
  }

  /**
   * The three probabilities indexed by {@link Responder#ordinal()} (medical assistant, nurse,
   * oncologist): the inverse of {@link #fromOrdinalArray}.
   */
  public double[] toOrdinalArray() {
    double[] byOrdinal = new double[Responder.values().length];
    for (Responder r : Responder.values()) {
      byOrdinal[r.ordinal()] = of(r);
    }
    return byOrdinal;
  }

  /**
   * These probabilities divided by their sum, taken in {@link Responder#ordinal()} order, so that
   * they sum to 1 up to double rounding (a network's softmax in float sums to 1 only up to float
   * rounding).
   */
  ResponderProbabilities normalized() {
    double[] p = toOrdinalArray();
    double sum = 0;
    for (double v : p) {
      sum += v;
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return fromOrdinalArray(p);
  }

  /** The probability of one level. */
  public double of(Responder level) {
    return switch (level) {
      case ONCOLOGIST -> oncologist;
      case NURSE -> nurse;
      case MEDICAL_ASSISTANT -> medicalAssistant;
    };
  }

  /** The probability that the conversation needs {@code level} or a higher one. */
  public double atLeast(Responder level) {
    double total = 0;
    for (Responder r : Responder.values()) {
      if (r.compareTo(level) >= 0) {
        total += of(r);
      }
    }
    return total;
  }

  /** The most likely level; ties go to the higher level. */
  @JsonIgnore
  public Responder mostLikely() {
    Responder best = Responder.ONCOLOGIST;
    for (Responder r : new Responder[] {Responder.NURSE, Responder.MEDICAL_ASSISTANT}) {
      if (of(r) > of(best)) {
        best = r;
      }
    }
    return best;
  }
}
