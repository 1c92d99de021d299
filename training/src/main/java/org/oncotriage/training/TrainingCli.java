package org.oncotriage.training;

import org.oncotriage.datagen.GenerateCommand;
import org.oncotriage.datagen.StatsCommand;
import org.oncotriage.evaluation.cli.EvaluationCli;
import org.oncotriage.evaluation.cli.PredictCommand;
import org.oncotriage.training.adapt.AdaptCommand;
import org.oncotriage.training.feedback.ExportFeedbackCommand;
import org.oncotriage.training.train.TrainCommand;
import org.oncotriage.training.urgent.UrgentThresholdCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code oncotriage-training}: generate data, train a model, adapt it to a practice, predict with
 * it, export clinicians' feedback as training data.
 */
@Command(
    name = "oncotriage-training",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = "Generates labeled conversations, trains triage models and predicts with them.",
    subcommands = {
      GenerateCommand.class,
      StatsCommand.class,
      TrainCommand.class,
      AdaptCommand.class,
      PredictCommand.class,
      ExportFeedbackCommand.class,
      UrgentThresholdCommand.class
    })
public final class TrainingCli {

  public static void main(String[] args) {
    System.setProperty("ai.djl.offline", "true");
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line with every subcommand; a bad option prints one line (the reason and a pointer
   * to {@code --help}) and exits with status 2.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new TrainingCli());
    cli.setParameterExceptionHandler(EvaluationCli.ONE_LINE_USAGE_ERROR);
    return cli;
  }
}
