package org.oncotriage.training.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.oncotriage.feedback.DatabaseSettings;
import org.oncotriage.feedback.FeedbackAudit;
import org.oncotriage.feedback.FeedbackDatabase;
import org.oncotriage.feedback.FeedbackExport;
import org.oncotriage.feedback.FeedbackStore;
import org.oncotriage.feedback.TextCipher;
import org.oncotriage.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export-feedback --db URL --out FILE}: clinicians' corrections as labeled conversations
 * (the {@code LABELING.md} format, for {@code adapt --data} or {@code train --data}), and a summary
 * of agreement between the model and the clinicians, printed and written beside the file as {@code
 * NAME.agreement.json}. The export is a read of feedback: it writes one line to the audit log.
 */
@Command(
    name = "export-feedback",
    mixinStandardHelpOptions = true,
    description =
        "Writes clinicians' corrections (the conversations stored with feedback, labeled with the"
            + " clinician's decision) as JSON Lines, and the agreement between model and"
            + " clinicians by level and model version beside it (NAME.agreement.json).")
public final class ExportFeedbackCommand implements Callable<Integer> {

  /** The environment variable of the database password. */
  public static final String PASSWORD_VARIABLE = "ONCOTRIAGE_FEEDBACK_DB_PASSWORD";

  /** The environment variable of the Base64 encryption key. */
  public static final String KEY_VARIABLE = "ONCOTRIAGE_FEEDBACK_ENCRYPTION_KEY";

  @Spec CommandSpec spec;

  @Option(
      names = "--db",
      required = true,
      paramLabel = "URL",
      description =
          "JDBC URL of the feedback database: jdbc:h2:file:DATA_DIR/feedback (the server's"
              + " embedded default; stop the server first) or jdbc:postgresql://HOST:PORT/DB.")
  String url;

  @Option(
      names = "--db-user",
      description = "Database user; the password comes from " + PASSWORD_VARIABLE + ".")
  String user;

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description =
          "File holding the Base64 encryption key of the stored text (else " + KEY_VARIABLE + ").")
  Path keyFile;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "JSON Lines to write.")
  Path out;

  @Option(names = "--force", description = "Overwrite an existing --out.")
  boolean force;

  /** What follows {@code NAME.} in the files H2 keeps beside a database (and their temporaries). */
  private static final Pattern H2_FILE =
      Pattern.compile("(mv|trace|lock|h2|temp)\\.db(\\.[A-Za-z0-9]+)?");

  private final Map<String, String> environment;

  public ExportFeedbackCommand() {
    this(System.getenv());
  }

  /** For tests: the environment to read the password and key from. */
  public ExportFeedbackCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public Integer call() {
    try {
      return run();
    } catch (IllegalArgumentException | FeedbackStore.StoreException e) {
      return fail(e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      return fail(out + ": " + e.getMessage());
    }
  }

  private int run() throws IOException {
    Path summary = FeedbackExport.summaryPath(out);
    if (Files.isDirectory(out)) {
      return fail(out + " is a directory; name the file to write");
    }
    for (Path written : List.of(out, summary)) {
      if (Files.exists(written) && !force) {
        return fail(written + " exists; give --force to overwrite it");
      }
    }
    Path parent = out.toAbsolutePath().getParent();
    if (!Files.isDirectory(parent)) {
      return fail(parent + ": no such directory");
    }
    DatabaseSettings settings = new DatabaseSettings(url, user, environment.get(PASSWORD_VARIABLE));
    Optional<Path> database = settings.embeddedFile();
    if (settings.isInMemory()) {
      return fail("--db names an in-memory database, which holds no feedback");
    }
    if (database.isPresent() && !Files.isRegularFile(database.get())) {
      // opening it would create an empty database where a mistyped path points
      return fail("no feedback database at " + database.get());
    }
    for (Path written : List.of(out, summary)) {
      String refused = inputWrittenOver(written, database);
      if (refused != null) {
        return fail(written + " would overwrite " + refused);
      }
    }
    TextCipher cipher = cipher();
    FeedbackExport.Result result;
    try (FeedbackDatabase db = FeedbackDatabase.open(settings)) {
      result = FeedbackExport.export(new FeedbackStore(db.dataSource()), cipher, out);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("feedback_rows", result.feedbackRows());
    json.put("conversations_written", result.conversations());
    json.put("feedback_without_text", result.withoutText());
    json.put("agreement", result.summary());
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(summary.toFile(), json);
    audit(settings, result);
    var stdout = spec.commandLine().getOut();
    stdout.printf(
        "%d feedback rows; %d labeled conversations written to %s (%d rows without stored text)%n",
        result.feedbackRows(), result.conversations(), out, result.withoutText());
    stdout.print(result.summary().toText());
    stdout.printf("summary: %s%n", summary);
    stdout.flush();
    return 0;
  }

  /**
   * What {@code written} would destroy: the key file, or a file of the embedded database (H2 keeps
   * {@code NAME.mv.db}, {@code NAME.trace.db}, {@code NAME.lock.db} and their temporary files side
   * by side); null when nothing.
   */
  private String inputWrittenOver(Path written, Optional<Path> database) throws IOException {
    Path target = written.toAbsolutePath().normalize();
    if (keyFile != null
        && Files.exists(keyFile)
        && Files.exists(target)
        && Files.isSameFile(keyFile, target)) {
      return "the --key-file";
    }
    if (database.isPresent()) {
      Path db = database.get();
      String name = db.getFileName().toString();
      String stem = name.substring(0, name.length() - ".mv.db".length()) + ".";
      Path folder = Files.exists(target.getParent()) ? target.getParent().toRealPath() : null;
      Path dbFolder = db.getParent().toRealPath();
      String file = target.getFileName().toString();
      boolean h2File =
          file.startsWith(stem) && H2_FILE.matcher(file.substring(stem.length())).matches();
      if (dbFolder.equals(folder) && h2File) {
        return "the feedback database " + db;
      }
    }
    return null;
  }

  private TextCipher cipher() {
    if (keyFile != null) {
      return TextCipher.fromFile(keyFile);
    }
    String key = environment.get(KEY_VARIABLE);
    return key == null || key.isBlank() ? null : TextCipher.fromBase64(key);
  }

  private void audit(DatabaseSettings settings, FeedbackExport.Result result) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("database", settings.safeUrl());
    fields.put("database_user", user);
    fields.put("os_user", System.getProperty("user.name"));
    fields.put("feedback_rows", result.feedbackRows());
    fields.put("conversations_written", result.conversations());
    fields.put("model_versions", result.summary().byModelVersion().keySet());
    fields.put("out", out.toAbsolutePath().toString());
    FeedbackAudit.write("feedback.exported", fields);
  }

  private int fail(String reason) {
    spec.commandLine().getErr().println("export-feedback: " + reason);
    return 1;
  }
}
