package org.oncotriage.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.evaluation.LabeledLines;
import org.oncotriage.evaluation.ReportFixtures;
import org.oncotriage.json.Json;
import picocli.CommandLine;

/** {@code predict} on the evaluation command line, with the bundled model. */
class PredictCommandTest {

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = EvaluationCli.commandLine(ModelLoader.TRIAGE_MODELS);
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void writesOneResultPerConversationInOrderAndReportsFiguresForLabeledInput() throws Exception {
    Path data = ReportFixtures.data(dir);
    Path out = dir.resolve("results.jsonl");
    int code = run("predict", "--data", data.toString(), "--out", out.toString());
    assertThat(code).as(err.toString()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(5);
    JsonNode first = Json.mapper().readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("a");
    assertThat(first.at("/responder/probabilities").size()).isEqualTo(3);
    assertThat(first.at("/model/name").asText()).isEqualTo("oncotriage-default");
    assertThat(err.toString()).contains("wrote 5 results").contains("responder_macro_f1");
    assertThat(err.toString()).contains("model heads alone");
  }

  @Test
  void batchesScoredOnSeveralThreadsAreWrittenInInputOrderWithTheSameBytes() throws Exception {
    Path data = ReportFixtures.data(dir);
    Path one = dir.resolve("one.jsonl");
    Path three = dir.resolve("three.jsonl");
    String[] common = {"predict", "--data", data.toString(), "--batch-size", "2", "--out"};
    assertThat(run(concat(common, one.toString(), "--threads", "1"))).as(err.toString()).isZero();
    assertThat(run(concat(common, three.toString(), "--threads", "3"))).as(err.toString()).isZero();
    assertThat(Files.readAllBytes(three)).isEqualTo(Files.readAllBytes(one));
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void aBadInputLineGivesOneLineNamingFileAndLine() throws Exception {
    Path data =
        LabeledLines.write(
            dir, "bad.jsonl", List.of(ReportFixtures.lines().get(0), "{\"id\": \"x\", broken"));
    int code =
        run("predict", "--data", data.toString(), "--out", dir.resolve("o.jsonl").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString()).contains(data + ":2");
  }

  @Test
  void aMissingModelDirectoryGivesOneLine() throws Exception {
    Path data = ReportFixtures.data(dir);
    int code =
        run(
            "predict",
            "--data",
            data.toString(),
            "--out",
            dir.resolve("o.jsonl").toString(),
            "--model",
            dir.resolve("no-such-model").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString()).contains("no-such-model");
  }

  @Test
  void aHugeBatchSizeIsRefusedInOneLineBeforeTheModelLoads() throws Exception {
    Path data = ReportFixtures.data(dir);
    Path out = dir.resolve("o.jsonl");
    int code =
        run(
            "predict",
            "--data",
            data.toString(),
            "--out",
            out.toString(),
            "--batch-size",
            "2147483647");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo("error: --batch-size must be in [1, 4096], received 2147483647");
    assertThat(out).doesNotExist();
  }

  @Test
  void threadsAndTheRejectedFileAreCheckedAndNamedBeforeTheModelLoads() throws Exception {
    Path data = ReportFixtures.data(dir);
    Path out = dir.resolve("o.jsonl");
    String[][] refused = {
      {"--threads", "100000", "error: --threads must be in [1, 256], received 100000"},
      {"--threads", "0", "error: --threads must be in [1, 256], received 0"},
      {"--rejected", dir.resolve("r.jsonl").toString(), "give --skip-invalid too"},
    };
    for (String[] option : refused) {
      err.getBuffer().setLength(0);
      int code =
          run("predict", "--data", data.toString(), "--out", out.toString(), option[0], option[1]);
      assertThat(code).as(option[0]).isEqualTo(1);
      assertThat(err.toString().strip().lines()).hasSize(1);
      assertThat(err.toString()).contains(option[2]);
      assertThat(out).doesNotExist();
    }

    Path kept = Files.writeString(dir.resolve("kept.rejected.jsonl"), "keep");
    err.getBuffer().setLength(0);
    int code =
        run(
            "predict",
            "--data",
            data.toString(),
            "--out",
            out.toString(),
            "--skip-invalid",
            "--rejected",
            kept.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith("error: --rejected ").contains("exists; pass --force");
    assertThat(kept).hasContent("keep");
    assertThat(out).doesNotExist();
  }
}
