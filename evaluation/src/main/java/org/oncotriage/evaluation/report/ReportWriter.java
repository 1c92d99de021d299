package org.oncotriage.evaluation.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.oncotriage.evaluation.Evaluation;
import org.oncotriage.json.Json;

/**
 * Writes {@code report.json}, {@code report.md} and a self-contained {@code report.html} into a
 * folder. Thread-safe (no state).
 */
public final class ReportWriter {

  /** The files written, in the order they are written. */
  public static final List<String> FILES = List.of("report.json", "report.md", "report.html");

  private ReportWriter() {}

  /**
   * Writes the report of {@code model}, with {@code baseline} (or {@code null}) beside it.
   *
   * @return the paths written
   */
  public static List<Path> write(Path folder, Evaluation model, Evaluation baseline)
      throws IOException {
    Files.createDirectories(folder);
    ObjectNode json = Json.mapper().createObjectNode();
    json.set("evaluation", Json.mapper().valueToTree(model));
    json.set("baseline", baseline == null ? null : Json.mapper().valueToTree(baseline));
    Path jsonFile = folder.resolve("report.json");
    Files.writeString(
        jsonFile,
        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n",
        StandardCharsets.UTF_8);
    ReportDocument document = QualityReport.build(model, baseline);
    Path md = folder.resolve("report.md");
    Files.writeString(md, MarkdownRenderer.render(document), StandardCharsets.UTF_8);
    Path html = folder.resolve("report.html");
    Files.writeString(
        html, HtmlRenderer.render(document, "OncoTriage quality report"), StandardCharsets.UTF_8);
    return List.of(jsonFile, md, html);
  }
}
