package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncotriage.server.AdminServers.act;
import static org.oncotriage.server.AdminServers.json;
import static org.oncotriage.server.AdminServers.load;
import static org.oncotriage.server.AdminServers.states;
import static org.oncotriage.server.AdminServers.unload;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncotriage.json.Json;
import org.slf4j.LoggerFactory;

/** Issue 15, item 4: load, list, promote, roll back and unload model versions over HTTP. */
class ModelLifecycleEndpointsTest {

  private static final String SERVING = "1.0.0+aaa";
  private static final String CANDIDATE = "2.0.0+bbb";

  private final VersionedTriager serving = new VersionedTriager(SERVING);
  private final VersionedTriager candidate = new VersionedTriager(CANDIDATE);

  private TriageServer server(Map<String, String> settings) {
    return AdminServers.server(serving, Map.of("candidate", candidate), settings);
  }

  @Test
  void aLoadedVersionIsListedBesideTheServingOneWithItsProvenance() {
    TestServers.whenReady(
        server(Map.of()),
        (app, client) -> {
          var loaded = load(client, Path.of("/models/candidate"));
          assertThat(loaded.code()).isEqualTo(201);
          assertThat(json(loaded).get("version").asText()).isEqualTo(CANDIDATE);
          assertThat(loaded.headers().get("Location").get(0)).isEqualTo("/v1/models/" + CANDIDATE);

          JsonNode models = json(TestServers.get(client, "/v1/models", AdminServers.admin()));
          assertThat(models.at("/models/0/version").asText()).isEqualTo(SERVING);
          assertThat(models.at("/models/0/state").asText()).isEqualTo("serving");
          assertThat(models.at("/models/1/state").asText()).isEqualTo("loaded");
          assertThat(models.at("/models/1/source").asText()).isEqualTo("/models/candidate");
          assertThat(models.at("/models/1/provenance/trainer").asText()).isEqualTo("none");
          assertThat(models.at("/models/1/loaded_at").asText()).isNotBlank();
        });
  }

  @Test
  void loadingTheSameVersionTwiceIs409AndClosesTheSecondCopy() {
    VersionedTriager copy = new VersionedTriager(CANDIDATE);
    TriageServer server =
        AdminServers.server(serving, Map.of("candidate", candidate, "copy", copy), Map.of());
    TestServers.whenReady(
        server,
        (app, client) -> {
          assertThat(load(client, Path.of("candidate")).code()).isEqualTo(201);
          var again = load(client, Path.of("copy"));
          assertThat(again.code()).isEqualTo(409);
          assertThat(json(again).get("detail").asText()).contains(CANDIDATE, "loaded already");
          assertThat(copy.closed()).isTrue();
          assertThat(candidate.closed()).isFalse();
        });
  }

  @Test
  void aBadPathOrABadModelIsAProblemThatNamesItWithoutAStackTrace() {
    VersionedTriager broken = new VersionedTriager("3.0.0").failing();
    TriageServer server = AdminServers.server(serving, Map.of("broken", broken), Map.of());
    TestServers.whenReady(
        server,
        (app, client) -> {
          var missing = load(client, Path.of("/nowhere/missing"));
          assertThat(missing.code()).isEqualTo(422);
          assertThat(missing.headers().get("Content-Type").get(0)).startsWith(Problem.CONTENT_TYPE);
          String body = missing.body().string();
          assertThat(body).contains("/nowhere/missing").doesNotContain("\tat ", "at org.");

          var bad = load(client, Path.of("broken"));
          assertThat(bad.code()).isEqualTo(422);
          assertThat(json(bad).get("detail").asText()).contains("check conversation");
          assertThat(broken.closed()).isTrue();

          var noPath =
              TestServers.post(
                  client,
                  "/v1/models",
                  "{\"dir\":\"x\"}",
                  "application/json",
                  AdminServers.admin());
          assertThat(noPath.code()).isEqualTo(400);
          assertThat(json(noPath).get("pointer").asText()).isEqualTo("/path");
          assertThat(states(client)).containsOnlyKeys(SERVING);
        });
  }

  @Test
  void anUnknownVersionIs404() {
    TestServers.whenReady(
        server(Map.of()),
        (app, client) -> {
          assertThat(act(client, "9.9.9", "promote").code()).isEqualTo(404);
          assertThat(act(client, "9.9.9", "shadow").code()).isEqualTo(404);
          assertThat(unload(client, "9.9.9").code()).isEqualTo(404);

          Response named = act(client, "9.9.9", "promote");
          assertThat(json(named).get("detail").asText()).endsWith("version 9.9.9");
          String odd = "v".repeat(5_000);
          Response unnamed = act(client, odd, "promote");
          assertThat(unnamed.code()).isEqualTo(404);
          assertThat(json(unnamed).get("detail").asText())
              .isEqualTo("no loaded model has that version");
        });
  }

