package org.oncotriage.feedback;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.oncotriage.conversation.Responder;

/**
 * Agreement between the service's routes and clinicians' decisions, over feedback rows: overall, by
 * the level the clinician decided, and by the model version that answered. Under- and over-triage
 * are as judged by the clinicians (the route below or above the clinician's level); {@code
 * urgent_missed} counts conversations a clinician called urgent that the service did not flag.
 * Immutable once built by {@link #of}.
 *
 * @param overall every feedback row
 * @param byLevel by the clinician's level (wire names)
 * @param byModelVersion by the version of the model that answered
 */
@JsonPropertyOrder({"overall", "by_level", "by_model_version"})
public record AgreementSummary(
    Counts overall,
    @JsonProperty("by_level") Map<String, Counts> byLevel,
    @JsonProperty("by_model_version") Map<String, Counts> byModelVersion) {

  public AgreementSummary {
    byLevel = Map.copyOf(byLevel);
    byModelVersion = Map.copyOf(byModelVersion);
  }

  /** The summary of some feedback. */
  public static AgreementSummary of(Iterable<Feedback> feedback) {
    Tally tally = new Tally();
    feedback.forEach(tally::add);
    return tally.summary();
  }

  /** Counts feedback one at a time, for exports that stream. Not thread-safe. */
  public static final class Tally {
    private Counts overall = Counts.ZERO;
    private final Map<String, Counts> byLevel = new TreeMap<>();
    private final Map<String, Counts> byVersion = new TreeMap<>();

    /** Counts one feedback. */
    public void add(Feedback f) {
      overall = overall.plus(f);
      byLevel.merge(f.labels().responder().wireName(), Counts.ZERO.plus(f), Counts::sum);
      byVersion.merge(f.triage().modelVersion(), Counts.ZERO.plus(f), Counts::sum);
    }

    /** The summary so far; every level is present, with zeros when no feedback named it. */
    public AgreementSummary summary() {
      Map<String, Counts> levels = new TreeMap<>(byLevel);
      for (Responder level : Responder.values()) {
        levels.putIfAbsent(level.wireName(), Counts.ZERO);
      }
      return new AgreementSummary(overall, levels, new TreeMap<>(byVersion));
    }
  }

  /** A short table for a terminal. */
  public String toText() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "%-48s %7s %9s %7s %7s %14s%n",
            "",
            "n",
            "agree",
            "under",
            "over",
            "urgent missed"));
    row(s, "overall", overall);
    byLevel.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> row(s, "clinician level " + e.getKey(), e.getValue()));
    byModelVersion.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> row(s, "model " + e.getKey(), e.getValue()));
    return s.toString();
  }

  private static void row(StringBuilder s, String name, Counts c) {
    String label = name.length() > 48 ? name.substring(0, 47) + "~" : name;
    s.append(
        String.format(
            Locale.ROOT,
            "%-48s %7d %8.1f%% %7d %7d %14d%n",
            label,
            c.total(),
            100 * c.agreementRate(),
            c.underTriage(),
            c.overTriage(),
            c.urgentMissed()));
  }

  /**
   * Counts over some feedback.
   *
   * @param total feedback rows
   * @param agree rows whose route was the clinician's level
   * @param underTriage rows routed below the clinician's level
   * @param overTriage rows routed above it
   * @param urgentMissed rows a clinician called urgent that the service did not flag
   */
  @JsonPropertyOrder({
    "total",
    "agree",
    "under_triage",
    "over_triage",
    "urgent_missed",
    "agreement_rate",
    "under_triage_rate",
    "over_triage_rate"
  })
  public record Counts(
      long total,
      long agree,
      @JsonProperty("under_triage") long underTriage,
      @JsonProperty("over_triage") long overTriage,
      @JsonProperty("urgent_missed") long urgentMissed) {

    static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

    Counts plus(Feedback f) {
      Verdict v = f.verdict();
      return new Counts(
          total + 1,
          agree + (v == Verdict.AGREE ? 1 : 0),
          underTriage + (v == Verdict.UNDER_TRIAGE ? 1 : 0),
          overTriage + (v == Verdict.OVER_TRIAGE ? 1 : 0),
          urgentMissed + (f.labels().urgent() && !f.triage().urgent() ? 1 : 0));
    }

    static Counts sum(Counts a, Counts b) {
      return new Counts(
          a.total + b.total,
          a.agree + b.agree,
          a.underTriage + b.underTriage,
          a.overTriage + b.overTriage,
          a.urgentMissed + b.urgentMissed);
    }

    /** Share of rows in agreement; 0 without rows. */
    @JsonProperty("agreement_rate")
    public double agreementRate() {
      return rate(agree);
    }

    /** Share of rows under-triaged; 0 without rows. */
    @JsonProperty("under_triage_rate")
    public double underTriageRate() {
      return rate(underTriage);
    }

    /** Share of rows over-triaged; 0 without rows. */
    @JsonProperty("over_triage_rate")
    public double overTriageRate() {
      return rate(overTriage);
    }

    private double rate(long n) {
      return total == 0 ? 0 : (double) n / total;
    }
  }
}
