package org.oncotriage.server;

import static org.oncotriage.server.ModelLifecycleException.Kind.INVALID_MODEL;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.model.ModelFormatException;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.Triager;

/**
 * Loads a model directory for {@code POST /v1/models} and checks it beside the serving model: it
 * predicts the same labels, and it triages a synthetic check conversation under its own version (so
 * every result it gives will name the model that produced it). A model that fails is closed before
 * the refusal. Any failure is a {@link ModelLifecycleException} of kind INVALID_MODEL in one line:
 * the file at fault for a malformed artifact, else the exception's class and first line, never a
 * stack trace. Stateless apart from the loader; thread-safe.
 */
final class ModelDirectoryLoader {

  /** The conversation a new model must triage before it is registered; made up, no patient's. */
  private static final Conversation CHECK =
      Conversation.of(
          "model-check",
          List.of(Message.of(Sender.PATIENT, "Can I move my appointment to Friday?")));

  /** Longest reason quoted from an exception. */
  private static final int MAX_REASON_CHARS = 300;

  private final Function<Path, Triager> loader;

  /**
   * @param loader loads a model directory; may throw {@link ModelFormatException}
   */
  ModelDirectoryLoader(Function<Path, Triager> loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /**
   * Loads and checks {@code directory}.
   *
   * @param serving the serving model's description, to check against
   * @throws ModelLifecycleException INVALID_MODEL naming what is wrong
   */
  Triager load(Path directory, ModelDescription serving) {
    Triager triager;
    try {
      triager = loader.apply(directory);
    } catch (ModelFormatException e) {
      throw new ModelLifecycleException(INVALID_MODEL, oneLine(e.getMessage()));
    } catch (RuntimeException e) {
      throw new ModelLifecycleException(
          INVALID_MODEL,
          directory
              + ": cannot load ("
              + e.getClass().getSimpleName()
              + ": "
              + oneLine(e.getMessage())
              + ")");
    }
    String problem = checkBeside(triager, serving);
    if (problem != null) {
      triager.close();
      throw new ModelLifecycleException(INVALID_MODEL, directory + ": " + problem);
    }
    return triager;
  }

  /** Why a freshly loaded model may not serve beside {@code serving}, or {@code null}. */
  private static String checkBeside(Triager triager, ModelDescription serving) {
    List<String> labels = triager.description().labels();
    if (!labels.equals(serving.labels())) {
      return "its labels " + labels + " differ from the serving model's " + serving.labels();
    }
    TriageResult result;
    try {
      result = triager.triage(CHECK);
    } catch (RuntimeException e) {
      return "it failed to triage a check conversation (" + e.getClass().getSimpleName() + ")";
    }
    String version = triager.description().version();
    if (!result.model().version().equals(version)) {
      return "its results name version " + result.model().version() + ", not its own " + version;
    }
    return null;
  }

  private static String oneLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    String line = message.lines().findFirst().orElse("").strip();
    return line.length() <= MAX_REASON_CHARS ? line : line.substring(0, MAX_REASON_CHARS) + "...";
  }
}
