package org.oncotriage.spark.projection;

import java.util.Objects;
import org.oncotriage.conversation.Responder;
import org.oncotriage.evaluation.workload.WorkloadAssumptions;
import org.oncotriage.evaluation.workload.WorkloadEstimate;

/**
 * Projects what routing means for one group of a scored history. The per-provider arithmetic is the
 * quality report's ({@link WorkloadEstimate}): the group's conversations are annualized (times 12
 * over the months it covers, to whole conversations) and spread over its providers and {@code
 * workingDaysPerYear}; without routing every conversation reaches an oncology provider's queue.
 *
 * <p>With {@link ErrorRates} the model's decisions become estimates of the truth: conversations
 * needing an oncologist = sum over routes of (conversations with that route) x (share of that route
 * labeled oncologist in the evaluation); truly billable = flagged x positive predictive value + not
 * flagged x false omission rate; urgent likewise. The 95% interval puts every such share at the
 * bound of its Wilson interval at once, so it is conservative. Without error rates the figures are
 * the model's own counts (most likely level for the need), without intervals. Thread-safe.
 */
public final class Projection {

  /**
   * The practice's parameters.
   *
   * @param workingDaysPerYear clinic days a year (250 in the quality report)
   * @param providers providers of the whole history when the scores name none; 0 if unknown
   * @param periodMonths months a group covers when the scores name no month (12: a year)
   * @param reimbursementPerBillable payment per billed conversation
   * @param currency ISO code of the payment
   * @param avoidedCopay the co-payment a patient avoids per billable conversation handled online
   *     instead of at a visit; null when not given
   * @param rates measured error rates, or null for point estimates
   */
  public record Settings(
      int workingDaysPerYear,
      int providers,
      int periodMonths,
      double reimbursementPerBillable,
      String currency,
      Double avoidedCopay,
      ErrorRates rates) {
    public Settings {
      if (workingDaysPerYear < 1 || providers < 0 || periodMonths < 1) {
        throw new IllegalArgumentException(
            "needs workingDaysPerYear >= 1, providers >= 0 and periodMonths >= 1, received "
                + workingDaysPerYear
                + ", "
                + providers
                + ", "
                + periodMonths);
      }
      if (reimbursementPerBillable < 0 || (avoidedCopay != null && avoidedCopay < 0)) {
        throw new IllegalArgumentException("rates of payment must be >= 0");
      }
      Objects.requireNonNull(currency, "currency");
    }

    /** The quality report's defaults: 250 working days, USD 25 a billed conversation. */
    public static Settings defaults() {
      WorkloadAssumptions kpnc = WorkloadAssumptions.KPNC_DEFAULTS;
      return new Settings(
          kpnc.workingDaysPerYear(),
          0,
          12,
          kpnc.reimbursementPerBillable(),
          kpnc.currency(),
          null,
          null);
    }
  }

  private Projection() {}

