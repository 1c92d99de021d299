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
import org.oncotriage.evaluation.FakeTriager;
import org.oncotriage.evaluation.LabeledLines;
import org.oncotriage.evaluation.ReportFixtures;
import org.oncotriage.json.Json;
import org.oncotriage.triage.Triager;
import picocli.CommandLine;

class EvaluationCliTest {

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    ModelLoader fake =
        new ModelLoader() {
          @Override
          public Triager loadDefault() {
            return new FakeTriager("fake-default", ReportFixtures.answers());
          }

          @Override
          public Triager load(Path directory) {
            return new FakeTriager("fake-" + directory.getFileName(), ReportFixtures.answers());
          }
        };
    CommandLine cli = EvaluationCli.commandLine(fake);
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void evaluateWritesPredictionsWithTruthAndTheThreeReportFiles() throws Exception {
    Path data = ReportFixtures.data(dir);
    Path out = dir.resolve("out");
    int code =
        run("evaluate", "--data", data.toString(), "--out", out.toString(), "--bootstrap", "50");
    assertThat(code).as(err.toString()).isZero();
    List<String> predictions = Files.readAllLines(out.resolve("predictions.jsonl"));
    assertThat(predictions).hasSize(5);
    JsonNode first = Json.mapper().readTree(predictions.get(0));
    assertThat(first.get("id").asText()).isEqualTo("a");
    assertThat(first.get("route").asText()).isEqualTo("medical_assistant");
    assertThat(first.at("/truth/responder").asText()).isEqualTo("medical_assistant");
    assertThat(first.toString()).doesNotContain("appointment");
    assertThat(out.resolve("report.json")).exists();
    assertThat(out.resolve("report.md")).exists();
    assertThat(out.resolve("report.html")).exists();
    JsonNode report = Json.mapper().readTree(out.resolve("report.json").toFile());
    assertThat(report.at("/evaluation/model/name").asText()).isEqualTo("fake-default");
    assertThat(report.at("/evaluation/route/confusion_matrix/rows").asText()).isEqualTo("truth");
  }

  @Test
  void evaluateUsesTheNamedModelDirectory() throws Exception {
    Path data = ReportFixtures.data(dir);
    Path out = dir.resolve("out");
    run(
        "evaluate",
        "--data",
        data.toString(),
        "--out",
        out.toString(),
        "--model",
        "m7",
        "--bootstrap",
        "20");
    JsonNode report = Json.mapper().readTree(out.resolve("report.json").toFile());
    assertThat(report.at("/evaluation/model/name").asText()).isEqualTo("fake-m7");
  }

  @Test
  void aBadLineFailsWithOneLineNamingFileAndLine() throws Exception {
    Path data =
        LabeledLines.write(
            dir, "bad.jsonl", List.of(ReportFixtures.lines().get(0), "{\"id\": \"x\", broken"));
    int code = run("evaluate", "--data", data.toString(), "--out", dir.resolve("out").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip())
        .doesNotContain("\n")
        .contains("bad.jsonl:2")
        .contains("not valid JSON");
  }

