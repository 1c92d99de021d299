package org.oncotriage.spark.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Responder;
import org.oncotriage.datagen.GeneratedCorpus;
import org.oncotriage.datagen.LabelMix;
import org.oncotriage.datagen.history.PortalHistory;
import org.oncotriage.evaluation.cli.PredictCommand;
import org.oncotriage.json.Json;
import org.oncotriage.json.JsonLinesWriter;
import org.oncotriage.spark.LocalSpark;
import org.oncotriage.spark.projection.GroupCounts;
import org.oncotriage.spark.projection.ProjectionJob;
import picocli.CommandLine;

/**
 * The scoring job in local mode on 300 generated conversations with a history: results equal to
 * {@code predict}'s, bad lines counted and listed, Parquet in and out, the projection's counts.
 */
class ScoringJobTest {

  static final int CONVERSATIONS = 300;

  @TempDir static Path dir;

  static SparkSession spark;
  static Path clean;
  static Map<String, String> predicted = new HashMap<>();
  static List<String> predictedLines;

  @BeforeAll
  static void startSparkAndPredict() throws IOException {
    spark = LocalSpark.session("local[2]", "oncotriage-test");
    clean = dir.resolve("history.jsonl");
    PortalHistory history = new PortalHistory(13, 3, 2, 2025);
    long[] i = {0};
    try (JsonLinesWriter out = JsonLinesWriter.create(clean)) {
      new GeneratedCorpus(13, LabelMix.DEFAULT)
          .forEach(
              CONVERSATIONS,
              g -> {
                try {
                  out.write(history.encode(g.conversation(), history.stamp(++i[0])));
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
    }
    Path results = dir.resolve("predict.jsonl");
    CommandLine predict = new CommandLine(new PredictCommand());
    predict.setErr(new PrintWriter(new StringWriter()));
    int code = predict.execute("--data", clean.toString(), "--out", results.toString());
    assertThat(code).isZero();
    predictedLines = Files.readAllLines(results, StandardCharsets.UTF_8);
    for (String line : predictedLines) {
      predicted.put(Json.mapper().readTree(line).get("id").asText(), line);
    }
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static ScoringJob.Summary score(
      Path input, ScoringJob.Format in, String output, ScoringJob.Format out, int partitions) {
    return ScoringJob.run(
        spark,
        new ScoringJob.Settings(
            input.toString(),
            in,
            dir.resolve(output).toString(),
            out,
            ExecutorTriagers.DEFAULT_MODEL,
            PredictCommand.DEFAULT_BATCH_SIZE,
            partitions,
            false));
  }

  private static List<String> partLines(String output) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve(output))) {
      for (Path part :
          files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  @Test
  void jsonLinesResultsAreByteForByteThoseOfPredictAcrossPartitionBoundaries() throws Exception {
    ScoringJob.Summary s =
        score(clean, ScoringJob.Format.JSONL, "scored-jsonl", ScoringJob.Format.JSONL, 3);
    assertThat(s.scored()).isEqualTo(CONVERSATIONS);
    assertThat(s.malformed()).isZero();
    assertThat(s.partitions()).isEqualTo(3);
    assertThat(s.modelName()).isEqualTo("oncotriage-default");
    assertThat(partLines("scored-jsonl")).isEqualTo(predictedLines);
    assertThat(ExecutorTriagers.loaded()).isEqualTo(1);
  }

  @Test
  void badLinesAreCountedAndListedWithoutTextAndTheRestIsScored() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(clean, StandardCharsets.UTF_8));
    lines.add(100, "{\"id\": \"broken\", \"messages\": [{\"from\": \"doctor\", \"text\": \"x\"}]}");
    lines.add(101, "");
    lines.add(102, "{\"id\": \"cut\", \"messages\": [{\"from\": \"patient\", \"text\": \"secret");
    Path dirty = dir.resolve("dirty.jsonl");
    Files.write(dirty, lines, StandardCharsets.UTF_8);

    ScoringJob.Summary s =
        score(dirty, ScoringJob.Format.JSONL, "scored-parquet", ScoringJob.Format.PARQUET, 0);

    assertThat(s.lines()).isEqualTo(CONVERSATIONS + 2);
    assertThat(s.malformed()).isEqualTo(2);
    assertThat(s.scored()).isEqualTo(CONVERSATIONS);
    List<String> problems = partLines("scored-parquet/_malformed");
    assertThat(problems).hasSize(2);
    assertThat(Json.mapper().readTree(problems.get(0)).get("line").asLong()).isEqualTo(101);
    assertThat(Json.mapper().readTree(problems.get(0)).get("pointer").asText())
        .isEqualTo("/messages/0/from");
    assertThat(Json.mapper().readTree(problems.get(1)).get("line").asLong()).isEqualTo(103);
    assertThat(String.join("\n", problems)).doesNotContain("secret");
    JsonNode summary = Json.mapper().readTree(dir.resolve("scored-parquet/_summary.json").toFile());
    assertThat(summary.get("malformed").asLong()).isEqualTo(2);

    List<Row> rows = spark.read().parquet(dir.resolve("scored-parquet").toString()).collectAsList();
    assertThat(rows).hasSize(CONVERSATIONS);
    for (Row row : rows) {
      JsonNode expected = Json.mapper().readTree(predicted.get(row.<String>getAs("id")));
      assertThat(row.<String>getAs("route")).isEqualTo(expected.get("route").asText());
      Row p = row.getAs("probabilities");
      assertThat(p.getDouble(0))
          .isEqualTo(expected.at("/responder/probabilities/oncologist").asDouble());
      assertThat(row.<Double>getAs("billable_probability"))
          .isEqualTo(expected.at("/billable/probability").asDouble());
      assertThat(row.<Boolean>getAs("urgent")).isEqualTo(expected.at("/urgent/flag").asBoolean());
      assertThat(row.<String>getAs("practice_id")).startsWith("practice-0");
      assertThat(row.<String>getAs("month")).matches("2025-(0[1-9]|1[0-2])");
    }
  }

  @Test
  void parquetInputScoresAsItsJsonLinesDo() throws Exception {
    String parquet = dir.resolve("history.parquet").toString();
    spark.read().json(clean.toString()).coalesce(1).write().parquet(parquet);
    ScoringJob.Summary s =
        score(
            Path.of(parquet),
            ScoringJob.Format.PARQUET,
            "from-parquet",
            ScoringJob.Format.JSONL,
            2);
    assertThat(s.scored()).isEqualTo(CONVERSATIONS);
    assertThat(partLines("from-parquet")).isEqualTo(predictedLines);
  }

  @Test
  void theProjectionCountsEveryScoredConversationInEachScope() throws Exception {
    String scored = dir.resolve("for-projection").toString();
    score(clean, ScoringJob.Format.JSONL, "for-projection", ScoringJob.Format.PARQUET, 0);
    List<GroupCounts> groups = ProjectionJob.counts(spark.read().parquet(scored));
    GroupCounts all = groups.get(0);
    assertThat(all.scope()).isEqualTo("overall");
    assertThat(all.conversations()).isEqualTo(CONVERSATIONS);
    assertThat(all.providers()).isEqualTo(6);
    long routedOncologist =
        predicted.values().stream().filter(l -> l.contains("\"route\":\"oncologist\"")).count();
    assertThat(all.routed(Responder.ONCOLOGIST)).isEqualTo(routedOncologist);
    for (String scope : List.of("practice", "month", "practice_month", "provider")) {
      assertThat(
              groups.stream()
                  .filter(g -> g.scope().equals(scope))
                  .mapToLong(GroupCounts::conversations)
                  .sum())
          .as(scope)
          .isEqualTo(CONVERSATIONS);
    }
    assertThat(groups.stream().filter(g -> g.scope().equals("practice")).count()).isEqualTo(3);
    assertThat(groups.stream().filter(g -> g.scope().equals("provider")).count()).isEqualTo(6);
  }
}
