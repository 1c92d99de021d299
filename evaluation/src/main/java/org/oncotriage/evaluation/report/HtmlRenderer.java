package org.oncotriage.evaluation.report;

import java.util.Base64;
import java.util.regex.Pattern;
import org.oncotriage.evaluation.report.ReportDocument.Block;
import org.oncotriage.evaluation.report.ReportDocument.Heading;
import org.oncotriage.evaluation.report.ReportDocument.Image;
import org.oncotriage.evaluation.report.ReportDocument.Paragraph;
import org.oncotriage.evaluation.report.ReportDocument.Preformatted;
import org.oncotriage.evaluation.report.ReportDocument.Table;

/**
 * Renders a {@link ReportDocument} as one self-contained HTML page: inline CSS, pictures embedded
 * as base64 PNG data URIs, no scripts and no external resources, so it opens offline.
 */
final class HtmlRenderer {

  private static final String STYLE =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;"
          + "max-width:1100px;margin:2em auto;padding:0 1em;color:#1b1f24;line-height:1.45}"
          + "h1{border-bottom:2px solid #2171b5}h2{margin-top:1.8em;border-bottom:1px solid #ccd}"
          + "table{border-collapse:collapse;margin:.6em 0}"
          + "th,td{border:1px solid #ccd;padding:.25em .6em;text-align:left}"
          + "th{background:#eef3fa}td.num{text-align:right;white-space:nowrap}"
          + "pre{background:#f6f8fa;padding:.6em;overflow-x:auto}"
          + "figure{display:inline-block;margin:.5em 1em .5em 0;vertical-align:top}"
          + "figcaption{font-size:.9em;color:#555;text-align:center}";

  /** Cells that hold a figure (right aligned): 0.83, 83.1%, 1,234, USD 25, intervals, n/a. */
  private static final Pattern NUMBER =
      Pattern.compile("(?:[A-Z]{3} )?[-+]?[\\d.,]+%?(?: \\[[^\\]]*\\])?(?: / [\\d.,]+%?)?|n/a");

  private HtmlRenderer() {}

  static String render(ReportDocument document, String title) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n");
    for (Block block : document.blocks()) {
      if (block instanceof Heading h) {
        out.append("<h")
            .append(h.level())
            .append('>')
            .append(escape(h.text()))
            .append("</h")
            .append(h.level())
            .append(">");
      } else if (block instanceof Paragraph p) {
        out.append("<p>").append(escape(p.text())).append("</p>");
      } else if (block instanceof Preformatted p) {
        out.append("<pre>").append(escape(p.text())).append("</pre>");
      } else if (block instanceof Image i) {
        out.append("<figure><img alt=\"")
            .append(escape(i.caption()))
            .append("\" src=\"data:image/png;base64,")
            .append(Base64.getEncoder().encodeToString(i.png().get()))
            .append("\"><figcaption>")
            .append(escape(i.caption()))
            .append("</figcaption></figure>");
      } else if (block instanceof Table t) {
        table(out, t);
      }
      out.append('\n');
    }
    return out.append("</body></html>\n").toString();
  }

  private static void table(StringBuilder out, Table t) {
    out.append("<table><thead><tr>");
    t.headers().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
    out.append("</tr></thead><tbody>");
    for (var row : t.rows()) {
      out.append("<tr>");
      row.forEach(
          c ->
              out.append(NUMBER.matcher(c).matches() ? "<td class=\"num\">" : "<td>")
                  .append(escape(c))
                  .append("</td>"));
      out.append("</tr>");
    }
    out.append("</tbody></table>");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
