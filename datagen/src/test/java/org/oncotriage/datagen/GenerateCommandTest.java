package org.oncotriage.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.jsonl.ConversationReader;
import picocli.CommandLine;

class GenerateCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = DatagenCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void generateWritesTheFileAndPrintsAOneLineSummary() throws Exception {
    Path file = dir.resolve("out/g.jsonl");
    Run r = run("generate", "--count", "50", "--seed", "3", "--out", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().strip().lines()).hasSize(1);
    assertThat(r.out()).contains("wrote 50 conversations").contains("urgent");
    List<Conversation> read = ConversationReader.readAll(file);
    assertThat(read).hasSize(50);
    assertThat(read.get(0).id()).isEqualTo("gen-3-000001");
  }

  @Test
  void theSameSeedWritesTheSameBytes() throws Exception {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    run("generate", "--count", "100", "--seed", "8", "--out", a.toString());
    run("generate", "--count", "100", "--seed", "8", "--out", b.toString());
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }

  @Test
  void termCounterweightsWriteOtherConversationsWithTheSameLabels() throws Exception {
    Path plain = dir.resolve("plain.jsonl");
    Path weighted = dir.resolve("weighted.jsonl");
    run("generate", "--count", "200", "--seed", "9", "--out", plain.toString());
    Run r =
        run(
            "generate",
            "--count",
            "200",
            "--seed",
            "9",
            "--term-counterweights",
            "0.5",
            "--out",
            weighted.toString());
    assertThat(r.code()).isZero();
    List<Conversation> a = ConversationReader.readAll(plain);
    List<Conversation> b = ConversationReader.readAll(weighted);
    assertThat(b).hasSameSizeAs(a).isNotEqualTo(a);
    // the intents, hence the labels, are drawn before the text
    assertThat(b.stream().map(Conversation::labels).toList())
        .isEqualTo(a.stream().map(Conversation::labels).toList());
  }

  @Test
  void aCounterweightShareAboveOneExitsNonZeroWithOneLine() {
    Run r =
        run(
            "generate",
            "--count",
            "5",
            "--term-counterweights",
            "1.5",
            "--out",
            dir.resolve("x").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("--term-counterweights");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void aNegativeCountExitsNonZeroWithOneLine() {
    Run r = run("generate", "--count", "-1", "--out", dir.resolve("x").toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("--count");
  }

  @Test
  void anUnparsableOptionExitsNonZeroWithOneLine() {
    Run r = run("generate", "--count", "many", "--out", dir.resolve("x").toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void anImpossibleMixExitsNonZeroWithOneLine() {
    Run r =
        run(
            "generate",
            "--count",
            "5",
            "--out",
            dir.resolve("x").toString(),
            "--billable-share",
            "0.4",
            "--oncologist-share",
            "0.3");
    assertThat(r.code()).isNotZero();
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void statsPrintsTheDiversityFigures() {
    Path file = dir.resolve("s.jsonl");
    run("generate", "--count", "200", "--out", file.toString());
    Run r = run("stats", "--data", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("distinct word 5-grams per 1,000 words")
        .contains("duplicate texts: 0")
        .contains("vocabulary")
        .contains("messages per conversation");
  }

  @Test
  void statsWithTermsPrintsTheTermTableAndTheFlaggedCount() {
    Path file = dir.resolve("t.jsonl");
    run("generate", "--count", "300", "--seed", "4", "--out", file.toString());
    Run r = run("stats", "--data", file.toString(), "--terms", "--min-support", "5");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("clinical terms:")
        .contains("terms predicting the level by themselves")
        .contains("weighted mean lean")
        .containsPattern("(?m)^term +kind +convs +onc +nurse +ma");
  }

  @Test
  void statsOnGeneratedConversationsPrintsTheCoverageOfEachKind() {
    Run r = run("stats", "--generated", "400", "--seed", "4", "--coverage");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("conversations: 400")
        .contains("coverage of 400 generated conversations")
        .containsPattern("(?m)^dictated +\\d")
        .containsPattern("(?m)^spanish +\\d")
        .containsPattern("(?m)^ma\\.artifact_");
  }

  @Test
  void statsCoverageOfAFileExitsNonZeroWithOneLine() {
    Path file = dir.resolve("c.jsonl");
    run("generate", "--count", "5", "--out", file.toString());
    Run r = run("stats", "--data", file.toString(), "--coverage");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("--generated");
  }

  @Test
  void statsOnAMissingFileExitsNonZeroWithOneLine() {
    Run r = run("stats", "--data", dir.resolve("missing.jsonl").toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err().strip().lines()).hasSize(1);
  }
}
