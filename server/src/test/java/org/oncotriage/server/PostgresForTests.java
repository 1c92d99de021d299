package org.oncotriage.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema on the real PostgreSQL server named by {@code ONCOTRIAGE_TEST_POSTGRES_URL} (as
 * {@code .ci/postgres.sh} starts it; the feedback module's tests use the same variables). Without
 * it the test is skipped, unless {@code ONCOTRIAGE_REQUIRE_POSTGRES=true} (set by {@code .ci/run}):
 * then it fails.
 */
final class PostgresForTests {

  private PostgresForTests() {}

  /** The JDBC URL of a new, empty schema. */
  static String freshSchemaUrl() {
    String url = System.getenv("ONCOTRIAGE_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("ONCOTRIAGE_REQUIRE_POSTGRES"))) {
        fail("ONCOTRIAGE_REQUIRE_POSTGRES is set but no ONCOTRIAGE_TEST_POSTGRES_URL is given");
      }
      Assumptions.abort("no PostgreSQL server: run eval \"$(.ci/postgres.sh start)\" first");
    }
    String schema = "s_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      fail("cannot reach the PostgreSQL server: " + e.getMessage());
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
