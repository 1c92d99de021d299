package org.oncotriage.spark.score;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.oncotriage.evaluation.cli.PredictCommand;
import org.oncotriage.spark.LocalSpark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code score}: one triage result per conversation of a history, on Spark. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores conversations (JSON Lines or Parquet of the LABELING.md shape, optional practice_id,"
          + " provider_id, month) on Apache Spark and writes one triage result per conversation.",
      "Bad lines are counted and listed in OUTPUT/_malformed (line, field, reason; no text);"
          + " OUTPUT/_summary.json holds the counts and the time."
    })
public final class ScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, description = "Conversations: a file or folder.")
  String input;

  @Option(
      names = "--input-format",
      description =
          "jsonl or parquet (default: parquet for a path ending in .parquet, else jsonl).")
  String inputFormat;

  @Option(names = "--output", required = true, description = "Folder to write.")
  String output;

  @Option(
      names = "--format",
      defaultValue = "parquet",
      description =
          "parquet (columns for the projection) or jsonl (predict's lines); default ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = "--model",
      description = "Model directory as the executors see it; default: the bundled model.")
  String model;

  @Option(
      names = "--master",
      description = "Spark master (default: spark-submit's, else local[*]).")
  String master;

  @Option(
      names = "--batch-size",
      defaultValue = "" + PredictCommand.DEFAULT_BATCH_SIZE,
      description =
          "Conversations per triageBatch call, as predict's --batch-size (${DEFAULT-VALUE}): the"
              + " same value gives predict's results.")
  int batchSize;

  @Option(
      names = "--partitions",
      defaultValue = "0",
      description =
          "Scoring partitions (default: one per 10,000 conversations, a multiple of the cores).")
  int partitions;

  @Option(names = "--overwrite", description = "Replace an existing output folder.")
  boolean overwrite;

  @Override
  public Integer call() {
    ScoringJob.Settings settings =
        new ScoringJob.Settings(
            input,
            parseFormat("--input-format", inputFormat, input),
            output,
            parseFormat("--format", format, null),
            model == null ? ExecutorTriagers.DEFAULT_MODEL : model,
            batchSize,
            partitions,
            overwrite);
    SparkSession spark = LocalSpark.session(master, "oncotriage-score");
    try {
      ScoringJob.Summary s = ScoringJob.run(spark, settings);
      spec.commandLine()
          .getOut()
          .println(
              String.format(
                  Locale.ROOT,
                  "scored %d conversations (%d malformed lines skipped) into %s in %.1f s, %.0f"
                      + " conversations/s on %d partitions (%s %s)",
                  s.scored(),
                  s.malformed(),
                  output,
                  s.seconds(),
                  s.conversationsPerSecond(),
                  s.partitions(),
                  s.modelName(),
                  s.modelVersion()));
      return 0;
    } finally {
      spark.stop();
    }
  }

  static ScoringJob.Format parseFormat(String option, String value, String path) {
    if (value == null) {
      return path.toLowerCase(Locale.ROOT).endsWith(".parquet")
          ? ScoringJob.Format.PARQUET
          : ScoringJob.Format.JSONL;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "parquet" -> ScoringJob.Format.PARQUET;
      case "jsonl" -> ScoringJob.Format.JSONL;
      default ->
          throw new IllegalArgumentException(
              option + " must be parquet or jsonl, received " + value);
    };
  }
}
