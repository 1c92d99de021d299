package org.oncotriage.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Flyway migrations from an empty database, on H2 and on a real PostgreSQL server. */
class MigrationsTest {

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void createTheTablesOnAnEmptyDatabaseAndApplyNothingTheSecondTime(TestDatabases.Kind kind)
      throws SQLException {
    DatabaseSettings settings = TestDatabases.settings(kind, dir);
    try (FeedbackDatabase db = FeedbackDatabase.open(settings)) {
      assertThat(db.migrationsApplied()).isEqualTo(1);
      assertThat(tables(db))
          .contains("triage_memory", "feedback", "feedback_text", "flyway_schema_history");
    }
    try (FeedbackDatabase again = FeedbackDatabase.open(settings)) {
      assertThat(again.migrationsApplied()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void anUnreachableDatabaseIsAOneLineReasonWithoutCredentials(TestDatabases.Kind kind) {
    String url =
        kind == TestDatabases.Kind.H2
            ? "jdbc:h2:file:" + dir.resolve("x") + ";IFEXISTS=TRUE"
            : "jdbc:postgresql://127.0.0.1:1/none?password=hunter2";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> FeedbackDatabase.open(DatabaseSettings.of(url)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot open the feedback database")
        .hasMessageNotContaining("hunter2")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  private static List<String> tables(FeedbackDatabase db) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        ResultSet rs =
            c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }
}
