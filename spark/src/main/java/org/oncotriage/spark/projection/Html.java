package org.oncotriage.spark.projection;

import java.util.List;
import java.util.Locale;

/** Small HTML helpers for the projection page. Stateless. */
final class Html {

  private Html() {}

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static String table(List<String> headers, List<List<String>> rows) {
    StringBuilder s = new StringBuilder("<table><thead><tr>");
    headers.forEach(h -> s.append("<th>").append(escape(h)).append("</th>"));
    s.append("</tr></thead><tbody>");
    for (List<String> row : rows) {
      s.append("<tr>");
      row.forEach(c -> s.append("<td>").append(escape(c)).append("</td>"));
      s.append("</tr>");
    }
    return s.append("</tbody></table>").toString();
  }

  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  static String pct(Estimate e) {
    if (e == null) {
      return "";
    }
    return e.hasInterval()
        ? String.format(
            Locale.ROOT, "%.1f%% [%.1f, %.1f]", e.point() * 100, e.low() * 100, e.high() * 100)
        : pct(e.point());
  }

  static String num(Double v, int decimals) {
    return v == null ? "" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  static String num(Estimate e, int decimals) {
    if (e == null) {
      return "";
    }
    String f = "%,." + decimals + "f";
    return e.hasInterval()
        ? String.format(Locale.ROOT, f + " [" + f + ", " + f + "]", e.point(), e.low(), e.high())
        : String.format(Locale.ROOT, f, e.point());
  }
}
