package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oncotriage.server.AdminServers.act;
import static org.oncotriage.server.AdminServers.json;
import static org.oncotriage.server.AdminServers.load;
import static org.oncotriage.server.AdminServers.states;
import static org.oncotriage.server.AdminServers.unload;

import io.javalin.testtools.JavalinTest;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Sender;
import org.oncotriage.server.load.BundledModelCopy;
import org.oncotriage.triage.Triager;

/**
 * Issue 15, item 4, with the real model: a copy of the bundled model under another version loads
 * beside it, takes over, and unloading the bundled one closes it (its engine with it) and lets it
 * be collected.
 */
@Timeout(180)
class BundledModelSwapTest {

  @Test
  void aCopyOfTheBundledModelLoadsTakesOverAndTheUnloadedOneIsClosed(@TempDir Path dir) {
    AtomicReference<Triager> bundled = new AtomicReference<>();
    TriageServer server =
        new TriageServer(
            TestServers.config(Map.of("admin_api_keys", AdminServers.ADMIN_KEY)),
            () -> {
              Triager t = ServerMain.loader(null, 1).get();
              bundled.set(t);
              return t;
            },
            directory -> ServerMain.loader(directory, 1).get());
    Path copy = BundledModelCopy.write(dir.resolve("candidate"), "candidate-1");
    JavalinTest.test(
        server.app(),
        (app, client) -> {
          for (int i = 0; i < 600 && !server.isReady(); i++) {
            Thread.sleep(100);
          }
          String bundledVersion = bundled.get().description().version();
          var loaded = load(client, copy);
          assertThat(loaded.code()).isEqualTo(201);
          String version = json(loaded).get("version").asText();
          assertThat(version).startsWith("candidate-1+").isNotEqualTo(bundledVersion);
          assertThat(load(client, copy).code()).as("the same version again").isEqualTo(409);
          assertThat(servedVersion(client)).isEqualTo(bundledVersion);

          assertThat(act(client, version, "promote").code()).isEqualTo(200);
          assertThat(servedVersion(client)).isEqualTo(version);

          assertThat(unload(client, bundledVersion).code()).isEqualTo(200);
          assertThat(states(client)).containsOnlyKeys(version);
          assertThatThrownBy(() -> bundled.get().triage(question()))
              .isInstanceOf(IllegalStateException.class)
              .hasMessageContaining("closed");
          assertThat(servedVersion(client)).isEqualTo(version);

          WeakReference<Triager> unloaded = new WeakReference<>(bundled.getAndSet(null));
          for (int i = 0; i < 50 && unloaded.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
          }
          assertThat(unloaded.get()).as("nothing holds the unloaded model").isNull();
        });
  }

  private static Conversation question() {
    return Conversation.of(
        "q", List.of(Message.of(Sender.PATIENT, "Can I move my appointment to Friday?")));
  }

  private static String servedVersion(io.javalin.testtools.HttpClient client) {
    return json(TestServers.postJson(client, "/v1/triage", TestServers.ONE))
        .at("/model/version")
        .asText();
  }
}
