package org.oncotriage.spark.projection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.oncotriage.spark.LocalSpark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code project}: the workload and value projection of a scored history. */
@Command(
    name = "project",
    mixinStandardHelpOptions = true,
    description = {
      "Projects workload and value from scored history (score's Parquet output): per practice,"
          + " month, provider and overall. Writes projection.csv, projection.parquet and"
          + " projection.html into --out."
    })
public final class ProjectCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--scores", required = true, description = "score's Parquet output.")
  String scores;

  @Option(names = "--out", required = true, description = "Folder to write (created or replaced).")
  String out;

  @Option(
      names = "--evaluation",
      description = "report.json of `evaluate`: intervals from the model's measured error rates.")
  Path evaluation;

  @Option(
      names = "--working-days",
      defaultValue = "250",
      description = "Working days a year (default ${DEFAULT-VALUE}).")
  int workingDays;

  @Option(
      names = "--providers",
      defaultValue = "0",
      description = "Providers of the whole history when the scores name none.")
  int providers;

  @Option(
      names = "--period-months",
      defaultValue = "12",
      description = "Months the history covers when the scores name no month (${DEFAULT-VALUE}).")
  int periodMonths;

  @Option(
      names = "--rate",
      defaultValue = "25",
      description = "Payment per billed conversation (default ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--currency", defaultValue = "USD", description = "Currency (${DEFAULT-VALUE}).")
  String currency;

  @Option(
      names = "--avoided-copay",
      description = "Co-payment a patient avoids per billable conversation answered online.")
  Double avoidedCopay;

  @Option(
      names = "--master",
      description = "Spark master (default: spark-submit's, else local[*]).")
  String master;

  @Override
  public Integer call() throws IOException {
    Projection.Settings settings =
        new Projection.Settings(
            workingDays,
            providers,
            periodMonths,
            rate,
            currency,
            avoidedCopay,
            evaluation == null ? null : ErrorRates.read(evaluation));
    SparkSession spark = LocalSpark.session(master, "oncotriage-project");
    try {
      List<ProjectionRow> rows = new ArrayList<>();
      for (GroupCounts g : ProjectionJob.counts(spark.read().parquet(scores))) {
        rows.add(Projection.of(g, settings));
      }
      if (rows.isEmpty() || rows.get(0).conversations() == 0) {
        spec.commandLine().getErr().println("error: " + scores + " holds no scored conversation");
        return 1;
      }
      ProjectionJob.frame(spark, rows)
          .coalesce(1)
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(out + "/projection.parquet");
      write(spark, "projection.csv", csv(rows));
      write(spark, "projection.html", ProjectionPage.render(rows, settings, scores));
      ProjectionRow all = rows.get(0);
      spec.commandLine()
          .getOut()
          .printf(
              "projected %d groups of %d conversations into %s (routed to oncologist %.1f%%,"
                  + " delegable %.1f%%, billable found %.0f, urgent %.1f%%)%n",
              rows.size(),
              all.conversations(),
              out,
              all.routedOncologistShare() * 100,
              all.delegableShare() * 100,
              all.billableFound().point(),
              all.urgentFlaggedShare() * 100);
      return 0;
    } finally {
      spark.stop();
    }
  }

  private void write(SparkSession spark, String name, String content) throws IOException {
    org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(out, name);
    FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
    fs.setWriteChecksum(false); // no .crc file beside a file that people read
    try (OutputStream o = fs.create(file, true)) {
      o.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The rows as CSV (RFC 4180), {@link ProjectionRow#columns()} as the header. */
  static String csv(List<ProjectionRow> rows) {
    StringBuilder s = new StringBuilder();
    s.append(String.join(",", rows.get(0).columns().keySet())).append('\n');
    for (ProjectionRow r : rows) {
      Map<String, Object> c = r.columns();
      s.append(c.values().stream().map(ProjectCommand::cell).collect(Collectors.joining(",")));
      s.append('\n');
    }
    return s.toString();
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    return text.contains(",") || text.contains("\"") || text.contains("\n")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }
}
