package org.oncotriage.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line's answers that need no Spark session. */
class SparkCliTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = SparkCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void scoreHasHelpNamingItsOptions() {
    assertThat(run("score", "--help")).isZero();
    assertThat(out.toString()).contains("--input", "--output", "--format", "--model", "--master");
  }

  @Test
  void anUnknownFormatStopsWithOneLineAndExitCodeOne() {
    assertThat(run("score", "--input", "in.jsonl", "--output", "out", "--format", "csv"))
        .isEqualTo(1);
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString()).contains("--format must be parquet or jsonl, received csv");
  }

  @Test
  void aMissingOptionStopsWithOneLineAndExitCodeTwo() {
    assertThat(run("project", "--out", "x")).isEqualTo(2);
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(err.toString()).contains("--scores");
  }
}
