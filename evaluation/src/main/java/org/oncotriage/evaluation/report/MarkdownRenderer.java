package org.oncotriage.evaluation.report;

import org.oncotriage.evaluation.report.ReportDocument.Block;
import org.oncotriage.evaluation.report.ReportDocument.Heading;
import org.oncotriage.evaluation.report.ReportDocument.Image;
import org.oncotriage.evaluation.report.ReportDocument.Paragraph;
import org.oncotriage.evaluation.report.ReportDocument.Preformatted;
import org.oncotriage.evaluation.report.ReportDocument.Table;

/** Renders a {@link ReportDocument} as GitHub-flavoured Markdown; pictures are named, not drawn. */
final class MarkdownRenderer {

  private MarkdownRenderer() {}

  static String render(ReportDocument document) {
    StringBuilder out = new StringBuilder();
    for (Block block : document.blocks()) {
      if (block instanceof Heading h) {
        out.append("#".repeat(h.level())).append(' ').append(h.text());
      } else if (block instanceof Paragraph p) {
        out.append(p.text());
      } else if (block instanceof Preformatted p) {
        out.append("```\n").append(p.text().stripTrailing()).append("\n```");
      } else if (block instanceof Image i) {
        out.append("_Chart: ").append(i.caption()).append(" (in report.html)._");
      } else if (block instanceof Table t) {
        table(out, t);
      }
      out.append("\n\n");
    }
    return out.toString();
  }

  private static void table(StringBuilder out, Table t) {
    out.append("| ")
        .append(String.join(" | ", t.headers().stream().map(MarkdownRenderer::cell).toList()))
        .append(" |\n");
    out.append("|").append(" --- |".repeat(t.headers().size()));
    for (var row : t.rows()) {
      out.append("\n| ")
          .append(String.join(" | ", row.stream().map(MarkdownRenderer::cell).toList()))
          .append(" |");
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
