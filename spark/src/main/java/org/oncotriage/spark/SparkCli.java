package org.oncotriage.spark;

import java.io.PrintWriter;
import org.oncotriage.spark.projection.ProjectCommand;
import org.oncotriage.spark.score.ScoreCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code oncotriage-spark}: scores portal history on Apache Spark and projects practice workload
 * and value from the scores. Runs in local mode with {@code java -jar}, or on a cluster through
 * {@code spark-submit --class org.oncotriage.spark.SparkCli}.
 */
@Command(
    name = "oncotriage-spark",
    mixinStandardHelpOptions = true,
    version = "oncotriage-spark 0.1.0",
    description = "Scores conversation history on Apache Spark and projects workload and value.",
    subcommands = {ScoreCommand.class, ProjectCommand.class})
public final class SparkCli {

  /** Spark's log configuration for these commands: warnings and errors only. */
  static final String LOG4J2_CONFIGURATION = "org/oncotriage/spark/log4j2.properties";

  public static void main(String[] args) {
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "classpath:" + LOG4J2_CONFIGURATION);
    }
    System.setProperty("ai.djl.offline", "true");
    System.exit(commandLine().execute(args));
  }

  /** The command line, with one-line error messages (exit 1) and bad options (exit 2). */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new SparkCli());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          err.println("oncotriage-spark: " + oneLine(e));
          err.flush();
          return 1;
        });
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          ex.getCommandLine()
              .getErr()
              .println(
                  ex.getMessage().lines().findFirst().orElse("bad arguments") + " (see --help)");
          return 2;
        });
    return cli;
  }

  /** The first line of the innermost cause's message (Spark wraps what went wrong). */
  static String oneLine(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t && t.getMessage() == null) {
      t = t.getCause();
    }
    String message = t.getMessage();
    return message == null
        ? t.getClass().getSimpleName()
        : message.lines().findFirst().orElse(t.getClass().getSimpleName());
  }
}
