package org.oncotriage.spark.score;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.oncotriage.json.Json;
import scala.Tuple2;

/**
 * The scoring job: reads conversations (JSON Lines, or Parquet rows of the same shape), checks each
 * line with the project's codec, numbers the good ones in input order, moves each batch of {@code
 * batchSize} consecutive conversations whole into one partition ({@link BatchPartitioner}), scores
 * the partitions with {@link BatchScorer} and writes one result per conversation.
 *
 * <p>A bad line never stops the job: it is counted and written to {@code OUTPUT/_malformed} as
 * {@code {"line", "pointer", "reason"}} (no text). {@code OUTPUT/_summary.json} holds the counts,
 * the model and the time. Both start with an underscore, so Spark's readers skip them.
 *
 * <p>The checked lines are cached (memory, then the executors' local disks) between the counting
 * pass and the scoring pass; they hold message text, like Spark's shuffle files.
 */
public final class ScoringJob {

  /** Output formats. */
  public enum Format {
    PARQUET,
    JSONL
  }

  /**
   * What to score and where to write.
   *
   * @param input a JSON Lines file or folder, or Parquet (by {@code inputFormat})
   * @param inputFormat the input's format
   * @param output the folder to write
   * @param format the output's format
   * @param model a model directory as executors see it, or {@link ExecutorTriagers#DEFAULT_MODEL}
   * @param batchSize conversations per triageBatch call (predict's default: {@link
   *     org.oncotriage.evaluation.cli.PredictCommand#DEFAULT_BATCH_SIZE})
   * @param partitions scoring partitions; 0 for one per 10,000 conversations, rounded up to a
   *     multiple of the default parallelism
   * @param overwrite whether to replace an existing output
   */
  public record Settings(
      String input,
      Format inputFormat,
      String output,
      Format format,
      String model,
      int batchSize,
      int partitions,
      boolean overwrite) {
    public Settings {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(inputFormat, "inputFormat");
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(model, "model");
      if (batchSize < 1 || partitions < 0) {
        throw new IllegalArgumentException(
            "needs batchSize >= 1 and partitions >= 0, received batchSize="
                + batchSize
                + ", partitions="
                + partitions);
      }
    }
  }

  /**
   * What a run did.
   *
   * @param lines non-blank input lines (or rows)
   * @param malformed lines that break the format, skipped
   * @param scored conversations scored and written
   * @param partitions scoring partitions
   * @param seconds wall time of the whole job
   * @param scoringSeconds time inside {@code triageBatch}, summed over task threads
   * @param modelName the model's name
   * @param modelVersion the model's version
   */
  public record Summary(
      long lines,
      long malformed,
      long scored,
      int partitions,
      double seconds,
      double scoringSeconds,
      String modelName,
      String modelVersion) {

    /** Conversations scored per second of wall time. */
    public double conversationsPerSecond() {
      return seconds > 0 ? scored / seconds : 0;
    }
  }

  /** Conversations per scoring partition when the partitions are not given. */
  static final long CONVERSATIONS_PER_PARTITION = 10_000;

  private ScoringJob() {}

  /** Runs the job on {@code spark}. */
  public static Summary run(SparkSession spark, Settings s) {
    long start = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<String> text =
        s.inputFormat() == Format.PARQUET
            ? spark.read().parquet(s.input()).toJSON().javaRDD()
            : sc.textFile(s.input());
    String source = s.input();
    JavaRDD<DecodedLine> decoded =
        text.zipWithIndex()
            .map(t -> LineDecoder.decode(t._1(), t._2() + 1, source))
            .filter(Objects::nonNull)
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      JavaPairRDD<DecodedLine, Long> numbered = decoded.filter(DecodedLine::valid).zipWithIndex();
      long lines = decoded.count();
      long conversations = numbered.count();
      int partitions =
          s.partitions() > 0
              ? s.partitions()
              : defaultPartitions(conversations, sc.defaultParallelism());
      LongAccumulator scored = sc.sc().longAccumulator("conversations scored");
      LongAccumulator nanos = sc.sc().longAccumulator("nanoseconds in triageBatch");
      CollectionAccumulator<String> models = sc.sc().collectionAccumulator("models");
      boolean jsonLines = s.format() == Format.JSONL;
      JavaRDD<Row> rows =
          numbered
              .mapToPair(t -> new Tuple2<>(t._2(), t._1()))
              .repartitionAndSortWithinPartitions(
                  new BatchPartitioner(partitions, s.batchSize(), conversations))
              .mapPartitions(
                  new BatchScorer(
                      s.model(), source, s.batchSize(), jsonLines, scored, nanos, models));
      Dataset<Row> results =
          spark.createDataFrame(rows, jsonLines ? ResultRows.JSON_LINES : ResultRows.SCHEMA);
      SaveMode mode = s.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      if (jsonLines) {
        results.write().mode(mode).text(s.output());
      } else {
        results.write().mode(mode).parquet(s.output());
      }
      long malformed = lines - conversations;
      if (malformed > 0) {
        JavaRDD<Row> problems =
            decoded.filter(d -> !d.valid()).map(d -> RowFactory.create(problemJson(d)));
        spark
            .createDataFrame(problems, ResultRows.JSON_LINES)
            .coalesce(1)
            .write()
            .mode(SaveMode.Overwrite)
            .text(s.output() + "/_malformed");
      }
      String model = models.value().isEmpty() ? "none" : models.value().get(0);
      Summary summary =
          new Summary(
              lines,
              malformed,
              scored.value(),
              partitions,
              (System.nanoTime() - start) / 1e9,
              nanos.value() / 1e9,
              model.substring(0, Math.max(0, model.indexOf(' '))),
              model.substring(model.indexOf(' ') + 1));
      writeSummary(sc, s.output(), summary);
      return summary;
    } finally {
      decoded.unpersist(false);
    }
  }

  /**
   * One partition per {@value #CONVERSATIONS_PER_PARTITION} conversations, rounded up to a whole
   * number of waves of {@code cores} tasks, so that no core idles through a last, lone task.
   */
  static int defaultPartitions(long conversations, int cores) {
    long wanted = (conversations + CONVERSATIONS_PER_PARTITION - 1) / CONVERSATIONS_PER_PARTITION;
    long waves = Math.max(1, (wanted + cores - 1) / cores);
    return (int) Math.min(Integer.MAX_VALUE, waves * cores);
  }

  private static String problemJson(DecodedLine d) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("line", d.line());
    node.put("pointer", d.pointer());
    node.put("reason", d.reason());
    return node.toString();
  }

  private static void writeSummary(JavaSparkContext sc, String output, Summary summary) {
    Path file = new Path(output, "_summary.json");
    try {
      FileSystem fs = file.getFileSystem(sc.hadoopConfiguration());
      fs.setWriteChecksum(false); // no .crc file beside a file that people read
      try (OutputStream out = fs.create(file, true)) {
        ObjectNode node = Json.mapper().valueToTree(summary);
        node.put("conversations_per_second", summary.conversationsPerSecond());
        out.write(
            Json.mapper()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(node)
                .getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
