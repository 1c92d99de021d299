package org.oncotriage.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.datagen.DatagenCli;
import picocli.CommandLine;

/** The training command line keeps the documented generate, stats and predict commands. */
class TrainingCliTest {

  @TempDir Path dir;

  private static int run(CommandLine cli, StringWriter out, String... args) {
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void offersGenerateStatsTrainAndPredict() {
    assertThat(TrainingCli.commandLine().getSubcommands())
        .containsKeys("generate", "stats", "train", "predict");
  }

  @Test
  void generateWritesTheSameBytesAsTheDatagenCommandLine() throws Exception {
    Path training = dir.resolve("training.jsonl");
    Path datagen = dir.resolve("datagen.jsonl");
    String[] args = {"generate", "--count", "40", "--seed", "5", "--out"};
    assertThat(run(TrainingCli.commandLine(), new StringWriter(), with(args, training))).isZero();
    assertThat(run(DatagenCli.commandLine(), new StringWriter(), with(args, datagen))).isZero();
    assertThat(Files.readAllBytes(training)).isEqualTo(Files.readAllBytes(datagen));
  }

  @Test
  void statsDescribesAGeneratedFile() {
    Path file = dir.resolve("s.jsonl");
    run(
        TrainingCli.commandLine(),
        new StringWriter(),
        "generate",
        "--count",
        "30",
        "--out",
        file.toString());
    StringWriter out = new StringWriter();
    assertThat(run(TrainingCli.commandLine(), out, "stats", "--data", file.toString())).isZero();
    assertThat(out.toString()).contains("conversations: 30").contains("duplicate texts: 0");
  }

  private static String[] with(String[] args, Path out) {
    String[] all = Arrays.copyOf(args, args.length + 1);
    all[args.length] = out.toString();
    return all;
  }
}
