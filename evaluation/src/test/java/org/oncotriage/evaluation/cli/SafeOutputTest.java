package org.oncotriage.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.evaluation.FakeTriager;
import org.oncotriage.evaluation.LabeledLines;
import org.oncotriage.evaluation.ReportFixtures;
import org.oncotriage.io.Sha256;
import org.oncotriage.json.Json;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.Triager;
import picocli.CommandLine;

/**
 * Issue 14, item 6: {@code predict --data F --out F} emptied F and exited 0; an existing output was
 * overwritten without a word; a failed or interrupted run left a partial file; one bad line stopped
 * the whole run; training data was evaluated without a warning. {@code compare --out} overwrote
 * comparison.json, also when it was the --data file.
 */
class SafeOutputTest {

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();
  private String trainingSha256 = "";
  private String practiceSha256 = "";

  private int run(String... args) {
    ModelLoader fake =
        new ModelLoader() {
          @Override
          public Triager loadDefault() {
            return withTrainingData(new FakeTriager("fake-default", ReportFixtures.answers()));
          }

          @Override
          public Triager load(Path directory) {
            return loadDefault();
          }
        };
    CommandLine cli =
        EvaluationCli.commandLine(args[0].equals("predict") ? ModelLoader.TRIAGE_MODELS : fake);
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  /** The fake, stating {@link #trainingSha256} as its training data's hash. */
  private Triager withTrainingData(FakeTriager fake) {
    ModelDescription d = fake.description();
    ObjectNode provenance = JsonNodeFactory.instance.objectNode();
    provenance
        .putObject("training_data")
        .put("file_name", "train.jsonl")
        .put("sha256", trainingSha256);
    provenance
        .putObject("adaptation")
        .putObject("practice_data")
        .put("file_name", "practice.jsonl")
        .put("sha256", practiceSha256);
    ModelDescription stated =
        new ModelDescription(
            d.name(), d.version(), d.labels(), d.thresholds(), provenance, d.validationMetrics());
    return new Triager() {
      @Override
      public TriageResult triage(Conversation conversation) {
        return fake.triage(conversation);
      }

      @Override
      public List<TriageResult> triageBatch(List<Conversation> conversations) {
        return fake.triageBatch(conversations);
      }

      @Override
      public ModelDescription description() {
        return stated;
      }

      @Override
      public void close() {}
    };
  }

  private List<Path> partials() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().contains(".partial-")).toList();
    }
  }

  @Test
  void predictRefusesToWriteOverItsInput() throws Exception {
    Path data = ReportFixtures.data(dir);
    byte[] before = Files.readAllBytes(data);
    int code = run("predict", "--data", data.toString(), "--out", data.toString(), "--force");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("is the input file");
    assertThat(Files.readAllBytes(data)).isEqualTo(before);
  }

  @Test
  void predictRefusesAnExistingOutputWithoutForce() throws Exception {
    Path data = ReportFixtures.data(dir);
    Path out = Files.writeString(dir.resolve("results.jsonl"), "earlier results\n");
    int code = run("predict", "--data", data.toString(), "--out", out.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString()).contains("exists; pass --force");
    assertThat(Files.readString(out)).isEqualTo("earlier results\n");
  }

  @Test
  void aFailedPredictLeavesNoOutputAndNoPartialFile() throws Exception {
    Path data =
        LabeledLines.write(
            dir, "bad.jsonl", List.of(ReportFixtures.lines().get(0), "{\"id\": \"x\", broken"));
    Path out = dir.resolve("o.jsonl");
    assertThat(run("predict", "--data", data.toString(), "--out", out.toString())).isEqualTo(1);
    assertThat(out).doesNotExist();
    assertThat(partials()).isEmpty();
  }

  @Test
  void aDirectoryOrAMissingFileAsDataIsNamedInOneLine() {
    assertThat(run("predict", "--data", dir.toString(), "--out", dir.resolve("o").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("is a directory");
    assertThat(
            run(
                "predict",
                "--data",
                dir.resolve("none.jsonl").toString(),
                "--out",
                dir.resolve("o").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("no such data file");
  }

  @Test
  void predictSkipsInvalidLinesAndListsThemByLineAndReason() throws Exception {
    List<String> good = ReportFixtures.lines();
    byte[] notUtf8 = good.get(1).getBytes(StandardCharsets.UTF_8);
    notUtf8[notUtf8.length - 10] = (byte) 0xFF;
    String content =
        good.get(0)
            + "\n"
            + new String(notUtf8, StandardCharsets.ISO_8859_1)
            + "\n{\"messages\":[{\"from\":\"a nurse wrote this\",\"text\":\"x\"}]}\n"
            + good.get(2)
            + "\n";
    Path data =
        Files.write(dir.resolve("mixed.jsonl"), content.getBytes(StandardCharsets.ISO_8859_1));
    Path out = dir.resolve("o.jsonl");
    int code = run("predict", "--data", data.toString(), "--out", out.toString(), "--skip-invalid");
    assertThat(code).as(err.toString()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(2);
    List<String> rejected = Files.readAllLines(dir.resolve("o.jsonl.rejected.jsonl"));
    assertThat(rejected).hasSize(2);
    JsonNode first = Json.mapper().readTree(rejected.get(0));
    assertThat(first.get("line").asInt()).isEqualTo(2);
    assertThat(first.get("reason").asText()).isEqualTo("invalid UTF-8");
    JsonNode second = Json.mapper().readTree(rejected.get(1));
    assertThat(second.get("line").asInt()).isEqualTo(3);
    assertThat(second.get("pointer").asText()).isEqualTo("/messages/0/from");
    assertThat(String.join("\n", rejected)).doesNotContain("nurse wrote");
    assertThat(err.toString()).contains("skipped 2 invalid lines");
  }

  @Test
  void evaluateRefusesReportFilesAlreadyThereWithoutForceAndReplacesThemWithIt() throws Exception {
    Path data = ReportFixtures.data(dir);
    Path out = Files.createDirectories(dir.resolve("report"));
    Files.writeString(out.resolve("report.json"), "{}");
    assertThat(run("evaluate", "--data", data.toString(), "--out", out.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("already holds report.json");
    assertThat(Files.readString(out.resolve("report.json"))).isEqualTo("{}");
    int code =
        run(
            "evaluate",
            "--data",
            data.toString(),
            "--out",
            out.toString(),
            "--force",
            "--bootstrap",
            "20");
    assertThat(code).as(err.toString()).isZero();
    assertThat(Files.readString(out.resolve("report.json"))).contains("evaluation");
    assertThat(out.resolve("predictions.jsonl")).exists();
    assertThat(partials()).isEmpty();
  }

  @Test
  void evaluateRefusesAnOutputFolderThatWouldOverwriteTheData() throws Exception {
    Path out = Files.createDirectories(dir.resolve("r"));
    Path data = LabeledLines.write(out, "predictions.jsonl", ReportFixtures.lines());
    assertThat(run("evaluate", "--data", data.toString(), "--out", out.toString(), "--force"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("would overwrite the input file");
  }

  @Test
  void compareRefusesAComparisonAlreadyThereWithoutForceAndReplacesItWithIt() throws Exception {
    Path data = ReportFixtures.data(dir);
    Path out = Files.createDirectories(dir.resolve("cmp"));
    Files.writeString(out.resolve("comparison.json"), "{}");
    String[] compare = {
      "compare", "--a", "m1", "--b", "m2", "--data", data.toString(), "--out", out.toString()
    };
    assertThat(run(compare)).isEqualTo(1);
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString()).contains("already holds comparison.json; pass --force");
    assertThat(Files.readString(out.resolve("comparison.json"))).isEqualTo("{}");
    int code = run(concat(compare, "--force", "--bootstrap", "20"));
    assertThat(code).as(err.toString()).isZero();
    assertThat(Files.readString(out.resolve("comparison.json"))).contains("mc_nemar");
    assertThat(partials()).isEmpty();
  }

  @Test
  void compareRefusesAnOutputFolderThatWouldOverwriteItsInputs() throws Exception {
    Path out = Files.createDirectories(dir.resolve("r"));
    Path data = LabeledLines.write(out, "comparison.json", ReportFixtures.lines());
    byte[] before = Files.readAllBytes(data);
    String[][] refused = {
      {"--b", "m2", "--data", data.toString()},
      {"--b-baseline-train", data.toString(), "--data", ReportFixtures.data(dir).toString()},
    };
    for (String[] inputs : refused) {
      err.getBuffer().setLength(0);
      String[] head = {"compare", "--a", "m1", "--out", out.toString(), "--force"};
      assertThat(run(concat(head, inputs))).as(inputs[0]).isEqualTo(1);
      assertThat(err.toString().strip().lines()).as(inputs[0]).hasSize(1);
      assertThat(err.toString()).as(inputs[0]).contains("would overwrite the input file " + data);
      assertThat(Files.readAllBytes(data)).isEqualTo(before);
    }
    assertThat(partials()).isEmpty();
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void evaluateSkipsInvalidLinesIntoRejectedJsonl() throws Exception {
    List<String> lines = new java.util.ArrayList<>(ReportFixtures.lines());
    lines.add(1, "{\"id\":\"u\",\"messages\":[{\"from\":\"patient\",\"text\":\"no labels\"}]}");
    Path data = LabeledLines.write(dir, "d.jsonl", lines);
    Path out = dir.resolve("out");
    int code =
        run(
            "evaluate",
            "--data",
            data.toString(),
            "--out",
            out.toString(),
            "--skip-invalid",
            "--bootstrap",
            "20");
    assertThat(code).as(err.toString()).isZero();
    List<String> rejected = Files.readAllLines(out.resolve("rejected.jsonl"));
    assertThat(rejected).hasSize(1);
    assertThat(Json.mapper().readTree(rejected.get(0)).get("pointer").asText())
        .isEqualTo("/labels");
    assertThat(Files.readAllLines(out.resolve("predictions.jsonl"))).hasSize(lines.size() - 1);
  }

  @Test
  void evaluateWarnsWhenTheDataIsTheModelsTrainingData() throws Exception {
    Path data = ReportFixtures.data(dir);
    trainingSha256 = Sha256.hex(data);
    assertThat(stderrOfEvaluate(data))
        .contains("warning: --data has the SHA-256 of the model's training data (train.jsonl)");
  }

  @Test
  void evaluateWarnsWhenTheDataIsThePracticeDataTheModelWasAdaptedOn() throws Exception {
    Path data = ReportFixtures.data(dir);
    practiceSha256 = Sha256.hex(data);
    assertThat(stderrOfEvaluate(data))
        .contains("warning: --data has the SHA-256 of the model's practice data it was adapted on")
        .contains("(practice.jsonl)")
        .doesNotContain("training data (");
  }

  /** What {@code evaluate} prints to the process's standard error on {@code data}. */
  private String stderrOfEvaluate(Path data) throws Exception {
    java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
    java.io.PrintStream original = System.err;
    System.setErr(new java.io.PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      int code =
          run(
              "evaluate",
              "--data",
              data.toString(),
              "--out",
              dir.resolve("o").toString(),
              "--bootstrap",
              "20");
      assertThat(code).as(err.toString()).isZero();
    } finally {
      System.setErr(original);
    }
    return stderr.toString(StandardCharsets.UTF_8);
  }
}
