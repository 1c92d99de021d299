package org.oncotriage.datagen;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code oncotriage-datagen}: write labeled synthetic conversations and describe a conversation
 * file. The training command line offers the same two commands.
 */
@Command(
    name = "oncotriage-datagen",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description =
        "Generates labeled synthetic conversations and prints the label mix and diversity of a"
            + " conversation file.",
    subcommands = {GenerateCommand.class, StatsCommand.class})
public final class DatagenCli {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line with every subcommand; a bad option prints one line (the reason and a pointer
   * to {@code --help}) and exits with status 2.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new DatagenCli());
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
}
