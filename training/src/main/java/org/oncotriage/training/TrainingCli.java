package org.oncotriage.training;

import org.oncotriage.training.predict.PredictCommand;
import org.oncotriage.training.train.TrainCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code oncotriage-training}: generate data, train a model, predict with it. */
@Command(
    name = "oncotriage-training",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = "Generates labeled conversations, trains triage models and predicts with them.",
    subcommands = {TrainCommand.class, PredictCommand.class})
public final class TrainingCli {

  public static void main(String[] args) {
    System.setProperty("ai.djl.offline", "true");
    System.exit(new CommandLine(new TrainingCli()).execute(args));
  }
}
