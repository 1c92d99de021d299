package org.oncotriage.training.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Responder;
import org.oncotriage.datagen.GeneratedCorpus;
import org.oncotriage.datagen.LabelMix;
import org.oncotriage.feedback.DatabaseSettings;
import org.oncotriage.feedback.FeedbackDatabase;
import org.oncotriage.feedback.FeedbackService;
import org.oncotriage.feedback.FeedbackSettings;
import org.oncotriage.feedback.ReviewerRole;
import org.oncotriage.feedback.TextCipher;
import org.oncotriage.json.Json;
import org.oncotriage.training.TrainingCli;
import org.oncotriage.training.train.LabeledData;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.TriageResult;
import picocli.CommandLine;

/**
 * {@code export-feedback} end to end: feedback recorded through the service on an embedded
 * database, exported by the command line, and read back by {@code adapt}.
 */
class ExportFeedbackCommandTest {

  private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
  private static final String OTHER_KEY = "HxcdHBsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=";

  @TempDir static Path dir;
  private static List<Conversation> practice;
  private static String url;
  private static Path keyFile;

  @BeforeAll
  static void recordFeedback() throws Exception {
    practice = new GeneratedCorpus(201, LabelMix.DEFAULT).first(150);
    DatabaseSettings settings = DatabaseSettings.embedded(dir.resolve("data"));
    url = settings.url();
    keyFile = Files.writeString(dir.resolve("key"), KEY);
    try (FeedbackService service =
        new FeedbackService(
            FeedbackDatabase.open(settings),
            new FeedbackSettings(Duration.ofDays(14), true, Duration.ofDays(30), 1000, 100),
            TextCipher.fromBase64(KEY),
            Clock.systemUTC())) {
      for (Conversation c : practice) {
        service.remember(nurseResult(c.id()));
        service.submit(
            new FeedbackService.Submission(
                c.id(), c.labels(), ReviewerRole.ONCOLOGIST, Optional.of(c.unlabeled())));
      }
    }
  }

  private static TriageResult nurseResult(String id) {
    return new TriageResult(
        id,
        Responder.NURSE,
        new TriageResult.ResponderAssessment(
            Responder.NURSE, new ResponderProbabilities(0.2, 0.6, 0.2)),
        new TriageResult.BillableAssessment(0.1, false, null, List.of()),
        new TriageResult.UrgentAssessment(false, 0.01, List.of()),
        new TriageResult.ModelIdentity("oncotriage-test", "v-test"));
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = TrainingCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private record Run(int exit, String out, String err) {}

  /**
   * {@code export-feedback} of the recorded database to {@code out}, opening text with {@code key}.
   */
  private static Run export(Path key, Path out) {
    return run(
        "export-feedback", "--db", url, "--key-file", key.toString(), "--out", out.toString());
  }

  @Test
  void writesTheClinicianLabeledConversationsThatAdaptReads() throws Exception {
    Path out = dir.resolve("feedback.jsonl");
    Run run = export(keyFile, out);

    assertThat(run.exit()).as(run.err()).isZero();
    LabeledData data = LabeledData.read(out);
    assertThat(data.conversations()).hasSize(practice.size());
    for (int i = 0; i < practice.size(); i++) {
      assertThat(data.conversations().get(i)).isEqualTo(practice.get(i));
    }
    assertThat(run.out()).contains("150 feedback rows; 150 labeled conversations written");

    Run adapt =
        run(
            "adapt",
            "--model",
            "default",
            "--data",
            out.toString(),
            "--out",
            dir.resolve("adapted").toString(),
            "--folds",
            "3",
            "--generated-count",
            "60",
            "--practice-repeat",
            "2",
            "--lexical-iterations",
            "5",
            "--lexical-cutoff",
            "1",
            "--bootstrap",
            "50");
    assertThat(adapt.exit()).as(adapt.err()).isZero();
    assertThat(dir.resolve("adapted").resolve("adapt-report.json")).exists();
  }

  @Test
  void writesTheAgreementSummaryBesideTheFileAndPrintsIt() throws Exception {
    Path out = dir.resolve("summary-check.jsonl");
    Run run = export(keyFile, out);

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode summary = Json.mapper().readTree(dir.resolve("summary-check.agreement.json").toFile());
    long nurses = practice.stream().filter(c -> c.labels().responder() == Responder.NURSE).count();
    long oncologists =
        practice.stream().filter(c -> c.labels().responder() == Responder.ONCOLOGIST).count();
    JsonNode overall = summary.at("/agreement/overall");
    assertThat(overall.get("total").asLong()).isEqualTo(150);
    assertThat(overall.get("agree").asLong()).isEqualTo(nurses);
    assertThat(overall.get("under_triage").asLong()).isEqualTo(oncologists);
    assertThat(overall.get("over_triage").asLong()).isEqualTo(150 - nurses - oncologists);
    assertThat(summary.at("/agreement/by_model_version/v-test/total").asLong()).isEqualTo(150);
    assertThat(summary.at("/agreement/by_level/nurse/agreement_rate").asDouble()).isEqualTo(1.0);
    assertThat(run.out()).contains("model v-test").contains("clinician level oncologist");
  }

  @Test
  void theWrongKeyIsOneLineNamingTheFeedbackAndWritesNothing() throws Exception {
    Path wrongKey = Files.writeString(dir.resolve("wrong-key"), OTHER_KEY);
    Path out = dir.resolve("never.jsonl");
    Run run = export(wrongKey, out);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip())
        .startsWith("export-feedback: feedback 1: the text was sealed with key")
        .doesNotContain("\n")
        .doesNotContain(KEY)
        .doesNotContain(OTHER_KEY);
    assertThat(out).doesNotExist();
  }

