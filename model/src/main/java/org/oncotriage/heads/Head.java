package org.oncotriage.heads;

import java.util.List;
import java.util.Objects;

/**
 * One output head of the triage network, as everything that depends on the heads reads it: the
 * network (the size of its output layer), the scorer (how its logits become probabilities), the
 * training loss (the head's weight) and the artifact's {@code labels.json}. The heads themselves
 * are listed in {@link Heads}. Immutable.
 *
 * @param name the head's name: the network's {@code <name>_head} block, and its entry in {@code
 *     labels.json}
 * @param activation how its logits become probabilities
 * @param classes for a {@link Activation#SOFTMAX} head, its classes (wire names) in output order;
 *     empty for a {@link Activation#SIGMOID} head, whose one unit is the probability of {@code
 *     name}
 * @param lossWeight the head's weight in the training loss; positive
 */
public record Head(String name, Activation activation, List<String> classes, double lossWeight) {

  /** How a head's logits become probabilities. */
  public enum Activation {
    /** Softmax over the head's units: one probability per class, summing to 1. */
    SOFTMAX,
    /** Logistic sigmoid of the head's one unit: the probability of a yes/no label. */
    SIGMOID
  }

  public Head {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(activation, "activation");
    classes = List.copyOf(classes);
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException(
          "a head name must be lower-case snake_case, received '" + name + "'");
    }
    if (activation == Activation.SOFTMAX && classes.size() < 2) {
      throw new IllegalArgumentException(
          "softmax head " + name + " needs at least 2 classes, received " + classes);
    }
    if (activation == Activation.SIGMOID && !classes.isEmpty()) {
      throw new IllegalArgumentException(
          "sigmoid head " + name + " has one unit and no classes, received " + classes);
    }
    if (!(lossWeight > 0) || Double.isInfinite(lossWeight)) {
      throw new IllegalArgumentException(
          "loss weight of head " + name + " must be positive, received " + lossWeight);
    }
  }

  /** A softmax head over {@code classes}. */
  static Head softmax(String name, List<String> classes, double lossWeight) {
    return new Head(name, Activation.SOFTMAX, classes, lossWeight);
  }

  /** A sigmoid head: one unit, the probability of {@code name}. */
  static Head sigmoid(String name, double lossWeight) {
    return new Head(name, Activation.SIGMOID, List.of(), lossWeight);
  }

  /** The number of outputs (logits) per conversation: the classes of a softmax head, else 1. */
  public int units() {
    return activation == Activation.SOFTMAX ? classes.size() : 1;
  }
}
