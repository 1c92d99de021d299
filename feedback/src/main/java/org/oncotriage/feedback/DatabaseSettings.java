package org.oncotriage.feedback;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the feedback database is: a JDBC URL ({@code jdbc:h2:file:...} for the embedded default,
 * {@code jdbc:postgresql://host:port/db} for production) and, optionally, the user and password.
 *
 * @param url the JDBC URL
 * @param user the user, or {@code null} (then the URL or the driver's default decides)
 * @param password the password, or {@code null}; never printed
 */
public record DatabaseSettings(String url, String user, String password) {

  /**
   * H2's prefixes of a database in a local file ({@code file:}, {@code nio:}, {@code split:}...).
   */
  private static final Pattern LOCAL_FILE_SYSTEM =
      Pattern.compile("(?i)(file|nio|niomapped|split(:\\d+)?|async|retry):");

  /** Whether this is an H2 database held in memory only ({@code jdbc:h2:mem:...}). */
  public boolean isInMemory() {
    return url.startsWith("jdbc:h2:mem:");
  }

  /** The file name (without H2's {@code .mv.db}) of the embedded database in a data directory. */
  public static final String EMBEDDED_NAME = "feedback";

  public DatabaseSettings {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "the feedback database URL must start with jdbc:h2: or jdbc:postgresql:");
    }
  }

  /** A URL alone. */
  public static DatabaseSettings of(String url) {
    return new DatabaseSettings(url, null, null);
  }

  /** The embedded H2 database {@code feedback.mv.db} in {@code dataDir}. */
  public static DatabaseSettings embedded(Path dataDir) {
    return of("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(EMBEDDED_NAME));
  }

  /**
   * The file an embedded H2 URL names, with H2's {@code .mv.db}; empty for PostgreSQL and for H2
   * databases not in a local file (in memory, over TCP or SSL, in a zip). H2 keeps its other files
   * beside it under the same name ({@code .trace.db}, {@code .lock.db}).
   */
  public Optional<Path> embeddedFile() {
    if (!isEmbedded()) {
      return Optional.empty();
    }
    String rest = url.substring("jdbc:h2:".length());
    int settings = rest.indexOf(';');
    String location = settings < 0 ? rest : rest.substring(0, settings);
    // H2's local file systems may be named, and stacked ("split:nio:/data/feedback")
    Matcher local = LOCAL_FILE_SYSTEM.matcher(location);
    while (local.lookingAt()) {
      location = location.substring(local.end());
      local = LOCAL_FILE_SYSTEM.matcher(location);
    }
    if (location.matches("^[a-zA-Z]{2,}:.*")) {
      return Optional.empty();
    }
    if (location.startsWith("~")) {
      location = System.getProperty("user.home") + location.substring(1);
    }
    return location.isEmpty()
        ? Optional.empty()
        : Optional.of(Path.of(location + ".mv.db").toAbsolutePath().normalize());
  }

  /** Whether this is the embedded H2 database. */
  public boolean isEmbedded() {
    return url.startsWith("jdbc:h2:");
  }

  /**
   * The URL the pool connects with: an H2 URL gets {@code ;DB_CLOSE_ON_EXIT=FALSE} unless it sets
   * that itself, so that H2's own shutdown hook does not close the database before the service's
   * shutdown has written the triage memory's last batch (the service closes the pool last).
   */
  public String connectionUrl() {
    if (!isEmbedded() || url.toUpperCase(Locale.ROOT).contains(";DB_CLOSE_ON_EXIT=")) {
      return url;
    }
    return url + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  /**
   * The URL without its parameters, for logs: PostgreSQL's query ({@code ?user=...&password=...})
   * and H2's settings ({@code ;USER=...;PASSWORD=...}) may carry credentials.
   */
  public String safeUrl() {
    int query = url.indexOf('?');
    int settings = url.indexOf(';');
    int cut = query < 0 ? settings : settings < 0 ? query : Math.min(query, settings);
    return cut < 0 ? url : url.substring(0, cut) + url.charAt(cut) + "...";
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "DatabaseSettings[url="
        + safeUrl()
        + ", user="
        + user
        + ", password="
        + (password == null ? "none" : "***")
        + "]";
  }
}
