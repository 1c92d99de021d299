package org.oncotriage.calibration;

/** Argument checks of the calibration maps, with messages that name the values. */
final class Checks {

  private Checks() {}

  /** The item count, after checking it is positive and matches the truth's. */
  static int items(Object[] sources, int truthLength) {
    if (sources.length == 0 || sources.length != truthLength) {
      throw new IllegalArgumentException(
          "calibration needs one label per item, received items="
              + sources.length
              + ", labels="
              + truthLength);
    }
    return sources.length;
  }

  static void finite(String name, double... values) {
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(name + " must be finite, received " + v);
      }
    }
  }

  static void width(double[] values, int expected, int index) {
    if (values.length != expected) {
      throw new IllegalArgumentException(
          "item " + index + " has " + values.length + " values, expected " + expected);
    }
  }
}
