package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncotriage.server.TestServers.postJson;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.feedback.DatabaseSettings;
import org.oncotriage.feedback.FeedbackDatabase;
import org.oncotriage.feedback.FeedbackStore;
import org.oncotriage.json.Json;
import org.slf4j.LoggerFactory;

/** {@code POST /v1/feedback} on the embedded database, from triage to the stored row. */
class FeedbackEndpointTest {

  private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
  private static final String FEEDBACK =
      "{\"id\":\"c-1\",\"labels\":{\"responder\":\"oncologist\",\"billable\":true,"
          + "\"urgent\":false},\"reviewer_role\":\"nurse\"}";
  private static final String WITH_CONVERSATION =
      "{\"id\":\"c-1\",\"labels\":{\"responder\":\"oncologist\",\"billable\":true,"
          + "\"urgent\":false},\"reviewer_role\":\"oncologist\",\"conversation\":"
          + TestServers.ONE
          + "}";

  @TempDir Path dir;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private final Logger audit = (Logger) LoggerFactory.getLogger(AuditLog.LOGGER);

  @BeforeEach
  void attach() {
    logs.start();
    root.addAppender(logs);
    audit.addAppender(logs);
  }

  @AfterEach
  void detach() {
    root.detachAppender(logs);
    audit.detachAppender(logs);
  }

  private TriageServer server(Map<String, String> extra) {
    Map<String, String> settings = new HashMap<>(extra);
    settings.put("feedback", "true");
    settings.put("data_dir", dir.toString());
    return TestServers.server(FakeTriager::new, settings);
  }

  private static JsonNode json(Response r) throws Exception {
    return Json.mapper().readTree(r.body().string());
  }

  private static void triageOne(HttpClient client) {
    assertThat(postJson(client, "/v1/triage", TestServers.ONE).code()).isEqualTo(200);
  }

  /** Triages {@link TestServers#ONE}, then records {@code feedback} on it: 201 and its body. */
  private static JsonNode recordAfterTriage(HttpClient client, String feedback) throws Exception {
    triageOne(client);
    Response r = postJson(client, "/v1/feedback", feedback);
    assertThat(r.code()).isEqualTo(201);
    return json(r);
  }

