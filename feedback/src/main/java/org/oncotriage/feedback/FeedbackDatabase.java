package org.oncotriage.feedback;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The feedback database: a small HikariCP pool over the JDBC URL, migrated by Flyway to the current
 * schema when opened (the scripts are {@code org/oncotriage/feedback/migration/V*.sql}, portable
 * between H2 and PostgreSQL). Close it to close the pool. Thread-safe.
 */
public final class FeedbackDatabase implements AutoCloseable {

  /** Where the migration scripts are on the class path. */
  public static final String MIGRATIONS = "classpath:org/oncotriage/feedback/migration";

  private static final int POOL_SIZE = 4;

  private final HikariDataSource pool;
  private final DatabaseSettings settings;
  private final int migrationsApplied;

  private FeedbackDatabase(HikariDataSource pool, DatabaseSettings settings, int applied) {
    this.pool = pool;
    this.settings = settings;
    this.migrationsApplied = applied;
  }

  /**
   * Opens the database and migrates it.
   *
   * @throws IllegalArgumentException naming the URL (without credentials) and the cause when it
   *     cannot be reached or migrated
   */
  public static FeedbackDatabase open(DatabaseSettings settings) {
    createEmbeddedDirectory(settings);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.connectionUrl());
    if (settings.user() != null) {
      config.setUsername(settings.user());
    }
    if (settings.password() != null) {
      config.setPassword(settings.password());
    }
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setPoolName("oncotriage-feedback");
    config.setConnectionTimeout(10_000);
    config.setInitializationFailTimeout(1);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot open the feedback database " + settings.safeUrl() + ": " + firstLine(e));
    }
    try {
      MigrateResult result =
          Flyway.configure()
              .dataSource(pool)
              .locations(MIGRATIONS)
              .failOnMissingLocations(true)
              .load()
              .migrate();
      return new FeedbackDatabase(pool, settings, result.migrationsExecuted);
    } catch (FlywayException e) {
      pool.close();
      throw new IllegalArgumentException(
          "cannot migrate the feedback database " + settings.safeUrl() + ": " + firstLine(e));
    }
  }

  /** The pooled data source. */
  public DataSource dataSource() {
    return pool;
  }

  /** Where it is. */
  public DatabaseSettings settings() {
    return settings;
  }

  /** How many migrations opening it applied (0 when it was already current). */
  public int migrationsApplied() {
    return migrationsApplied;
  }

  @Override
  public void close() {
    pool.close();
  }

  private static void createEmbeddedDirectory(DatabaseSettings settings) {
    String prefix = "jdbc:h2:file:";
    if (!settings.url().startsWith(prefix)) {
      return;
    }
    String path = settings.url().substring(prefix.length()).split(";", 2)[0];
    Path parent = Path.of(path).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot create the data directory " + parent);
    }
  }

  /** The first line of the message of the first SQL exception down the chain, else of {@code e}. */
  static String firstLine(Throwable e) {
    Throwable chosen = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        chosen = t;
        break;
      }
    }
    String message = chosen.getMessage();
    return message == null
        ? chosen.getClass().getSimpleName()
        : message.lines().findFirst().orElse(chosen.getClass().getSimpleName());
  }
}
