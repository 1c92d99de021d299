package org.oncotriage.feedback;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the tests run on: embedded H2 in a temporary directory, and a real PostgreSQL
 * server named by {@value #URL_VARIABLE} (started by {@code .ci/postgres.sh}), each test in a fresh
 * schema. Without that variable the PostgreSQL tests are skipped, unless {@value #REQUIRE_VARIABLE}
 * is {@code true} (as {@code .ci/run} sets it): then they fail.
 */
final class TestDatabases {

  static final String URL_VARIABLE = "ONCOTRIAGE_TEST_POSTGRES_URL";
  static final String REQUIRE_VARIABLE = "ONCOTRIAGE_REQUIRE_POSTGRES";

  /** The kinds, for parameterized tests. */
  enum Kind {
    H2,
    POSTGRESQL
  }

  private TestDatabases() {}

  static DatabaseSettings settings(Kind kind, Path dir) {
    return kind == Kind.H2 ? DatabaseSettings.embedded(dir) : freshPostgresSchema();
  }

  /** A new, empty schema on the test server, as the URL's current schema. */
  static DatabaseSettings freshPostgresSchema() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv(REQUIRE_VARIABLE))) {
        fail(REQUIRE_VARIABLE + " is set but " + URL_VARIABLE + " names no PostgreSQL server");
      }
      Assumptions.abort("no PostgreSQL server: run eval \"$(.ci/postgres.sh start)\" first");
    }
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      fail("cannot reach the PostgreSQL server of " + URL_VARIABLE + ": " + e.getMessage());
    }
    return DatabaseSettings.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }
}
