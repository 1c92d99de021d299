package org.oncotriage.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.oncotriage.feedback.DatabaseSettings;
import org.oncotriage.feedback.FeedbackSettings;
import org.oncotriage.feedback.TextCipher;

/**
 * The settings of clinicians' feedback ({@code POST /v1/feedback}) and its database, part of {@link
 * ServerConfig} and read the same way (command line, {@code ONCOTRIAGE_<KEY>}, file).
 *
 * @param enabled whether feedback is taken and triage results remembered ({@code feedback}, default
 *     true); off, {@code /v1/feedback} answers 404 and no database is opened
 * @param dataDir the directory of the embedded database ({@code data_dir}, default {@code data})
 * @param dbUrl a JDBC URL ({@code feedback_db_url}; default none: the embedded H2 database {@code
 *     DATA_DIR/feedback.mv.db}); {@code jdbc:postgresql://host:port/db} for PostgreSQL
 * @param dbUser the database user ({@code feedback_db_user}, default none)
 * @param dbPassword the database password ({@code feedback_db_password}, default none; never shown)
 * @param window how long the answer for a conversation id is remembered, so that feedback can join
 *     it ({@code feedback_window_days}, default 14)
 * @param storeText whether a conversation sent with feedback is stored, encrypted ({@code
 *     feedback_store_text}, default false)
 * @param textRetention how long stored text is kept ({@code feedback_text_retention_days}, default
 *     30)
 * @param encryptionKey the Base64 AES-256 key of stored text ({@code feedback_encryption_key},
 *     default none; never shown)
 * @param encryptionKeyFile a file holding that key ({@code feedback_encryption_key_file})
 * @param memoryQueueCapacity triage results that may wait for the database writer; beyond that they
 *     are dropped and counted ({@code triage_memory_queue_capacity}, default 10000)
 */
public record FeedbackConfig(
    boolean enabled,
    Path dataDir,
    String dbUrl,
    String dbUser,
    String dbPassword,
    Duration window,
    boolean storeText,
    Duration textRetention,
    String encryptionKey,
    Path encryptionKeyFile,
    int memoryQueueCapacity) {

  /** The keys and their defaults, in documentation order. */
  static final Map<String, String> DEFAULTS = defaults();

  /** Keys whose values are never shown. */
  static final Set<String> SECRETS = Set.of("feedback_db_password", "feedback_encryption_key");

  /** Triage results written in one transaction. */
  private static final int MEMORY_BATCH_SIZE = 256;

  /**
   * The most days a window or retention may be: a century keeps every time the database stores
   * within what PostgreSQL's timestamps hold (a larger one would fail every feedback with 503).
   */
  static final int MAX_DAYS = 36_500;

  public FeedbackConfig {
    requireDays(window, "feedback_window_days");
    requireDays(textRetention, "feedback_text_retention_days");
    if (memoryQueueCapacity < 1 || memoryQueueCapacity > 1_000_000) {
      throw new IllegalArgumentException(
          "triage_memory_queue_capacity must be between 1 and 1000000, received "
              + memoryQueueCapacity);
    }
    if (dbUrl != null) {
      new DatabaseSettings(dbUrl, dbUser, dbPassword); // checks the URL's kind
    }
    if (encryptionKey != null && encryptionKeyFile != null) {
      throw new IllegalArgumentException(
          "set feedback_encryption_key or feedback_encryption_key_file, not both");
    }
  }

  private static void requireDays(Duration days, String key) {
    if (days.isNegative() || days.isZero() || days.toDays() > MAX_DAYS) {
      throw new IllegalArgumentException(
          key + " must be between 1 and " + MAX_DAYS + ", received " + days.toDays());
    }
  }

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("feedback", "true");
    d.put("data_dir", "data");
    d.put("feedback_db_url", "");
    d.put("feedback_db_user", "");
    d.put("feedback_db_password", "");
    d.put("feedback_window_days", "14");
    d.put("feedback_store_text", "false");
    d.put("feedback_text_retention_days", "30");
    d.put("feedback_encryption_key", "");
    d.put("feedback_encryption_key_file", "");
    d.put("triage_memory_queue_capacity", "10000");
    return d;
  }

  static FeedbackConfig parse(ServerConfig.Parser p) {
    return new FeedbackConfig(
        p.bool("feedback"),
        Path.of(p.string("data_dir")),
        emptyToNull(p.string("feedback_db_url")),
        emptyToNull(p.string("feedback_db_user")),
        emptyToNull(p.string("feedback_db_password")),
        Duration.ofDays(p.integer("feedback_window_days")),
        p.bool("feedback_store_text"),
        Duration.ofDays(p.integer("feedback_text_retention_days")),
        emptyToNull(p.string("feedback_encryption_key")),
        p.get("feedback_encryption_key_file", s -> s.isEmpty() ? null : Path.of(s)),
        p.integer("triage_memory_queue_capacity"));
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** Where the database is: the URL given, else the embedded file under {@code data_dir}. */
  public DatabaseSettings database() {
    return dbUrl == null
        ? DatabaseSettings.embedded(dataDir)
        : new DatabaseSettings(dbUrl, dbUser, dbPassword);
  }

  /** The feedback module's settings. */
  public FeedbackSettings settings() {
    return new FeedbackSettings(
        window, storeText, textRetention, memoryQueueCapacity, MEMORY_BATCH_SIZE);
  }

  /**
   * The cipher of stored text from the key or key file, or {@code null} when neither is set.
   *
   * @throws IllegalArgumentException naming the setting (never the key) when the key is unusable
   */
  public TextCipher cipher() {
    try {
      if (encryptionKeyFile != null) {
        return TextCipher.fromFile(encryptionKeyFile);
      }
      return encryptionKey == null ? null : TextCipher.fromBase64(encryptionKey);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          (encryptionKeyFile != null ? "feedback_encryption_key_file" : "feedback_encryption_key")
              + ": "
              + e.getMessage());
    }
  }

  /** Never shows the password or the key. */
  @Override
  public String toString() {
    return "feedback="
        + enabled
        + ", data_dir="
        + dataDir
        + ", feedback_db="
        + database().safeUrl()
        + ", feedback_db_password="
        + (dbPassword == null ? "none" : "***")
        + ", feedback_window_days="
        + window.toDays()
        + ", feedback_store_text="
        + storeText
        + ", feedback_text_retention_days="
        + textRetention.toDays()
        + ", feedback_encryption_key="
        + (encryptionKey == null ? "none" : "***")
        + ", feedback_encryption_key_file="
        + encryptionKeyFile
        + ", triage_memory_queue_capacity="
        + memoryQueueCapacity;
  }
}
