package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncotriage.server.TestServers.awaitReady;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code deploy/kubernetes.yaml} against the server it deploys: the probe paths answer as
 * the probes expect, the container port is the one the server listens on, and every variable the
 * Secret sets is one the server reads. A renamed route or setting fails here, not in a cluster.
 */
class KubernetesManifestTest {

  /** Surefire runs in the module's directory. */
  private static final Path MANIFEST = Path.of("..", "deploy", "kubernetes.yaml");

  private static final Map<String, JsonNode> BY_KIND = new HashMap<>();

  @BeforeAll
  static void readManifest() throws IOException {
    assertThat(MANIFEST).as("the Kubernetes manifest").isRegularFile();
    try (MappingIterator<JsonNode> documents =
        new YAMLMapper().readerFor(JsonNode.class).readValues(Files.newBufferedReader(MANIFEST))) {
      documents.forEachRemaining(d -> BY_KIND.put(d.path("kind").asText(), d));
    }
    assertThat(BY_KIND).containsKeys("Secret", "Deployment", "Service");
  }

  private static JsonNode container() {
    JsonNode containers = BY_KIND.get("Deployment").at("/spec/template/spec/containers");
    assertThat(containers.size()).isEqualTo(1);
    return containers.get(0);
  }

  private static String probePath(String probe) {
    return container().at("/" + probe + "/httpGet/path").asText();
  }

  /** The variables the container gets: its Secrets (envFrom) and its own env entries. */
  private static Map<String, String> containerEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    for (JsonNode source : container().path("envFrom")) {
      JsonNode secret = BY_KIND.get("Secret");
      assertThat(source.at("/secretRef/name").asText())
          .as("envFrom names the manifest's Secret")
          .isEqualTo(secret.at("/metadata/name").asText());
      secret
          .path("stringData")
          .fields()
          .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
    }
    for (JsonNode variable : container().path("env")) {
      env.put(variable.path("name").asText(), variable.path("value").asText());
    }
    return env;
  }

  @Test
  void theServerConfiguredByTheManifestListensOnTheContainerPortOfAllInterfaces() {
    ServerConfig config = ServerConfig.resolve(Map.of(), containerEnvironment(), null);

    assertThat(container().at("/ports/0/containerPort").asInt()).isEqualTo(config.port());
    assertThat(config.host())
        .as("the kubelet probes the pod's address, so the server must not bind loopback")
        .isEqualTo(ServerConfig.ANY_INTERFACE);
    assertThat(config.authenticated()).isTrue();
  }

  @Test
  void everySecretKeyIsAnEnvironmentVariableTheServerReads() {
    JsonNode secretData = BY_KIND.get("Secret").path("stringData");
    assertThat(secretData.size()).isPositive();
    secretData
        .fields()
        .forEachRemaining(
            e -> {
              assertThat(e.getKey()).startsWith(ServerConfig.ENV_PREFIX);
              ServerConfig withIt =
                  ServerConfig.resolve(Map.of(), Map.of(e.getKey(), e.getValue().asText()), null);
              assertThat(withIt)
                  .as("%s changes the server's configuration", e.getKey())
                  .isNotEqualTo(ServerConfig.defaultConfig());
            });
  }

  @Test
  void livenessAnswersWhileTheModelLoadsAndStartupAndReadinessWaitForIt() {
    CountDownLatch release = new CountDownLatch(1);
    FakeTriager fake = new FakeTriager();
    TriageServer server = TestServers.loadingUntil(release, fake);
    JavalinTest.test(
        server.app(),
        (app, client) -> {
          assertThat(status(client, probePath("livenessProbe"))).isEqualTo(200);
          assertThat(status(client, probePath("startupProbe"))).isEqualTo(503);
          assertThat(status(client, probePath("readinessProbe"))).isEqualTo(503);

          release.countDown();
          awaitReady(server);
          assertThat(status(client, probePath("startupProbe"))).isEqualTo(200);
          assertThat(status(client, probePath("readinessProbe"))).isEqualTo(200);
          assertThat(status(client, probePath("livenessProbe"))).isEqualTo(200);
        });
  }

  private static int status(HttpClient client, String path) {
    return client.get(path).code();
  }

  @Test
  void probesAndTheServiceUseTheContainersNamedPort() {
    String portName = container().at("/ports/0/name").asText();
    for (String probe : new String[] {"startupProbe", "readinessProbe", "livenessProbe"}) {
      assertThat(container().at("/" + probe + "/httpGet/port").asText())
          .as(probe)
          .isEqualTo(portName);
    }
    assertThat(BY_KIND.get("Service").at("/spec/ports/0/targetPort").asText()).isEqualTo(portName);
    assertThat(BY_KIND.get("Service").at("/spec/selector"))
        .isEqualTo(BY_KIND.get("Deployment").at("/spec/template/metadata/labels"));
  }

  @Test
  void theMemoryTheJvmSizesItsHeapFromIsReservedAndTheRootFileSystemIsReadOnly() {
    JsonNode resources = container().path("resources");
    assertThat(resources.at("/limits/memory").asText())
        .isNotEmpty()
        .isEqualTo(resources.at("/requests/memory").asText());
    assertThat(container().at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(
            BY_KIND
                .get("Deployment")
                .at("/spec/template/spec/securityContext/runAsNonRoot")
                .asBoolean())
        .isTrue();
    assertThat(container().path("volumeMounts").findValuesAsText("mountPath"))
        .as("DJL's cache and temporary files, and the data volume, stay writable")
        .contains("/tmp", "/data");
  }

  @Test
  void theEmbeddedFeedbackDatabaseRunsInOnePodOnAVolumeThatOutlivesIt() {
    FeedbackConfig feedback =
        ServerConfig.resolve(Map.of(), containerEnvironment(), null).feedback();
    assertThat(feedback.enabled()).isTrue();
    assertThat(feedback.dbUrl()).as("no shared database: the embedded H2 file").isNull();

    JsonNode deployment = BY_KIND.get("Deployment");
    assertThat(deployment.at("/spec/replicas").asInt())
        .as(
            "H2 opens its file in one process, and feedback joins the answer of the pod that gave it")
        .isEqualTo(1);
    assertThat(deployment.at("/spec/strategy/type").asText())
        .as("the old pod closes the file before the new one opens it")
        .isEqualTo("Recreate");

    Path dataDir = Path.of("/data").resolve(feedback.dataDir()).normalize();
    JsonNode mount = volumeMountHolding(dataDir);
    JsonNode volume = volumeNamed(mount.path("name").asText());
    assertThat(volume.at("/persistentVolumeClaim/claimName").asText())
        .as("the feedback database is on a claim, not an emptyDir")
        .isEqualTo(BY_KIND.get("PersistentVolumeClaim").at("/metadata/name").asText());
    assertThat(mount.path("readOnly").asBoolean()).isFalse();
  }

  /**
   * The container's volume mount under which a path in the image (working directory /data) lies.
   */
  private static JsonNode volumeMountHolding(Path path) {
    for (JsonNode mount : container().path("volumeMounts")) {
      if (path.startsWith(Path.of(mount.path("mountPath").asText()))) {
        return mount;
      }
    }
    throw new AssertionError(path + " is on no volume (the root file system is read-only)");
  }

  private static JsonNode volumeNamed(String name) {
    for (JsonNode volume : BY_KIND.get("Deployment").at("/spec/template/spec/volumes")) {
      if (volume.path("name").asText().equals(name)) {
        return volume;
      }
    }
    throw new AssertionError("no volume " + name);
  }
}
