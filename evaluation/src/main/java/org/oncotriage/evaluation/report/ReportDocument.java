package org.oncotriage.evaluation.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A report as a sequence of blocks, written once and rendered to Markdown and to HTML, so both
 * carry the same figures. Not thread-safe while being built.
 */
final class ReportDocument {

  /** One block of the report. */
  public sealed interface Block permits Heading, Paragraph, Table, Preformatted, Image {}

  /** A section heading; level 1 is the title. */
  public record Heading(int level, String text) implements Block {}

  /** A paragraph of plain text. */
  public record Paragraph(String text) implements Block {}

  /** A table; every row has as many cells as there are headers. */
  public record Table(List<String> headers, List<List<String>> rows) implements Block {
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<String> row : rows) {
        if (row.size() != headers.size()) {
          throw new IllegalArgumentException(
              "table row has " + row.size() + " cells, headers " + headers.size());
        }
      }
    }
  }

  /** Fixed-width text, e.g. a confusion matrix's {@code toString()}. */
  public record Preformatted(String text) implements Block {}

  /** A picture, drawn only by renderers that embed pictures. */
  public record Image(String caption, Supplier<byte[]> png) implements Block {}

  private final List<Block> blocks = new ArrayList<>();

  public ReportDocument heading(int level, String text) {
    blocks.add(new Heading(level, text));
    return this;
  }

  public ReportDocument paragraph(String text) {
    blocks.add(new Paragraph(text));
    return this;
  }

  public ReportDocument table(List<String> headers, List<List<String>> rows) {
    blocks.add(new Table(headers, rows));
    return this;
  }

  public ReportDocument preformatted(String text) {
    blocks.add(new Preformatted(text));
    return this;
  }

  public ReportDocument image(String caption, Supplier<byte[]> png) {
    blocks.add(new Image(caption, Objects.requireNonNull(png, "png")));
    return this;
  }

  public List<Block> blocks() {
    return Collections.unmodifiableList(blocks);
  }
}