  /** Projects one group. */
  public static ProjectionRow of(GroupCounts g, Settings s) {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(s, "s");
    long n = g.conversations();
    long months = g.months() > 0 ? g.months() : s.periodMonths();
    long providers =
        g.providers() > 0 ? g.providers() : ("overall".equals(g.scope()) ? s.providers() : 0);
    ErrorRates rates = s.rates();
    Estimate needsOncologist =
        rates == null ? Estimate.point(g.level(Responder.ONCOLOGIST)) : need(g, rates);
    Estimate underTriaged = rates == null ? null : underTriaged(g, rates);
    Estimate billableFound =
        rates == null
            ? Estimate.point(g.billableLikely())
            : atBounds(rates.billable().positivePredictive(), g.billableLikely());
    Estimate billableTrue =
        rates == null
            ? Estimate.point(g.billableLikely())
            : truth(rates.billable(), g.billableLikely(), n);
    Estimate urgentTrue =
        rates == null ? Estimate.point(g.urgent()) : truth(rates.urgent(), g.urgent(), n);
    double share = n == 0 ? 0 : 1.0 / n;

    WorkloadEstimate w =
        WorkloadEstimate.of(
            new WorkloadAssumptions(
                Math.round(n * 12.0 / months),
                (int) Math.max(1, providers),
                s.workingDaysPerYear(),
                s.reimbursementPerBillable(),
                s.currency()),
            g.routed(Responder.ONCOLOGIST) * share,
            needsOncologist.point() * share,
            underTriaged == null ? 0 : underTriaged.point() * share,
            billableFound.point() * share,
            billableTrue.point() * share);
    boolean perProvider = providers > 0;
    Estimate idealPerDay =
        perProvider && n > 0
            ? needsOncologist.times(w.perProviderPerDayIdeal() / needsOncologist.point())
            : null;
    if (perProvider && n > 0 && needsOncologist.point() == 0) {
      idealPerDay = Estimate.point(0);
    }
    return new ProjectionRow(
        g.scope(),
        g.practiceId(),
        g.month(),
        g.providerId(),
        n,
        perProvider ? providers : null,
        months,
        s.workingDaysPerYear() * months / 12.0,
        perProvider ? w.perProviderPerDayBefore() : null,
        perProvider ? w.perProviderPerDayAfter() : null,
        idealPerDay,
        g.routed(Responder.ONCOLOGIST) * share,
        g.routed(Responder.NURSE) * share,
        g.routed(Responder.MEDICAL_ASSISTANT) * share,
        g.level(Responder.ONCOLOGIST) * share,
        g.level(Responder.NURSE) * share,
        g.level(Responder.MEDICAL_ASSISTANT) * share,
        (g.routed(Responder.NURSE) + g.routed(Responder.MEDICAL_ASSISTANT)) * share,
        needsOncologist.times(share),
        underTriaged == null ? null : underTriaged.times(share),
        g.billableLikely(),
        billableFound,
        billableFound.times(s.reimbursementPerBillable()),
        billableTrue,
        w.billableValuePerYear(),
        s.avoidedCopay() == null ? null : billableFound.times(s.avoidedCopay()),
        s.currency(),
        g.urgent() * share,
        urgentTrue.times(share),
        rates != null);
  }

  /** Conversations needing an oncologist: routes weighted by the share of each labeled so. */
  private static Estimate need(GroupCounts g, ErrorRates rates) {
    double point = 0;
    double low = 0;
    double high = 0;
    for (Responder route : Responder.values()) {
      Wilson.Share q = rates.truthGivenRoute(Responder.ONCOLOGIST, route);
      long c = g.routed(route);
      point += c * q.point();
      low += c * q.low();
      high += c * q.high();
    }
    return new Estimate(point, low, high);
  }

  /** Conversations routed below their true level: routes weighted by the share labeled above. */
  private static Estimate underTriaged(GroupCounts g, ErrorRates rates) {
    double point = 0;
    double low = 0;
    double high = 0;
    for (Responder route : Responder.values()) {
      long above = 0;
      long column = 0;
      for (Responder truth : Responder.values()) {
        long c = rates.truthGivenRoute(truth, route).successes();
        column += c;
        if (truth.isAbove(route)) {
          above += c;
        }
      }
      Wilson.Share q = new Wilson.Share(above, column);
      long c = g.routed(route);
      point += c * q.point();
      low += c * q.low();
      high += c * q.high();
    }
    return new Estimate(point, low, high);
  }

  private static Estimate atBounds(Wilson.Share q, long count) {
    return new Estimate(count * q.point(), count * q.low(), count * q.high());
  }

  /** Flagged x positive predictive value + not flagged x false omission rate. */
  private static Estimate truth(ErrorRates.Binary rates, long flagged, long n) {
    Wilson.Share ppv = rates.positivePredictive();
    Wilson.Share omission = rates.falseOmission();
    long rest = n - flagged;
    return new Estimate(
        flagged * ppv.point() + rest * omission.point(),
        flagged * ppv.low() + rest * omission.low(),
        flagged * ppv.high() + rest * omission.high());
  }
}
