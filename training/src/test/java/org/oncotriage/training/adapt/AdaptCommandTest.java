package org.oncotriage.training.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationWriter;
import org.oncotriage.datagen.GeneratedCorpus;
import org.oncotriage.datagen.LabelMix;
import org.oncotriage.io.Sha256;
import org.oncotriage.json.Json;
import org.oncotriage.model.ArtifactFormat;
import org.oncotriage.model.ModelTriager;
import org.oncotriage.model.TriageModels;
import org.oncotriage.training.TrainingCli;
import picocli.CommandLine;

/** {@code adapt} end to end on the bundled model and a small labeled file. */
class AdaptCommandTest {

  @TempDir static Path dir;
  private static Path practice;
  private static Path adapted;
  private static int exit;
  private static String out;

  private static final String[] FAST = {
    "--folds", "3", "--generated-count", "60", "--practice-repeat", "2",
    "--lexical-iterations", "5", "--lexical-cutoff", "1", "--bootstrap", "50"
  };

  @BeforeAll
  static void adaptOnce() throws IOException {
    practice = write("practice.jsonl", new GeneratedCorpus(201, LabelMix.DEFAULT).first(150));
    adapted = dir.resolve("adapted");
    String[] args =
        concat(
            new String[] {
              "adapt",
              "--model",
              "default",
              "--data",
              practice.toString(),
              "--out",
              adapted.toString()
            },
            FAST);
    StringWriter stdout = new StringWriter();
    CommandLine cli = TrainingCli.commandLine();
    cli.setOut(new PrintWriter(stdout));
    cli.setErr(new PrintWriter(new StringWriter()));
    exit = cli.execute(args);
    out = stdout.toString();
  }

  @Test
  void writesAModelThatLoadsUnderANewVersion() {
    assertThat(exit).isZero();
    try (ModelTriager triager = TriageModels.load(adapted)) {
      assertThat(triager.calibration()).isNotNull();
      assertThat(triager.description().version()).matches(".*-adapted\\+[0-9a-f]{12}");
      assertThat(
              triager
                  .triage(
                      Conversation.of(
                          "x",
                          List.of(
                              new org.oncotriage.conversation.Message(
                                  org.oncotriage.conversation.Sender.PATIENT,
                                  null,
                                  "Can I move my visit to Friday?"))))
                  .route())
          .isNotNull();
    }
  }

  @Test
  void provenanceNamesTheBaseModelThePracticeDataAndEveryChoice() throws IOException {
    JsonNode provenance =
        Json.mapper().readTree(adapted.resolve(ArtifactFormat.PROVENANCE).toFile());
    JsonNode adaptation = provenance.path("adaptation");
    assertThat(adaptation.path("base_model").path("name").asText()).isEqualTo("oncotriage-default");
    assertThat(adaptation.path("practice_data").path("sha256").asText())
        .isEqualTo(Sha256.hex(practice));
    assertThat(adaptation.path("practice_data").path("conversations").asInt()).isEqualTo(150);
    assertThat(adaptation.path("folds").asInt()).isEqualTo(3);
    assertThat(adaptation.path("calibration").path("method").asText()).contains("opinion pool");
    assertThat(provenance.path("decision_policy").path("max_under_triage").asDouble())
        .isEqualTo(0.01);
  }

  @Test
  void writesTheReportBesideTheModelAndPrintsItsHeadline() throws IOException {
    JsonNode report = Json.mapper().readTree(adapted.resolve(AdaptCommand.REPORT_JSON).toFile());
    assertThat(report.path("figures").path("route_macro_f1").has("before")).isTrue();
    assertThat(report.path("figures").path("route_macro_f1").has("after_out_of_fold")).isTrue();
    assertThat(Files.readString(adapted.resolve(AdaptCommand.REPORT_MARKDOWN)))
        .contains("out-of-fold");
    assertThat(out).contains("route_macro_f1").contains("->");
  }

  @Test
  void refusesTooFewLabelsNamingWhatIsMissingAndWritesNothing() throws IOException {
    Path few = write("few.jsonl", new GeneratedCorpus(202, LabelMix.DEFAULT).first(30));
    Path target = dir.resolve("never");
    StringWriter err = new StringWriter();
    int code =
        adapt(
            err,
            concat(
                new String[] {
                  "--model", "default", "--data", few.toString(), "--out", target.toString()
                },
                FAST));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("few.jsonl").contains("at least 20 needed");
    assertThat(target).doesNotExist();
  }

  @Test
  void refusesToWriteIntoADirectoryThatHoldsFiles() throws IOException {
    Path busy = Files.createDirectories(dir.resolve("busy"));
    Files.writeString(busy.resolve("keep.txt"), "keep");
    StringWriter err = new StringWriter();
    int code =
        adapt(err, "--model", "default", "--data", practice.toString(), "--out", busy.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("is not an empty directory");
    assertThat(Files.readString(busy.resolve("keep.txt"))).isEqualTo("keep");
  }

  @Test
  void outOfRangeCountsAreOneLineBeforeAnyWork() {
    String[][] refused = {
      {"--bootstrap", "2147483647", "bootstrap resamples must be in [1, 100000]"},
      {"--bootstrap", "0", "bootstrap resamples must be in [1, 100000]"},
      {"--generated-count", "-1", "--generated-count must not be negative"},
    };
    for (String[] option : refused) {
      Path target = dir.resolve("refused");
      StringWriter err = new StringWriter();
      int code =
          adapt(
              err,
              "--model",
              "default",
              "--data",
              practice.toString(),
              "--out",
              target.toString(),
              option[0],
              option[1]);
      assertThat(code).as(option[0] + " " + option[1]).isEqualTo(1);
      assertThat(err.toString().strip().lines()).hasSize(1);
      assertThat(err.toString()).contains(option[2]);
      assertThat(target).doesNotExist();
    }
  }

  /** Runs {@code adapt} with {@code args}, its standard error into {@code err}; the exit code. */
  private static int adapt(StringWriter err, String... args) {
    CommandLine cli = TrainingCli.commandLine();
    cli.setErr(new PrintWriter(err));
    return cli.execute(concat(new String[] {"adapt"}, args));
  }

  private static Path write(String name, List<Conversation> conversations) throws IOException {
    Path file = dir.resolve(name);
    try (ConversationWriter writer = ConversationWriter.create(file)) {
      for (Conversation c : conversations) {
        writer.write(c);
      }
    }
    return file;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