  @Test
  void aMissingDataFileFailsWithOneLine() {
    int code =
        run("evaluate", "--data", dir.resolve("none.jsonl").toString(), "--out", dir.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo("oncotriage-evaluation: no such data file: " + dir.resolve("none.jsonl"));
  }

  @Test
  void aMissingRequiredOptionIsAUsageError() {
    assertThat(run("evaluate", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--data").contains("(see --help)");
    assertThat(err.toString().strip().lines()).hasSize(1);
    err.getBuffer().setLength(0);
    assertThat(run("compare", "--no-such-option")).isEqualTo(2);
    assertThat(err.toString().strip().lines()).hasSize(1);
  }

  @Test
  void modelBaselineWithoutTrainingDataIsRefused() throws Exception {
    Path data = ReportFixtures.data(dir);
    int code =
        run("evaluate", "--data", data.toString(), "--out", dir.toString(), "--model-baseline");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("--model-baseline needs --baseline-train FILE");
  }

  @Test
  void compareWritesAPairedComparison() throws Exception {
    Path data = ReportFixtures.data(dir);
    Path out = dir.resolve("cmp");
    int code =
        run(
            "compare",
            "--a",
            "m1",
            "--b",
            "m2",
            "--data",
            data.toString(),
            "--out",
            out.toString(),
            "--bootstrap",
            "50");
    assertThat(code).as(err.toString()).isZero();
    JsonNode comparison = Json.mapper().readTree(out.resolve("comparison.json").toFile());
    assertThat(comparison.at("/mc_nemar/exact_p").asDouble()).isEqualTo(1.0);
    assertThat(comparison.get("conversations").asInt()).isEqualTo(5);
  }

  @Test
  void hugeSizesAreRefusedInOneLineNamingTheOptionBeforeAnyWork() throws Exception {
    Path data = ReportFixtures.data(dir);
    Path out = dir.resolve("never");
    String[][] refused = {
      {"evaluate", "--batch-size", "2147483647", "--batch-size must be in [1, 4096]"},
      {"evaluate", "--batch-size", "0", "--batch-size must be in [1, 4096]"},
      {"evaluate", "--bins", "2147483647", "--bins must be in [1, 1000]"},
      {"evaluate", "--bootstrap", "2147483647", "--bootstrap must be in [1, 100000]"},
      {"compare", "--batch-size", "2147483647", "--batch-size must be in [1, 4096]"},
      {"compare", "--bootstrap", "2147483647", "--bootstrap must be in [1, 100000]"},
    };
    for (String[] option : refused) {
      err.getBuffer().setLength(0);
      String[] args =
          option[0].equals("evaluate")
              ? new String[] {"evaluate", "--data", data.toString(), "--out", out.toString()}
              : new String[] {
                "compare",
                "--a",
                "m1",
                "--b",
                "m2",
                "--data",
                data.toString(),
                "--out",
                out.toString()
              };
      String[] all = java.util.Arrays.copyOf(args, args.length + 2);
      all[args.length] = option[1];
      all[args.length + 1] = option[2];
      String what = String.join(" ", option[0], option[1], option[2]);
      assertThat(run(all)).as(what).isEqualTo(1);
      assertThat(err.toString().strip())
          .as(what)
          .isEqualTo("oncotriage-evaluation: " + option[3] + ", received " + option[2]);
      assertThat(out).as(what).doesNotExist();
    }
  }

  @Test
  void dataWithoutConversationsFailsInOneLineAndWritesNothing() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\n  \n\n");
    Path invalid =
        LabeledLines.write(
            dir,
            "invalid.jsonl",
            List.of("{\"id\":\"u\",\"messages\":[{\"from\":\"patient\",\"text\":\"secret\"}]}"));
    Path out = dir.resolve("out");
    for (Path data : List.of(empty, blank)) {
      for (String command : List.of("evaluate", "compare")) {
        err.getBuffer().setLength(0);
        int code =
            command.equals("evaluate")
                ? run("evaluate", "--data", data.toString(), "--out", out.toString())
                : run(
                    "compare",
                    "--a",
                    "m1",
                    "--b",
                    "m2",
                    "--data",
                    data.toString(),
                    "--out",
                    out.toString());
        assertThat(code).as(command + " " + data).isEqualTo(1);
        assertThat(err.toString().strip())
            .as(command + " " + data)
            .isEqualTo("oncotriage-evaluation: " + data + " holds no conversations");
        assertThat(out).as(command + " " + data).doesNotExist();
      }
    }
    err.getBuffer().setLength(0);
    int code =
        run("evaluate", "--data", invalid.toString(), "--out", out.toString(), "--skip-invalid");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo(
            "oncotriage-evaluation: "
                + invalid
                + " holds no conversations (1 invalid lines skipped)")
        .doesNotContain("secret");
    assertThat(out).doesNotExist();
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(p -> p.getFileName().toString().contains(".partial-"))).isEmpty();
    }
  }

  @Test
  void aNonFiniteReimbursementIsRefusedLikeANegativeOne() throws Exception {
    Path data = ReportFixtures.data(dir);
    Path out = dir.resolve("out");
    for (String reimbursement : List.of("-1", "NaN", "Infinity")) {
      err.getBuffer().setLength(0);
      int code =
          run(
              "evaluate",
              "--data",
              data.toString(),
              "--out",
              out.toString(),
              "--reimbursement",
              reimbursement);
      assertThat(code).as(reimbursement).isEqualTo(1);
      assertThat(err.toString().strip().lines()).as(reimbursement).hasSize(1);
      assertThat(err.toString()).as(reimbursement).contains("must be finite and >= 0");
      assertThat(out).as(reimbursement).doesNotExist();
    }
  }

  @Test
  void compareNamesADirectoryGivenAsDataOrBaselineTrainingFile() throws Exception {
    Path data = ReportFixtures.data(dir);
    Path folder = Files.createDirectories(dir.resolve("folder"));
    assertThat(run("compare", "--a", "m1", "--b", "m2", "--data", folder.toString())).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo(
            "oncotriage-evaluation: the data file "
                + folder
                + " is a directory, not a JSON Lines file");
    err.getBuffer().setLength(0);
    int code =
        run(
            "compare",
            "--a",
            "m1",
            "--b-baseline-train",
            folder.toString(),
            "--data",
            data.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo(
            "oncotriage-evaluation: the baseline training file "
                + folder
                + " is a directory, not a JSON Lines file");
  }
}
