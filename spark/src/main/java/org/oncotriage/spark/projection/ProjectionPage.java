package org.oncotriage.spark.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The projection as one self-contained HTML page for a practice manager: inline SVG charts and
 * tables, no scripts and nothing fetched. Stateless.
 */
public final class ProjectionPage {

  /** The KPNC study's labeled shares (oncologist, nurse, medical assistant; billable). */
  static final double[] KPNC_LEVELS = {0.268, 0.382, 0.284};

  static final double KPNC_BILLABLE = 0.244;

  private ProjectionPage() {}

  /**
   * @param rows the projection, overall row first
   * @param settings what the projection assumed
   * @param scoresPath the scored history it was made from
   */
  public static String render(
      List<ProjectionRow> rows, Projection.Settings settings, String scoresPath) {
    ProjectionRow all = rows.get(0);
    List<ProjectionRow> practices = scope(rows, "practice");
    List<ProjectionRow> months = scope(rows, "month");
    List<ProjectionRow> providers = scope(rows, "provider");
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>OncoTriage: workload and value projection</title><style>")
        .append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}")
        .append("table{border-collapse:collapse;margin:1em 0;font-size:13px}")
        .append("td,th{border:1px solid #ccc;padding:3px 7px;text-align:right}")
        .append("th{background:#f2f2f2}td:first-child{text-align:left}")
        .append(".note{color:#555;font-size:13px}</style></head><body>");
    h.append("<h1>Portal workload and value projection</h1>");
    h.append("<p class=\"note\">From ")
        .append(Html.escape(scoresPath))
        .append(": ")
        .append(String.format(Locale.ROOT, "%,d", all.conversations()))
        .append(" conversations over ")
        .append(all.months())
        .append(" months. Working days: ")
        .append(settings.workingDaysPerYear())
        .append(" a year. Payment per billed conversation: ")
        .append(Html.num(settings.reimbursementPerBillable(), 2))
        .append(' ')
        .append(Html.escape(settings.currency()))
        .append(
            settings.avoidedCopay() == null
                ? ""
                : "; avoided co-payment: " + Html.num(settings.avoidedCopay(), 2))
        .append(". ")
        .append(
            settings.rates() == null
                ? "Point estimates: no evaluation report was given, so the model's decisions are"
                    + " taken as they are."
                : "Intervals (95%, conservative) come from the model's measured error rates in "
                    + Html.escape(settings.rates().source())
                    + ".")
        .append(" Without routing, every conversation reaches an oncology provider's queue.</p>");

    h.append("<h2>The whole history beside the KPNC study</h2>");
    h.append(
        Html.table(
            List.of(
                "",
                "model's most likely level",
                "route (after safety)",
                "estimated need",
                "KPNC (labeled)"),
            List.of(
                List.of(
                    "oncologist",
                    Html.pct(all.levelOncologistShare()),
                    Html.pct(all.routedOncologistShare()),
                    Html.pct(all.needsOncologistShare()),
                    Html.pct(KPNC_LEVELS[0])),
                List.of(
                    "nurse",
                    Html.pct(all.levelNurseShare()),
                    Html.pct(all.routedNurseShare()),
                    "",
                    Html.pct(KPNC_LEVELS[1])),
                List.of(
                    "medical assistant",
                    Html.pct(all.levelMedicalAssistantShare()),
                    Html.pct(all.routedMedicalAssistantShare()),
                    "",
                    Html.pct(KPNC_LEVELS[2])),
                List.of(
                    "billable",
                    Html.pct(all.billableLikely() / (double) Math.max(1, all.conversations())),
                    "",
                    Html.pct(all.billableTrue().times(1.0 / Math.max(1, all.conversations()))),
                    Html.pct(KPNC_BILLABLE)),
                List.of(
                    "urgent",
                    Html.pct(all.urgentFlaggedShare()),
                    "",
                    Html.pct(all.urgentShare()),
                    ""))));

