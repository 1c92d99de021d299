package org.oncotriage.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;

/** Feedback from triage to the database and back, on embedded H2 and on real PostgreSQL. */
class FeedbackServiceTest {

  @TempDir Path dir;
  private final Fixtures.MutableClock clock = new Fixtures.MutableClock();
  private FeedbackDatabase database;
  private FeedbackService service;

  @AfterEach
  void close() {
    if (service != null) {
      service.close();
    }
  }

  private FeedbackService open(TestDatabases.Kind kind, boolean storeText) {
    database = FeedbackDatabase.open(TestDatabases.settings(kind, dir));
    service =
        new FeedbackService(
            database,
            Fixtures.settings(storeText),
            storeText ? TextCipher.fromBase64(Fixtures.KEY) : null,
            clock);
    return service;
  }

  private static FeedbackService.Submission submission(String id, boolean withConversation) {
    return new FeedbackService.Submission(
        id,
        new Labels(Responder.ONCOLOGIST, true, false),
        ReviewerRole.NURSE,
        withConversation ? Optional.of(Fixtures.conversation(id)) : Optional.empty());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void feedbackIsJoinedToWhatTheServiceAnswered(TestDatabases.Kind kind) throws Exception {
    FeedbackService s = open(kind, false);
    s.remember(Fixtures.result("c-1", Responder.NURSE, "v1", false));
    s.memory().flush();

    FeedbackService.Receipt receipt = s.submit(submission("c-1", false));

    assertThat(receipt.feedbackId()).isPositive();
    assertThat(receipt.feedback().verdict()).isEqualTo(Verdict.UNDER_TRIAGE);
    assertThat(receipt.textStored()).isFalse();
    assertThat(receipt.note()).isNull();
    List<FeedbackStore.StoredFeedback> rows = s.store().readAll();
    assertThat(rows).hasSize(1);
    Feedback stored = rows.get(0).feedback();
    assertThat(stored.conversationId()).isEqualTo("c-1");
    assertThat(stored.reviewerRole()).isEqualTo(ReviewerRole.NURSE);
    assertThat(stored.labels()).isEqualTo(new Labels(Responder.ONCOLOGIST, true, false));
    assertThat(stored.triage().modelVersion()).isEqualTo("v1");
    assertThat(stored.triage().route()).isEqualTo(Responder.NURSE);
    assertThat(stored.triage().probabilities().nurse()).isEqualTo(0.5);
    assertThat(stored.receivedAt()).isEqualTo(clock.instant());
    assertThat(rows.get(0).text()).isNull();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theLatestTriageOfAnIdIsTheOneFeedbackJoins(TestDatabases.Kind kind) throws Exception {
    FeedbackService s = open(kind, false);
    s.remember(Fixtures.result("c-1", Responder.NURSE, "v1", false));
    s.memory().flush();
    clock.advance(Duration.ofMinutes(5));
    s.remember(Fixtures.result("c-1", Responder.ONCOLOGIST, "v2", false));

    FeedbackService.Receipt receipt = s.submit(submission("c-1", false));

    assertThat(receipt.feedback().triage().modelVersion()).isEqualTo("v2");
    assertThat(receipt.feedback().verdict()).isEqualTo(Verdict.AGREE);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void anIdNeverTriagedOrTriagedBeforeTheWindowIsNotFound(TestDatabases.Kind kind)
      throws Exception {
    FeedbackService s = open(kind, false);
    assertThatThrownBy(() -> s.submit(submission("c-unknown", false)))
        .isInstanceOf(FeedbackService.NotTriagedException.class);

    s.remember(Fixtures.result("c-old", Responder.NURSE, "v1", false));
    s.memory().flush();
    clock.advance(Duration.ofDays(15));
    assertThatThrownBy(() -> s.submit(submission("c-old", false)))
        .isInstanceOf(FeedbackService.NotTriagedException.class);
    assertThat(s.purge().triageRecords()).isEqualTo(1);
    assertThat(count("triage_memory")).isZero();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void withTextRetentionOffASentConversationLeavesNoTextInAnyTable(TestDatabases.Kind kind)
      throws Exception {
    FeedbackService s = open(kind, false);
    s.remember(Fixtures.result("c-1", Responder.NURSE, "v1", false));

    FeedbackService.Receipt receipt = s.submit(submission("c-1", true));

    assertThat(receipt.textStored()).isFalse();
    assertThat(receipt.note()).isEqualTo(FeedbackService.TEXT_NOT_STORED);
    assertThat(count("feedback")).isEqualTo(1);
    assertThat(count("feedback_text")).isZero();
    assertThat(everyStringInTables("triage_memory", "feedback", "feedback_text"))
        .isNotEmpty()
        .noneMatch(v -> v.contains("Zebra") || v.contains("fever"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void withTextRetentionOnTheTextIsStoredEncryptedThenPurgedAfterItsRetention(
      TestDatabases.Kind kind) throws Exception {
    FeedbackService s = open(kind, true);
    s.remember(Fixtures.result("c-1", Responder.NURSE, "v1", false));

    FeedbackService.Receipt receipt = s.submit(submission("c-1", true));

    assertThat(receipt.textStored()).isTrue();
    assertThat(count("feedback_text")).isEqualTo(1);
    byte[] stored = storedCiphertext();
    assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("Zebra")
        .doesNotContain("messages");
    assertThat(everyStringInTables("feedback", "feedback_text"))
        .noneMatch(v -> v.contains("Zebra"));

    clock.advance(Duration.ofDays(29));
    assertThat(s.purge().texts()).isZero();
    clock.advance(Duration.ofDays(1));
    assertThat(s.purge().texts()).isEqualTo(1);
    assertThat(count("feedback_text")).isZero();
    assertThat(count("feedback")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theExportStreamsBackEachStoredConversationLabeledByTheClinician(TestDatabases.Kind kind)
      throws Exception {
    FeedbackService s = open(kind, true);
    for (int i = 0; i < 3; i++) {
      s.remember(Fixtures.result("c-" + i, Responder.NURSE, "v1", false));
      s.submit(submission("c-" + i, i != 1));
    }
    Path out = dir.resolve("export.jsonl");

    FeedbackExport.Result result =
        FeedbackExport.export(s.store(), TextCipher.fromBase64(Fixtures.KEY), out);

    assertThat(result.feedbackRows()).isEqualTo(3);
    assertThat(result.conversations()).isEqualTo(2);
    List<org.oncotriage.conversation.Conversation> read =
        org.oncotriage.conversation.jsonl.ConversationReader.readAllLabeled(out);
    assertThat(read).extracting(c -> c.id()).containsExactly("c-0", "c-2");
    assertThat(read.get(1).labels()).isEqualTo(new Labels(Responder.ONCOLOGIST, true, false));
    assertThat(read.get(1).messages().get(0).text()).isEqualTo(Fixtures.SECRET_TEXT);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void textRetentionOnWithoutAKeyIsRefused(TestDatabases.Kind kind) {
    database = FeedbackDatabase.open(TestDatabases.settings(kind, dir));
    try {
      assertThatThrownBy(() -> new FeedbackService(database, Fixtures.settings(true), null, clock))
          .hasMessageContaining("no encryption key");
    } finally {
      database.close();
    }
  }

  private long count(String table) throws SQLException {
    try (Connection c = database.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private byte[] storedCiphertext() throws SQLException {
    try (Connection c = database.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT ciphertext FROM feedback_text")) {
      rs.next();
      return rs.getBytes(1);
    }
  }

  /** Every value of every column of the tables, as the driver renders it as a string. */
  private List<String> everyStringInTables(String... tables) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = database.dataSource().getConnection();
        Statement st = c.createStatement()) {
      for (String table : tables) {
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              byte[] raw =
                  rs.getMetaData().getColumnType(i) == java.sql.Types.BINARY
                          || rs.getMetaData().getColumnType(i) == java.sql.Types.VARBINARY
                      ? rs.getBytes(i)
                      : null;
              values.add(
                  raw != null
                      ? new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1)
                      : String.valueOf(rs.getString(i)));
            }
          }
        }
      }
    }
    return values;
  }
}
