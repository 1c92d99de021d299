package org.oncotriage.datagen.noise;

import java.util.SplittableRandom;

/**
 * How a writer writes, drawn once per conversation and the same way for every label, so that the
 * way of writing never tells who must answer. {@link #SPANISH} is not a transform: it marks a
 * conversation written from the Spanish intents, which the picker chooses at one rate for every
 * label bucket.
 */
public enum Register {
  /** As composed, with the writer's {@link Noise.Style}. */
  PLAIN,
  /** Speech-to-text: spoken punctuation, no capitals, a run-on date of birth. */
  DICTATED,
  /** Phone shorthand: "u", "pls", "2moro", no apostrophes or full stops. */
  TEXT_SPEAK,
  /** English as a second language: dropped articles, question order, verb agreement. */
  NON_NATIVE,
  /** English with Spanish frame words, greetings and asides. */
  MIXED_SPANISH,
  /** Written in Spanish (from the Spanish intents). */
  SPANISH;

  /** Share of conversations written in each transform register (the rest are plain). */
  static final double DICTATED_SHARE = 0.05;

  static final double TEXT_SPEAK_SHARE = 0.05;
  static final double NON_NATIVE_SHARE = 0.06;
  static final double MIXED_SPANISH_SHARE = 0.04;

  /** Draws the register of an English conversation; never {@link #SPANISH}. */
  public static Register draw(SplittableRandom rng) {
    double x = rng.nextDouble();
    if ((x -= DICTATED_SHARE) < 0) {
      return DICTATED;
    }
    if ((x -= TEXT_SPEAK_SHARE) < 0) {
      return TEXT_SPEAK;
    }
    if ((x -= NON_NATIVE_SHARE) < 0) {
      return NON_NATIVE;
    }
    if ((x -= MIXED_SPANISH_SHARE) < 0) {
      return MIXED_SPANISH;
    }
    return PLAIN;
  }
}
