package org.oncotriage.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.oncotriage.conversation.jsonl.ConversationFormatException;
import org.oncotriage.model.ModelFormatException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How a command that reads a model and labeled data and writes a model runs: DJL offline, and every
 * expected failure (bad data, a bad model, a wrong argument, I/O) a one-line message on standard
 * error naming the command, with exit code 1, never a stack trace. Stateless.
 */
public final class ModelCommandRun {

  /** The body of a command: its exit code. */
  @FunctionalInterface
  public interface Body {
    int run() throws IOException;
  }

  private ModelCommandRun() {}

  /**
   * Runs {@code body} as command {@code name} of {@code spec} once {@code out}, the model directory
   * it will write, is known to be free: not there, or an empty directory ({@link
   * ModelDirectories#isFreeToWrite}). Otherwise it fails before reading anything.
   */
  public static int call(CommandSpec spec, String name, Path out, Body body) {
    return call(
        spec,
        name,
        () ->
            ModelDirectories.isFreeToWrite(out)
                ? body.run()
                : fail(spec, name, out + " exists and is not an empty directory; name a new one"));
  }

  /** Runs {@code body} as command {@code name} of {@code spec}. */
  public static int call(CommandSpec spec, String name, Body body) {
    System.setProperty("ai.djl.offline", "true");
    try {
      return body.run();
    } catch (ConversationFormatException
        | ModelFormatException
        | IllegalArgumentException
        | IllegalStateException
        | IOException
        | UncheckedIOException e) {
      return fail(spec, name, e.getMessage());
    }
  }

  /** Prints {@code name: reason} on the command's standard error; returns exit code 1. */
  public static int fail(CommandSpec spec, String name, String reason) {
    spec.commandLine().getErr().println(name + ": " + reason);
    return 1;
  }
}
