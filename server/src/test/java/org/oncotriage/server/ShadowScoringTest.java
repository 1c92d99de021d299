package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncotriage.server.AdminServers.act;
import static org.oncotriage.server.AdminServers.json;
import static org.oncotriage.server.AdminServers.load;
import static org.oncotriage.server.AdminServers.states;
import static org.oncotriage.server.AdminServers.unload;

import io.javalin.testtools.HttpClient;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncotriage.conversation.Responder;
import org.oncotriage.triage.TriageResult;

/**
 * Issue 15, item 4: a candidate in shadow scores live traffic in the background; callers only get
 * the serving model's answer; per-version metrics compare the two.
 */
class ShadowScoringTest {

  private static final String SERVING = "1.0.0+aaa";
  private static final String CANDIDATE = "2.0.0+bbb";

  /** A candidate that sends every conversation to the oncologist. */
  private static VersionedTriager escalating() {
    return new VersionedTriager(
        CANDIDATE,
        0,
        r ->
            new TriageResult(
                r.id(), Responder.ONCOLOGIST, r.responder(), r.billable(), r.urgent(), r.model()));
  }

  @Test
  void callersGetTheServingAnswerWhileShadowMetricsCompareBothModels() {
    VersionedTriager candidate = escalating();
    whenShadowing(
        candidate,
        client -> {
          for (int i = 0; i < 5; i++) {
            var answer = json(TestServers.postJson(client, "/v1/triage", TestServers.ONE));
            assertThat(answer.at("/model/version").asText()).isEqualTo(SERVING);
            assertThat(answer.get("route").asText()).isEqualTo("medical_assistant");
          }
          String metrics =
              awaitMetric(
                  client,
                  "oncotriage_shadow_conversations_total{version=\"" + CANDIDATE + "\"} 5.0");
          String v = "version=\"" + CANDIDATE + "\"";
          assertThat(metrics)
              .contains("oncotriage_shadow_requests_total{outcome=\"compared\"," + v + "} 5.0")
              .contains(
                  "oncotriage_shadow_route_disagreement_total{direction=\"higher\"," + v + "} 5.0")
              .contains(
                  "oncotriage_shadow_routes_total{model=\"candidate\",route=\"oncologist\","
                      + v
                      + "} 5.0")
              .contains(
                  "oncotriage_shadow_routes_total{model=\"serving\",route=\"medical_assistant\","
                      + v
                      + "} 5.0")
              .contains("oncotriage_shadow_urgent_agreement_total{" + v + "} 5.0")
              .contains("oncotriage_shadow_latency_seconds_count{model=\"candidate\"," + v + "} 5")
              .contains("oncotriage_shadow_latency_seconds_count{model=\"serving\"," + v + "} 5");
          assertThat(candidate.triaged("c-1")).isTrue();

          assertThat(unload(client, CANDIDATE).code()).isEqualTo(200);
          assertThat(client.get("/metrics").body().string()).doesNotContain(CANDIDATE);
        });
  }

  @Test
  void aFailingCandidateNeverFailsACaller() {
    VersionedTriager candidate = new VersionedTriager(CANDIDATE);
    whenShadowing(
        candidate,
        client -> {
          candidate.failing();
          for (int i = 0; i < 5; i++) {
            var answer = TestServers.postJson(client, "/v1/triage", TestServers.URGENT);
            assertThat(answer.code()).isEqualTo(200);
          }
          awaitMetric(
              client,
              "oncotriage_shadow_requests_total{outcome=\"failed\",version=\""
                  + CANDIDATE
                  + "\"} 5.0");
        });
  }

  @Test
  void theServingVersionCannotShadowItself() {
    TriageServer server = AdminServers.server(new VersionedTriager(SERVING), Map.of(), Map.of());
    TestServers.whenReady(
        server, (app, client) -> assertThat(act(client, SERVING, "shadow").code()).isEqualTo(409));
  }

  /** What a test does once {@code candidate} shadows the serving model on all of the traffic. */
  private interface ShadowCase {
    void run(HttpClient client) throws Exception;
  }

  /**
   * Runs {@code test} against a server whose serving model is {@link #SERVING} and whose {@code
   * candidate}, loaded and put in shadow with {@code shadow_share=1}, is listed as the shadow.
   */
  private static void whenShadowing(VersionedTriager candidate, ShadowCase test) {
    TriageServer server =
        AdminServers.server(
            new VersionedTriager(SERVING),
            Map.of("candidate", candidate),
            Map.of("shadow_share", "1"));
    TestServers.whenReady(
        server,
        (app, client) -> {
          load(client, Path.of("candidate"));
          assertThat(act(client, CANDIDATE, "shadow").code()).isEqualTo(200);
          assertThat(states(client)).containsEntry(CANDIDATE, "shadow");
          test.run(client);
        });
  }

  /** The metrics once they contain {@code line} (the shadow thread runs after the answers). */
  private static String awaitMetric(HttpClient client, String line) throws InterruptedException {
    String metrics = "";
    for (int i = 0; i < 250 && !metrics.contains(line); i++) {
      Thread.sleep(20);
      metrics = client.get("/metrics").body().string();
    }
    assertThat(metrics).contains(line);
    return metrics;
  }
}