  @Test
  void refusesToOverwriteWithoutForceAndNamesAnUnreachableDatabase() throws Exception {
    Path existing = Files.writeString(dir.resolve("existing.jsonl"), "keep");
    Run exists = run("export-feedback", "--db", url, "--out", existing.toString());
    assertThat(exists.exit()).isEqualTo(1);
    assertThat(exists.err()).contains("exists; give --force");
    assertThat(existing).hasContent("keep");

    Run unreachable =
        run(
            "export-feedback",
            "--db",
            "jdbc:postgresql://127.0.0.1:1/none",
            "--out",
            dir.resolve("x.jsonl").toString());
    assertThat(unreachable.exit()).isEqualTo(1);
    assertThat(unreachable.err())
        .startsWith("export-feedback: cannot open the feedback database jdbc:postgresql:");
  }

  @Test
  void neverWritesOverItsDatabaseItsKeyOrAnotherFile() throws Exception {
    Path database = dir.resolve("data").resolve("feedback.mv.db");
    long databaseBytes = Files.size(database);
    for (Path target : List.of(database, keyFile)) {
      Run over =
          run(
              "export-feedback",
              "--db",
              url,
              "--key-file",
              keyFile.toString(),
              "--out",
              target.toString(),
              "--force");
      assertThat(over.exit()).as(target.toString()).isEqualTo(1);
      assertThat(over.err()).contains("would overwrite");
    }
    assertThat(Files.size(database)).isEqualTo(databaseBytes);
    assertThat(keyFile).hasContent(KEY);

    Path beside = dir.resolve("data").resolve("feedback.db.jsonl");
    Run besideIt = export(keyFile, beside);
    assertThat(besideIt.exit()).as(besideIt.err()).isZero();
    assertThat(beside).exists();

    Path folder = Files.createDirectories(dir.resolve("a-folder"));
    Run intoFolder = run("export-feedback", "--db", url, "--out", folder.toString(), "--force");
    assertThat(intoFolder.exit()).isEqualTo(1);
    assertThat(intoFolder.err()).contains("is a directory");
    assertThat(folder).isDirectory();

    Path out = dir.resolve("kept.jsonl");
    Path summary = dir.resolve("kept.agreement.json");
    Files.writeString(summary, "keep");
    Run summaryExists = export(keyFile, out);
    assertThat(summaryExists.exit()).isEqualTo(1);
    assertThat(summaryExists.err()).contains("kept.agreement.json exists; give --force");
    assertThat(summary).hasContent("keep");
    assertThat(out).doesNotExist();
  }

  @Test
  void aMistypedDatabasePathIsNamedAndNoDatabaseIsCreated() {
    Path missing = dir.resolve("no-such-data").resolve("feedback");
    Run run =
        run(
            "export-feedback",
            "--db",
            "jdbc:h2:file:" + missing,
            "--out",
            dir.resolve("none.jsonl").toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("no feedback database at").contains("feedback.mv.db");
    assertThat(missing.getParent()).doesNotExist();

    Run memory =
        run("export-feedback", "--db", "jdbc:h2:mem:x", "--out", dir.resolve("m.jsonl").toString());
    assertThat(memory.exit()).isEqualTo(1);
    assertThat(memory.err()).contains("in-memory database");
  }
}
