package org.oncotriage.datagen.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;

/**
 * How often each clinical term occurs in the patient-side text of each responder level, and which
 * terms predict the level by themselves. A term's lean is the total-variation distance between the
 * level mix of the conversations that name it and the level mix of all conversations: 0 when naming
 * the term says nothing about the level, 1 when it decides it. A term is flagged when it occurs in
 * at least {@code minSupport} conversations, leans at least {@code minDistance}, and the level it
 * leans to is not the one the labeling policy ties its kind to ({@link ClinicalTerms#POLICY_TIED}).
 * Counts are per conversation (a term named twice counts once). Not thread-safe: accumulate with
 * {@link #add}, then read.
 */
public final class TermStats {

  private static final Responder[] LEVELS = Responder.values();

  private final ClinicalTerms terms;
  private final long[][] counts;
  private final long[] base = new long[LEVELS.length];
  private long conversations;

  public TermStats(ClinicalTerms terms) {
    this.terms = terms;
    this.counts = new long[terms.terms().size()][LEVELS.length];
  }

  /** Counts the terms of one labeled conversation; unlabeled ones are skipped. */
  public void add(Conversation conversation) {
    if (conversation.labels() == null) {
      return;
    }
    int level = conversation.labels().responder().ordinal();
    conversations++;
    base[level]++;
    StringBuilder text = new StringBuilder();
    for (Message m : conversation.messages()) {
      if (m.from() != Sender.CLINIC) {
        text.append(ClinicalTerms.normalize(m.text()));
      }
    }
    String t = text.toString();
    List<ClinicalTerms.Term> list = terms.terms();
    for (int k = 0; k < list.size(); k++) {
      if (t.contains(" " + list.get(k).term() + " ")) {
        counts[k][level]++;
      }
    }
  }

  /**
   * One term's figures.
   *
   * @param term the term and its kind
   * @param byLevel conversations naming it, per level
   * @param total conversations naming it
   * @param distance total-variation distance of its level mix from the overall mix, in [0, 1]
   * @param leansTo the level whose share rises most above its overall share
   * @param lift that level's share among the term's conversations over its overall share
   * @param policyTied whether the policy ties the term's kind to {@code leansTo}
   */
  public record Row(
      ClinicalTerms.Term term,
      Map<Responder, Long> byLevel,
      long total,
      double distance,
      Responder leansTo,
      double lift,
      boolean policyTied) {

    /** Share of the term's conversations at {@code level}, in [0, 1]. */
    public double share(Responder level) {
      return total == 0 ? 0 : byLevel.getOrDefault(level, 0L) / (double) total;
    }
  }

  public long conversations() {
    return conversations;
  }

  /** Overall share of {@code level}, in [0, 1]. */
  public double baseShare(Responder level) {
    return conversations == 0 ? 0 : base[level.ordinal()] / (double) conversations;
  }

  /** Every term seen at least once, most leaning first. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    List<ClinicalTerms.Term> list = terms.terms();
    for (int k = 0; k < list.size(); k++) {
      long total = 0;
      for (long c : counts[k]) {
        total += c;
      }
      if (total == 0) {
        continue;
      }
      Map<Responder, Long> byLevel = new EnumMap<>(Responder.class);
      double distance = 0;
      Responder leans = LEVELS[0];
      double bestRise = Double.NEGATIVE_INFINITY;
      for (Responder level : LEVELS) {
        long c = counts[k][level.ordinal()];
        byLevel.put(level, c);
        double share = c / (double) total;
        double rise = share - baseShare(level);
        distance += Math.abs(rise) / 2;
        if (rise > bestRise) {
          bestRise = rise;
          leans = level;
        }
      }
      double lift =
          baseShare(leans) == 0
              ? 0
              : (counts[k][leans.ordinal()] / (double) total) / baseShare(leans);
      boolean tied = ClinicalTerms.POLICY_TIED.get(list.get(k).kind()) == leans;
      rows.add(new Row(list.get(k), byLevel, total, distance, leans, lift, tied));
    }
    rows.sort(Comparator.comparingDouble(Row::distance).reversed().thenComparing(Row::total));
    return rows;
  }

  /** The rows that predict the level beyond the policy: enough support, lean, and not tied. */
  public List<Row> flagged(long minSupport, double minDistance) {
    return rows().stream()
        .filter(r -> r.total() >= minSupport && r.distance() >= minDistance && !r.policyTied())
        .toList();
  }

  /**
   * The mean lean of the terms with at least {@code minSupport} conversations, each weighted by its
   * conversations (policy-tied terms left out): one figure for "how much do clinical words alone
   * tell the level".
   */
  public double weightedMeanDistance(long minSupport) {
    double sum = 0;
    long weight = 0;
    for (Row r : rows()) {
      if (r.total() >= minSupport && !r.policyTied()) {
        sum += r.distance() * r.total();
        weight += r.total();
      }
    }
    return weight == 0 ? 0 : sum / weight;
  }

  /** The report: the overall mix, the summary, and the {@code top} most leaning terms. */
  public String report(long minSupport, double minDistance, int top) {
    StringBuilder out = new StringBuilder();
    List<Row> rows = rows();
    List<Row> flagged = flagged(minSupport, minDistance);
    out.append(
        String.format(
            Locale.ROOT,
            "clinical terms: %d known, %d seen in %d labeled conversations (patient-side text)%n",
            terms.terms().size(),
            rows.size(),
            conversations));
    out.append(
        String.format(
            Locale.ROOT,
            "overall: oncologist %.1f%%, nurse %.1f%%, medical_assistant %.1f%%%n",
            100 * baseShare(Responder.ONCOLOGIST),
            100 * baseShare(Responder.NURSE),
            100 * baseShare(Responder.MEDICAL_ASSISTANT)));
    out.append(
        String.format(
            Locale.ROOT,
            "terms predicting the level by themselves (>= %d conversations, lean >= %.2f, not"
                + " tied by the policy): %d; weighted mean lean %.3f%n",
            minSupport,
            minDistance,
            flagged.size(),
            weightedMeanDistance(minSupport)));
    out.append(
        String.format(
            Locale.ROOT,
            "%-28s %-13s %7s %7s %7s %7s %6s  %s%n",
            "term",
            "kind",
            "convs",
            "onc",
            "nurse",
            "ma",
            "lean",
            "leans to (lift)"));
    rows.stream()
        .filter(r -> r.total() >= minSupport)
        .limit(top)
        .forEach(
            r ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "%-28s %-13s %7d %6.1f%% %6.1f%% %6.1f%% %6.3f  %s (%.2f)%s%n",
                        r.term().term(),
                        r.term().kind(),
                        r.total(),
                        100 * r.share(Responder.ONCOLOGIST),
                        100 * r.share(Responder.NURSE),
                        100 * r.share(Responder.MEDICAL_ASSISTANT),
                        r.distance(),
                        r.leansTo().wireName(),
                        r.lift(),
                        r.policyTied() ? " policy" : r.distance() >= minDistance ? " FLAG" : "")));
    return out.toString();
  }
}
