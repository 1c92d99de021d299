package org.oncotriage.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads body temperatures written as numbers: {@code 101.2}, {@code 101,2}, {@code 38.5C}, {@code
 * 102 F}, {@code 39°}. A number counts as a temperature when it carries a unit, or when the
 * sentence has a temperature cue ("temp", "fever", "running", "thermometer"). Without a unit, 93 to
 * 110 is read as Fahrenheit and 34 to 43.5 as Celsius; anything else is not a body temperature.
 * Numbers that count something ("day 100", "cycle 38") or carry another unit ("101 lbs", "162/98",
 * "100 days") are skipped; a day or week that a number follows counts the next number ("fever 101.2
 * day 10 after chemo").
 *
 * <p>Immutable and thread-safe.
 *
 * @param fahrenheitMin the fever threshold in degrees Fahrenheit, inclusive (100.4)
 * @param celsiusMin the fever threshold in degrees Celsius, inclusive (38.0)
 * @param cue temperature cues of a sentence
 * @param timing cues of chemotherapy timing, to say so in the finding
 * @param timingFinding words added to the finding when the message gives chemotherapy timing
 * @param masking fever reducers: a normal reading in a message that names one does not turn an
 *     earlier fever off, since the drug can mask it
 */
record TemperatureSpec(
    double fahrenheitMin,
    double celsiusMin,
    Pattern cue,
    Pattern timing,
    String timingFinding,
    Pattern masking) {

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\d.,/$#+:])(\\d{2,3})(?:[.,](\\d{1,2}))?(?![\\d]|[.,]\\d)"
              + "(\\s*(?:°\\s*[fc]?|(?:degrees?|deg|grados?)(?:\\s*(?:f|c|fahrenheit|celsius|centigrade|centigrados))?"
              + "|f|c|fahrenheit|celsius|centigrade)(?![a-z]))?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern OTHER_UNIT_AFTER =
      Pattern.compile(
          "\\s*(?:mg|mcg|ml|cc|%|lbs?|pounds|kg|kilos?|mm|cm|/|:|-\\d|am|pm|a\\.m|p\\.m|min|mins"
              + "|minutes?|hours?|hrs?|(?:days?|weeks?|d[ií]as?|semanas?)(?!\\s*\\d)|months?|years?"
              + "|units?|k|x|times|bpm|beats|iu|percent|dollars|horas?|meses|anos?|kilos?|libras"
              + "|minutos?|veces|pesos|por ciento)(?![a-z])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COUNTER_BEFORE =
      Pattern.compile(
          "(?:day|cycle|round|week|dose|room|number|no\\.|age|aged|bp|pressure|pulse|rate|hr|"
              + "weight|weigh|weighs|platelets?|wbc|anc|hemoglobin|hgb|count|d[ií]a|ciclo|ronda|dosis"
              + "|cuarto|habitacion|numero|edad|presion|pulso|peso|pesa|plaquetas|conteo)\\s*[:=]?\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** The unit of a reading. */
  enum Unit {
    FAHRENHEIT("F"),
    CELSIUS("C");

    private final String symbol;

    Unit(String symbol) {
      this.symbol = symbol;
    }

    String symbol() {
      return symbol;
    }
  }

  /**
   * A temperature in a text.
   *
   * @param start first character of the number
   * @param end one past the number and its unit
   * @param value the temperature in {@code unit}
   * @param unit the unit, written or inferred from the range
   * @param fever whether it is at or above the threshold of its unit
   */
  record Reading(int start, int end, double value, Unit unit, boolean fever) {

    /** The reading in words, e.g. {@code "101.2 F"}. */
    String words() {
      String number =
          value == Math.rint(value)
              ? String.valueOf((long) value)
              : String.format(Locale.ROOT, "%.1f", value);
      return number + " " + unit.symbol();
    }
  }

  TemperatureSpec {
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(timingFinding, "timingFinding");
    Objects.requireNonNull(masking, "masking");
  }

  /** The temperatures in {@code [from, to)} of {@code text}, in order. */
  List<Reading> readings(String text, int from, int to) {
    List<Reading> out = new ArrayList<>(2);
    boolean cued = ContextCues.found(cue, text, from, to);
    Matcher m = NUMBER.matcher(text).region(from, to);
    while (m.find()) {
      String unitText = m.group(3) == null ? "" : m.group(3).trim().toLowerCase(Locale.ROOT);
      if (unitText.isEmpty()) {
        if (!cued || OTHER_UNIT_AFTER.matcher(text).region(m.end(), to).lookingAt()) {
          continue;
        }
      }
      String before = text.substring(Math.max(from, m.start() - 20), m.start());
      if (COUNTER_BEFORE.matcher(before).find()) {
        continue;
      }
      double value = Double.parseDouble(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)));
      Unit unit = unitOf(unitText, value);
      if (unit == null) {
        continue;
      }
      boolean fever = unit == Unit.CELSIUS ? value >= celsiusMin : value >= fahrenheitMin;
      out.add(new Reading(m.start(), m.end(), value, unit, fever));
    }
    return out;
  }

  private static Unit unitOf(String unitText, double value) {
    boolean celsiusRange = value >= 34 && value <= 43.5;
    boolean fahrenheitRange = value >= 93 && value <= 110;
    if (unitText.endsWith("c") || unitText.contains("celsius") || unitText.contains("centigrad")) {
      return celsiusRange ? Unit.CELSIUS : null;
    }
    if (unitText.endsWith("f") || unitText.contains("fahrenheit")) {
      return fahrenheitRange ? Unit.FAHRENHEIT : null;
    }
    return celsiusRange ? Unit.CELSIUS : fahrenheitRange ? Unit.FAHRENHEIT : null;
  }
}