    List<ProjectionRow> bars = new ArrayList<>(practices);
    bars.add(all);
    List<String> names = bars.stream().map(r -> r == all ? "all" : r.practiceId()).toList();
    Double[][] perDay = new Double[bars.size()][];
    double[][] shares = new double[bars.size()][];
    for (int i = 0; i < bars.size(); i++) {
      ProjectionRow r = bars.get(i);
      perDay[i] =
          new Double[] {
            r.oncologistTodayPerProviderDay(),
            r.oncologistRoutedPerProviderDay(),
            r.oncologistNeededPerProviderDay() == null
                ? null
                : r.oncologistNeededPerProviderDay().point()
          };
      shares[i] =
          new double[] {
            r.routedOncologistShare(), r.routedNurseShare(), r.routedMedicalAssistantShare()
          };
    }
    h.append("<h2>Oncologist workload</h2>");
    if (all.providers() == null) {
      h.append(
          "<p class=\"note\">The scores name no providers and none were given (--providers):"
              + " no per-provider figures.</p>");
    } else {
      h.append(
          Svg.groupedBars(
              "Conversations per provider per working day needing an oncologist",
              names,
              List.of("today (all)", "with routing", "estimated need"),
              perDay,
              "%.1f"));
    }
    h.append(
        Svg.stackedShares(
            "Where conversations go with routing",
            names,
            List.of("oncologist", "nurse", "medical assistant"),
            shares));
    if (!months.isEmpty()) {
      Double[][] perMonth = new Double[months.size()][];
      for (int i = 0; i < months.size(); i++) {
        perMonth[i] = new Double[] {(double) months.get(i).conversations()};
      }
      h.append(
          Svg.groupedBars(
              "Conversations a month",
              months.stream().map(ProjectionRow::month).toList(),
              List.of("conversations"),
              perMonth,
              "%,.0f"));
    }

    h.append("<h2>By practice</h2>");
    h.append(table(bars, true));
    if (!months.isEmpty()) {
      h.append("<h2>By month</h2>").append(table(months, false));
    }
    if (!providers.isEmpty()) {
      h.append("<h2>By provider</h2>")
          .append(table(providers.subList(0, Math.min(200, providers.size())), false));
      if (providers.size() > 200) {
        h.append("<p class=\"note\">The first 200 providers; projection.csv has them all.</p>");
      }
    }
    h.append(
        "<p class=\"note\">Estimated need and truly billable weigh each decision by how often"
            + " the model was right about it in the evaluation; the interval puts every such rate at"
            + " the edge of its 95% Wilson interval at once. The page holds no message text.</p>");
    return h.append("</body></html>\n").toString();
  }

  private static List<ProjectionRow> scope(List<ProjectionRow> rows, String scope) {
    return rows.stream().filter(r -> r.scope().equals(scope)).toList();
  }

  private static String table(List<ProjectionRow> rows, boolean practiceNames) {
    List<List<String>> body = new ArrayList<>();
    for (ProjectionRow r : rows) {
      String name =
          switch (r.scope()) {
            case "overall" -> "all";
            case "practice" -> r.practiceId();
            case "month" -> r.month();
            case "provider" -> r.providerId();
            default -> r.practiceId() + " " + r.month();
          };
      body.add(
          List.of(
              name,
              String.format(Locale.ROOT, "%,d", r.conversations()),
              r.providers() == null ? "" : Long.toString(r.providers()),
              Html.num(r.oncologistTodayPerProviderDay(), 1),
              Html.num(r.oncologistRoutedPerProviderDay(), 1),
              Html.num(r.oncologistNeededPerProviderDay(), 1),
              Html.pct(r.delegableShare()),
              Html.pct(r.needsOncologistShare()),
              Html.num(r.billableFound(), 0),
              Html.num(r.billableValue(), 0),
              Html.num(r.avoidedCopay(), 0),
              Html.pct(r.urgentShare())));
    }
    return Html.table(
        List.of(
            practiceNames ? "practice" : "group",
            "conversations",
            "providers",
            "oncologist / provider / day today",
            "with routing",
            "estimated need",
            "delegable",
            "needing an oncologist",
            "billable found",
            "value",
            "avoided co-pay",
            "urgent"),
        body);
  }
}
