package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncotriage.server.AdminServers.act;
import static org.oncotriage.server.AdminServers.load;
import static org.oncotriage.server.AdminServers.unload;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oncotriage.json.Json;

/**
 * Issue 15, item 4: a promotion under load fails no request, and every response names the model
 * version that produced it; the old version, unloaded at once, still finishes what it started.
 */
@Timeout(120)
class PromoteUnderLoadTest {

  private static final String OLD = "1.0.0+aaa";
  private static final String NEW = "2.0.0+bbb";
  private static final int CLIENTS = 8;
  private static final int REQUESTS_PER_CLIENT = 150;

  /** One answered request: when it was sent and answered (ns), its status and answering version. */
  private record Outcome(
      String id, long sentNanos, long answeredNanos, int status, String version) {}

  @Test
  void promotingAndUnloadingUnderLoadFailsNoRequestAndEachResponseNamesItsModel() {
    VersionedTriager old = new VersionedTriager(OLD, 1, r -> r);
    VersionedTriager candidate = new VersionedTriager(NEW, 1, r -> r);
    TriageServer server = AdminServers.server(old, Map.of("candidate", candidate), Map.of());
    TestServers.whenReady(
        server,
        (app, client) -> {
          assertThat(load(client, Path.of("candidate")).code()).isEqualTo(201);
          ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
          AtomicInteger answered = new AtomicInteger();
          CountDownLatch done = new CountDownLatch(CLIENTS);
          HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
          ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
          for (int c = 0; c < CLIENTS; c++) {
            int clientNo = c;
            clients.execute(
                () -> {
                  try {
                    for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                      outcomes.add(send(http, client.getOrigin(), "c" + clientNo + "-" + i));
                      answered.incrementAndGet();
                    }
                  } finally {
                    done.countDown();
                  }
                });
          }
          while (answered.get() < CLIENTS * REQUESTS_PER_CLIENT / 3) {
            Thread.sleep(2);
          }
          long promoteSent = System.nanoTime();
          assertThat(act(client, NEW, "promote").code()).isEqualTo(200);
          long promoted = System.nanoTime();
          assertThat(unload(client, OLD).code()).isEqualTo(200);
          assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
          clients.shutdown();

          List<Outcome> all = List.copyOf(outcomes);
          assertThat(all).hasSize(CLIENTS * REQUESTS_PER_CLIENT);
          assertThat(all).allSatisfy(o -> assertThat(o.status()).as(o.id()).isEqualTo(200));
          assertThat(all)
              .allSatisfy(
                  o -> {
                    VersionedTriager producer = o.version().equals(OLD) ? old : candidate;
                    VersionedTriager other = producer == old ? candidate : old;
                    assertThat(producer.triaged(o.id())).as(o.id()).isTrue();
                    assertThat(other.triaged(o.id())).as(o.id()).isFalse();
                  });
          assertThat(all)
              .filteredOn(o -> o.answeredNanos() < promoteSent)
              .isNotEmpty()
              .allSatisfy(o -> assertThat(o.version()).isEqualTo(OLD));
          assertThat(all)
              .filteredOn(o -> o.sentNanos() > promoted)
              .isNotEmpty()
              .allSatisfy(o -> assertThat(o.version()).isEqualTo(NEW));
          assertThat(old.closed()).isTrue();
          assertThat(candidate.closed()).isFalse();
        });
  }

  private static Outcome send(HttpClient http, String origin, String id) {
    String body =
        "{\"id\":\""
            + id
            + "\",\"messages\":[{\"from\":\"patient\",\"text\":\"Can I get a refill?\"}]}";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(origin + "/v1/triage"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    long sent = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long answered = System.nanoTime();
      JsonNode json = Json.mapper().readTree(response.body());
      return new Outcome(
          id, sent, answered, response.statusCode(), json.at("/model/version").asText());
    } catch (Exception e) {
      return new Outcome(id, sent, System.nanoTime(), -1, e.getClass().getSimpleName());
    }
  }
}
