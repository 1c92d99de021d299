package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15, item 4: the model life cycle's endpoints need an admin key. */
class ModelAdminAuthTest {

  @Test
  void withoutAdminKeysConfiguredEveryAdminEndpointIs403NamingTheSetting() {
    TriageServer server = TestServers.server(() -> new VersionedTriager("1"), Map.of());
    TestServers.whenReady(
        server,
        (app, client) -> {
          var list = TestServers.get(client, "/v1/models", Map.of());
          assertThat(list.code()).isEqualTo(403);
          assertThat(list.headers().get("Content-Type").get(0)).startsWith(Problem.CONTENT_TYPE);
          assertThat(list.body().string())
              .contains("admin_api_keys")
              .contains("ONCOTRIAGE_ADMIN_API_KEYS");
          assertThat(AdminServers.act(client, "1", "promote").code()).isEqualTo(403);
          assertThat(TestServers.postJson(client, "/v1/triage", TestServers.ONE).code())
              .isEqualTo(200);
        });
  }

  @Test
  void aMissingAdminKeyIs401AndAWrongOneIs403AsForTheApi() {
    TriageServer server =
        AdminServers.server(new VersionedTriager("1"), Map.of(), Map.of("api_keys", "api-key"));
    TestServers.whenReady(
        server,
        (app, client) -> {
          var none = TestServers.get(client, "/v1/models", Map.of());
          assertThat(none.code()).isEqualTo(401);
          assertThat(none.headers().get("WWW-Authenticate").get(0)).startsWith("Bearer");
          assertThat(
                  TestServers.get(client, "/v1/models", Map.of("Authorization", "Bearer wrong"))
                      .code())
              .isEqualTo(403);
          assertThat(
                  TestServers.get(client, "/v1/models", Map.of("Authorization", "Bearer api-key"))
                      .code())
              .as("an API key is not an admin key")
              .isEqualTo(403);
          assertThat(TestServers.get(client, "/v1/models", AdminServers.admin()).code())
              .isEqualTo(200);
        });
  }

  @Test
  void anAdminKeyIsNotAnApiKey() {
    TriageServer server =
        AdminServers.server(new VersionedTriager("1"), Map.of(), Map.of("api_keys", "api-key"));
    TestServers.whenReady(
        server,
        (app, client) -> {
          var asAdmin =
              TestServers.post(
                  client, "/v1/triage", TestServers.ONE, "application/json", AdminServers.admin());
          assertThat(asAdmin.code()).isEqualTo(403);
          var asApi =
              TestServers.post(
                  client,
                  "/v1/triage",
                  TestServers.ONE,
                  "application/json",
                  Map.of("Authorization", "Bearer api-key"));
          assertThat(asApi.code()).isEqualTo(200);
        });
  }
}
