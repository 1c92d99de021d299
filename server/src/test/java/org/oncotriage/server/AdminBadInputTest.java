package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the admin endpoints: a malformed body or version is a 4xx problem, never a 5xx; a
 * spelling of an admin path never reaches a handler with an API key alone.
 */
class AdminBadInputTest {

  @Test
  void badBodiesAndVersionsAre4xxProblems() {
    TriageServer server = AdminServers.server(new VersionedTriager("1"), Map.of(), Map.of());
    TestServers.whenReady(
        server,
        (app, client) -> {
          for (String body :
              List.of(
                  "{not json",
                  "[]",
                  "null",
                  "\"x\"",
                  "{}",
                  "{\"path\":1}",
                  "{\"path\":\"\"}",
                  "{\"path\":\"a\\u0000b\"}",
                  "{\"path\":\"/no/such/dir\"}")) {
            assertProblem(
                TestServers.post(
                    client, "/v1/models", body, "application/json", AdminServers.admin()),
                body);
          }
          for (String version : List.of("nope", "%20", "..%2F..", "1%0A2", "x".repeat(2000))) {
            for (String action : List.of("shadow", "promote", "rollback")) {
              assertProblem(AdminServers.act(client, version, action), action + " " + version);
            }
            assertProblem(AdminServers.unload(client, version), "unload " + version);
          }
        });
  }

  @Test
  void otherSpellingsOfTheAdminPathsAreNotServedWithAnApiKey() {
    TriageServer server =
        AdminServers.server(new VersionedTriager("1"), Map.of(), Map.of("api_keys", "api-key"));
    TestServers.whenReady(
        server,
        (app, client) -> {
          for (String path :
              List.of(
                  "/v1/models/",
                  "/v1//models",
                  "/v1/models;x=1",
                  "/v1/%6dodels",
                  "/v1/./models",
                  "/v1/x/../models",
                  "/V1/models")) {
            Response r = TestServers.get(client, path, Map.of("Authorization", "Bearer api-key"));
            assertThat(r.code()).as(path).isNotEqualTo(200).isLessThan(500);
          }
        });
  }

  private static void assertProblem(Response r, String what) {
    assertThat(r.code()).as(what).isBetween(400, 499);
    assertThat(r.headers().get("Content-Type").get(0)).as(what).startsWith(Problem.CONTENT_TYPE);
  }
}