  @Test
  void promotingSwitchesWhatAnswersAndRollbackSwitchesBack() {
    TestServers.whenReady(
        server(Map.of()),
        (app, client) -> {
          load(client, Path.of("candidate"));
          assertThat(act(client, CANDIDATE, "promote").code()).isEqualTo(200);
          assertThat(states(client)).containsEntry(CANDIDATE, "serving");
          assertThat(states(client)).containsEntry(SERVING, "loaded");
          assertThat(servedVersion(client)).isEqualTo(CANDIDATE);
          assertThat(client.get("/metrics").body().string())
              .contains("oncotriage_model_info{name=\"fake-model\",version=\"" + CANDIDATE + "\"}")
              .doesNotContain("version=\"" + SERVING + "\"");
          assertThat(act(client, CANDIDATE, "promote").code()).isEqualTo(409);

          assertThat(act(client, SERVING, "rollback").code())
              .as("only the serving version rolls back")
              .isEqualTo(409);
          var back = act(client, CANDIDATE, "rollback");
          assertThat(back.code()).isEqualTo(200);
          assertThat(json(back).get("version").asText()).isEqualTo(SERVING);
          assertThat(servedVersion(client)).isEqualTo(SERVING);
          assertThat(TestServers.get(client, "/v1/model", Map.of()).body().string())
              .contains(SERVING);
        });
  }

  @Test
  void theServingVersionCannotBeUnloadedAndAnotherIsClosedAndGone() {
    TestServers.whenReady(
        server(Map.of()),
        (app, client) -> {
          load(client, Path.of("candidate"));
          var refused = unload(client, SERVING);
          assertThat(refused.code()).isEqualTo(409);
          assertThat(json(refused).get("detail").asText()).contains("is serving");

          var gone = unload(client, CANDIDATE);
          assertThat(gone.code()).isEqualTo(200);
          assertThat(json(gone).get("state").asText()).isEqualTo("unloaded");
          assertThat(candidate.closed()).isTrue();
          assertThat(serving.closed()).isFalse();
          assertThat(states(client)).containsOnlyKeys(SERVING);
          assertThat(act(client, CANDIDATE, "promote").code()).isEqualTo(404);
        });
  }

  @Test
  void aLoadBeyondMaxLoadedModelsIs409() {
    TestServers.whenReady(
        server(Map.of("max_loaded_models", "1")),
        (app, client) -> {
          var full = load(client, Path.of("candidate"));
          assertThat(full.code()).isEqualTo(409);
          assertThat(json(full).get("detail").asText()).contains("max_loaded_models=1");
        });
  }

  @Test
  void adminActionsAndTheServingVersionGoToTheAuditLog() {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    Logger audit = (Logger) LoggerFactory.getLogger(AuditLog.LOGGER);
    appender.start();
    audit.addAppender(appender);
    try {
      TestServers.whenReady(
          server(Map.of()),
          (app, client) -> {
            load(client, Path.of("candidate"));
            act(client, CANDIDATE, "promote");
            TestServers.postJson(client, "/v1/triage", TestServers.ONE);
            TestServers.get(client, "/v1/nothing-here", Map.of());
            Thread.sleep(200);
          });
    } finally {
      audit.detachAppender(appender);
    }
    var lines = appender.list.stream().map(e -> readTree(e.getFormattedMessage())).toList();
    assertThat(lines)
        .anySatisfy(
            l -> {
              assertThat(l.path("event").asText()).isEqualTo("model_lifecycle");
              assertThat(l.path("action").asText()).isEqualTo("promote");
              assertThat(l.path("version").asText()).isEqualTo(CANDIDATE);
              assertThat(l.path("key_id").asText())
                  .isEqualTo(ApiKeys.keyId(AdminServers.ADMIN_KEY));
            });
    assertThat(lines).anySatisfy(l -> assertThat(l.path("action").asText()).isEqualTo("load"));
    assertThat(lines)
        .filteredOn(l -> !l.has("event"))
        .allSatisfy(l -> assertThat(l.path("model_version").asText()).isIn(SERVING, CANDIDATE));
    assertThat(lines)
        .filteredOn(l -> l.path("endpoint").asText().equals("/v1/triage"))
        .singleElement()
        .satisfies(l -> assertThat(l.path("model_version").asText()).isEqualTo(CANDIDATE));
  }

  private static String servedVersion(io.javalin.testtools.HttpClient client) {
    return json(TestServers.postJson(client, "/v1/triage", TestServers.ONE))
        .at("/model/version")
        .asText();
  }

  private static JsonNode readTree(String line) {
    try {
      return Json.mapper().readTree(line);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
