package org.oncotriage.evaluation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import org.oncotriage.conversation.jsonl.ConversationFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code oncotriage-evaluation}: the quality report, model comparison and predictions. */
@Command(
    name = "oncotriage-evaluation",
    mixinStandardHelpOptions = true,
    version = "oncotriage-evaluation 0.1.0",
    description = "Evaluates triage models on labeled conversations and writes the quality report.",
    subcommands = {EvaluateCommand.class, CompareCommand.class, PredictCommand.class})
public final class EvaluationCli {

  final ModelLoader models;

  EvaluationCli(ModelLoader models) {
    this.models = Objects.requireNonNull(models, "models");
  }

  /** This command line's logging configuration, a class path resource. */
  static final String LOGBACK_CONFIGURATION = "org/oncotriage/evaluation/cli/logback.xml";

  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", LOGBACK_CONFIGURATION);
    }
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("java.awt.headless", "true");
    System.exit(commandLine(ModelLoader.TRIAGE_MODELS).execute(args));
  }

  /**
   * A bad option or argument in one line, the reason and a pointer to {@code --help}, with exit
   * code 2 (rather than picocli's whole usage text); shared by the project's command lines.
   */
  public static final CommandLine.IParameterExceptionHandler ONE_LINE_USAGE_ERROR =
      (ex, args) -> {
        ex.getCommandLine()
            .getErr()
            .println(ex.getMessage().lines().findFirst().orElse("bad arguments") + " (see --help)");
        return 2;
      };

  /**
   * The command line over {@code models}, with one-line error messages: exit code 1 for a failure,
   * 2 for a bad option.
   */
  static CommandLine commandLine(ModelLoader models) {
    CommandLine cli = new CommandLine(new EvaluationCli(models));
    cli.setParameterExceptionHandler(ONE_LINE_USAGE_ERROR);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          err.println("oncotriage-evaluation: " + oneLine(e));
          err.flush();
          return 1;
        });
    return cli;
  }

  static String oneLine(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (t instanceof NoSuchFileException n) {
      return "no such file: " + n.getFile();
    }
    if (t instanceof ConversationFormatException) {
      return t.getMessage();
    }
    if (t instanceof IOException) {
      return "cannot read or write: " + t.getMessage();
    }
    String message = t.getMessage();
    return message == null ? t.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }
}