  @Test
  void feedbackOnATriagedConversationIsStoredJoinedToTheModelsAnswer() throws Exception {
    TriageServer server = server(Map.of());
    TestServers.whenReady(
        server,
        (app, client) -> {
          JsonNode body = recordAfterTriage(client, FEEDBACK);
          assertThat(body.get("feedback_id").asLong()).isPositive();
          assertThat(body.get("id").asText()).isEqualTo("c-1");
          assertThat(body.get("route").asText()).isEqualTo("medical_assistant");
          assertThat(body.get("verdict").asText()).isEqualTo("under_triage");
          assertThat(body.at("/model/version").asText()).isEqualTo("1.2.3");
          assertThat(body.get("text_stored").asBoolean()).isFalse();
          assertThat(body.has("note")).isFalse();

          String metrics = client.get("/metrics").body().string();
          assertThat(metrics)
              .contains(
                  "oncotriage_feedback_total{level=\"oncologist\",model_version=\"1.2.3\","
                      + "verdict=\"under_triage\"} 1.0")
              .contains("oncotriage_triage_memory_dropped_total 0.0");
        });
    server.stop();
    List<FeedbackStore.StoredFeedback> rows = storedFeedback();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).feedback().triage().modelVersion()).isEqualTo("1.2.3");
    assertThat(rows.get(0).feedback().labels().billable()).isTrue();
    assertThat(rows.get(0).text()).isNull();
  }

  @Test
  void theRoundTripRunsOnARealPostgreSqlServerByUrl() throws Exception {
    String url = PostgresForTests.freshSchemaUrl();
    TriageServer server = server(Map.of("feedback_db_url", url));
    TestServers.whenReady(
        server,
        (app, client) -> {
          recordAfterTriage(client, FEEDBACK);
        });
    server.stop();
    try (FeedbackDatabase db = FeedbackDatabase.open(DatabaseSettings.of(url))) {
      List<FeedbackStore.StoredFeedback> rows = new FeedbackStore(db.dataSource()).readAll();
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).feedback().verdict().wireName()).isEqualTo("under_triage");
    }
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aConversationTriagedWithAnIntegerIdTakesFeedbackUnderThatInteger() throws Exception {
    TestServers.whenReady(
        server(Map.of()),
        (app, client) -> {
          String numbered = TestServers.ONE.replace("\"id\":\"c-1\"", "\"id\":42");
          assertThat(postJson(client, "/v1/triage", numbered).code()).isEqualTo(200);
          Response r = postJson(client, "/v1/feedback", FEEDBACK.replace("\"c-1\"", "42"));
          assertThat(r.code()).isEqualTo(201);
          assertThat(json(r).get("id").asText()).isEqualTo("42");
          assertProblem(client, FEEDBACK.replace("\"c-1\"", "4.2"), 400, "invalid-feedback", "/id");
        });
  }

  @Test
  void anIdThatWasNotTriagedIs404WithAProblemBody() throws Exception {
    TestServers.whenReady(
        server(Map.of()),
        (app, client) -> {
          Response r = postJson(client, "/v1/feedback", FEEDBACK);
          assertThat(r.code()).isEqualTo(404);
          assertThat(r.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
          JsonNode problem = json(r);
          assertThat(problem.get("type").asText()).endsWith("/not-triaged");
          assertThat(problem.get("pointer").asText()).isEqualTo("/id");
        });
  }

  @Test
  void badBodiesAreProblemsThatPointAtTheFieldWithoutQuotingIt() throws Exception {
    TestServers.whenReady(
        server(Map.of()),
        (app, client) -> {
          triageOne(client);
          assertProblem(client, "{not json", 400, "malformed-json", null);
          assertProblem(client, "[]", 400, "invalid-feedback", "");
          assertProblem(
              client,
              "{\"id\":\"c-1\",\"reviewer_role\":\"nurse\"}",
              400,
              "invalid-feedback",
              "/labels");
          assertProblem(
              client,
              FEEDBACK.replace("\"billable\":true", "\"billable\":\"yes\""),
              400,
              "invalid-feedback",
              "/labels/billable");
          assertProblem(
              client,
              FEEDBACK.replace("\"oncologist\"", "\"surgeon-secret\""),
              422,
              "unprocessable-feedback",
              "/labels/responder");
          assertProblem(
              client,
              FEEDBACK.replace("\"nurse\"", "\"janitor-secret\""),
              422,
              "unprocessable-feedback",
              "/reviewer_role");
          assertProblem(
              client,
              FEEDBACK.replace("\"urgent\":false", "\"urgent\":true"),
              422,
              "unprocessable-feedback",
              "/labels");
          Response wrongType =
              TestServers.post(client, "/v1/feedback", FEEDBACK, "text/plain", Map.of());
          assertThat(wrongType.code()).isEqualTo(415);
        });
  }

  @Test
  void withTextRetentionOnBrokenConversationsAndIdsAreProblemsNeverServerErrors() throws Exception {
    TestServers.whenReady(
        server(Map.of("feedback_store_text", "true", "feedback_encryption_key", KEY)),
        (app, client) -> {
          triageOne(client);
          String head =
              WITH_CONVERSATION.substring(0, WITH_CONVERSATION.indexOf("\"conversation\":"));
          assertProblem(
              client, head + "\"conversation\":[]}", 400, "invalid-feedback", "/conversation");
          assertProblem(
              client,
              head + "\"conversation\":{\"id\":\"c-1\",\"messages\":\"secret\"}}",
              400,
              "invalid-feedback",
              "/conversation/messages");
          assertProblem(
              client,
              WITH_CONVERSATION.replace(
                  "\"id\":\"c-1\",\"messages\"", "\"id\":\"c-2\",\"messages\""),
              422,
              "unprocessable-feedback",
              "/conversation/id");
          assertProblem(
              client,
              FEEDBACK.replace("\"c-1\"", "\"" + "x".repeat(10_000) + "\""),
              400,
              "invalid-feedback",
              "/id");
          assertProblem(
              client, FEEDBACK.replace("\"c-1\"", "\" \""), 400, "invalid-feedback", "/id");
          assertProblem(client, FEEDBACK.replace("\"c-1\"", "\"c-2\""), 404, "not-triaged", "/id");
        });
  }

  private static void assertProblem(
      HttpClient client, String body, int status, String slug, String pointer) throws Exception {
    Response r = postJson(client, "/v1/feedback", body);
    assertThat(r.code()).as(body).isEqualTo(status);
    assertThat(r.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
    String text = r.body().string();
    JsonNode problem = Json.mapper().readTree(text);
    assertThat(problem.get("type").asText()).endsWith("/" + slug);
    if (pointer != null) {
      assertThat(problem.get("pointer").asText()).isEqualTo(pointer);
    }
    assertThat(text).doesNotContain("secret");
  }

  @Test
  void withTextRetentionOffASentConversationIsNotStoredAndTheResponseSaysSo() throws Exception {
    TriageServer server = server(Map.of());
    TestServers.whenReady(
        server,
        (app, client) -> {
          JsonNode body = recordAfterTriage(client, WITH_CONVERSATION);
          assertThat(body.get("text_stored").asBoolean()).isFalse();
          assertThat(body.get("note").asText()).contains("feedback_store_text is off");
        });
    server.stop();
    assertThat(count("feedback")).isEqualTo(1);
    assertThat(count("feedback_text")).isZero();
  }

  @Test
  void withTextRetentionOnTheConversationIsStoredEncrypted() throws Exception {
    TriageServer server =
        server(Map.of("feedback_store_text", "true", "feedback_encryption_key", KEY));
    TestServers.whenReady(
        server,
        (app, client) -> {
          assertThat(recordAfterTriage(client, WITH_CONVERSATION).get("text_stored").asBoolean())
              .isTrue();
        });
    server.stop();
    List<FeedbackStore.StoredFeedback> rows = storedFeedback();
    assertThat(rows.get(0).text()).isNotNull();
    assertThat(new String(rows.get(0).text().ciphertext(), StandardCharsets.ISO_8859_1))
        .doesNotContain("anti-nausea");
  }

  @Test
  void neitherLogsNorTheAuditTrailCarryMessageTextButTheAuditNamesRoleAndVersion()
      throws Exception {
    TriageServer server =
        server(Map.of("feedback_store_text", "true", "feedback_encryption_key", KEY));
    TestServers.whenReady(
        server,
        (app, client) -> {
          recordAfterTriage(client, WITH_CONVERSATION);
          Thread.sleep(100);
        });
    server.stop();
    List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines).isNotEmpty().noneMatch(l -> l.contains("anti-nausea") || l.contains(KEY));
    JsonNode recorded =
        lines.stream()
            .filter(l -> l.contains("\"feedback.recorded\""))
            .map(FeedbackEndpointTest::parse)
            .findFirst()
            .orElseThrow();
    assertThat(recorded.get("conversation").asText()).isEqualTo("c-1");
    assertThat(recorded.get("reviewer_role").asText()).isEqualTo("oncologist");
    assertThat(recorded.get("model_version").asText()).isEqualTo("1.2.3");
    assertThat(recorded.get("text_stored").asBoolean()).isTrue();
    assertThat(lines)
        .anyMatch(l -> l.contains("\"endpoint\":\"/v1/feedback\"") && l.contains("\"c-1\""));
  }

  @Test
  void withFeedbackOffTheEndpointAnswers404NamingTheSetting() throws Exception {
    TestServers.whenReady(
        TestServers.server(FakeTriager::new, Map.of()),
        (app, client) -> {
          Response r = postJson(client, "/v1/feedback", FEEDBACK);
          assertThat(r.code()).isEqualTo(404);
          assertThat(json(r).get("detail").asText()).contains("feedback=false");
        });
  }

  private static JsonNode parse(String line) {
    try {
      return Json.mapper().readTree(line);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private List<FeedbackStore.StoredFeedback> storedFeedback() {
    try (FeedbackDatabase db = FeedbackDatabase.open(DatabaseSettings.embedded(dir))) {
      return new FeedbackStore(db.dataSource()).readAll();
    }
  }

  private long count(String table) throws SQLException {
    try (FeedbackDatabase db = FeedbackDatabase.open(DatabaseSettings.embedded(dir));
        Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
