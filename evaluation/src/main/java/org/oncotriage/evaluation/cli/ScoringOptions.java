package org.oncotriage.evaluation.cli;

import picocli.CommandLine.Option;

/** How models are run and how intervals are drawn: options shared by evaluate and compare. */
final class ScoringOptions {

  @Option(
      names = "--batch-size",
      defaultValue = "64",
      description = "Conversations per triageBatch call (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--bootstrap",
      defaultValue = "1000",
      description = "Bootstrap resamples for the 95%% intervals (default: ${DEFAULT-VALUE}).")
  int resamples;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
  long seed;
}
