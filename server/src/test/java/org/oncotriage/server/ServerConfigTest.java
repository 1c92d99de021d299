package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {

  @Test
  void theDefaultsAreThoseDocumented() {
    ServerConfig c = ServerConfig.defaultConfig();
    assertThat(c.port()).isEqualTo(8080);
    assertThat(c.modelDir()).isNull();
    assertThat(c.maxBatchSize()).isEqualTo(32);
    assertThat(c.maxBatchDelay()).isEqualTo(Duration.ofMillis(2));
    assertThat(c.queueCapacity()).isEqualTo(1024);
    assertThat(c.maxBatchConversations()).isEqualTo(256);
    assertThat(c.maxBodyBytes()).isEqualTo(256 * 1024);
    assertThat(c.apiKeys()).isEmpty();
    assertThat(c.protectOperational()).isFalse();
  }

  @Test
  void commandLineBeatsEnvironmentBeatsFileBeatsDefaults(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("server.properties");
    Files.writeString(
        file, "port=7000\nmax_batch_size=8\nqueue_capacity=50\nmax_batch_delay_ms=7\n");
    Map<String, String> env =
        Map.of(
            "ONCOTRIAGE_PORT", "7100",
            "ONCOTRIAGE_MAX_BATCH_SIZE", "4",
            "ONCOTRIAGE_API_KEYS", "a, b",
            "PATH", "/usr/bin");
    ServerConfig c = ServerConfig.resolve(Map.of("port", "7200"), env, file);
    assertThat(c.port()).isEqualTo(7200);
    assertThat(c.maxBatchSize()).isEqualTo(4);
    assertThat(c.queueCapacity()).isEqualTo(50);
    assertThat(c.maxBatchDelay()).isEqualTo(Duration.ofMillis(7));
    assertThat(c.workers()).isEqualTo(1);
    assertThat(c.apiKeys())
        .containsExactly(
            ApiKeys.HASH_PREFIX + ApiKeys.hashHex("a"), ApiKeys.HASH_PREFIX + ApiKeys.hashHex("b"));
    assertThat(c.toString()).contains("api_keys=2").doesNotContain("a, b");
  }

  @Test
  void aBadValueNamesTheKeyAndWhereItCameFrom() {
    assertThatThrownBy(
            () -> ServerConfig.resolve(Map.of(), Map.of("ONCOTRIAGE_QUEUE_CAPACITY", "lots"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("queue_capacity")
        .hasMessageContaining("ONCOTRIAGE_QUEUE_CAPACITY");
    assertThatThrownBy(() -> ServerConfig.resolve(Map.of("max_batch_size", "0"), Map.of(), null))
        .hasMessageContaining("max_batch_size must be between 1");
  }

  @Test
  void anUnknownKeyInTheFileIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("server.properties");
    Files.writeString(file, "max_batchsize=8\n");
    assertThatThrownBy(() -> ServerConfig.resolve(Map.of(), Map.of(), file))
        .hasMessageContaining("unknown key 'max_batchsize'");
  }

  @Test
  void everyKeyHasAnEnvironmentVariable() {
    for (String key : ServerConfig.DEFAULTS.keySet()) {
      assertThat(key).matches("[a-z_]+");
    }
    assertThat(List.copyOf(ServerConfig.DEFAULTS.keySet()))
        .contains("max_batch_size", "max_batch_delay_ms", "queue_capacity", "api_keys");
  }

  @Test
  void theAdaptiveDelayAndIntraOpThreadsComeFromEverySource(@TempDir Path dir) throws Exception {
    ServerConfig defaults = ServerConfig.defaultConfig();
    assertThat(defaults.adaptiveBatchDelay()).isTrue();
    assertThat(defaults.batching().adaptiveDelay()).isTrue();
    assertThat(defaults.intraOpThreads()).isEqualTo(1);
    Path file = dir.resolve("server.properties");
    Files.writeString(file, "adaptive_batch_delay=false\nintra_op_threads=2\n");
    ServerConfig fromFile = ServerConfig.resolve(Map.of(), Map.of(), file);
    assertThat(fromFile.batching().adaptiveDelay()).isFalse();
    assertThat(fromFile.intraOpThreads()).isEqualTo(2);
    ServerConfig fromEnv =
        ServerConfig.resolve(
            Map.of("intra_op_threads", "3"),
            Map.of("ONCOTRIAGE_ADAPTIVE_BATCH_DELAY", "yes", "ONCOTRIAGE_INTRA_OP_THREADS", "4"),
            file);
    assertThat(fromEnv.adaptiveBatchDelay()).isTrue();
    assertThat(fromEnv.intraOpThreads()).isEqualTo(3);
    assertThatThrownBy(
            () ->
                ServerConfig.resolve(
                    Map.of(), Map.of("ONCOTRIAGE_ADAPTIVE_BATCH_DELAY", "sometimes"), null))
        .hasMessageContaining("adaptive_batch_delay")
        .hasMessageContaining("ONCOTRIAGE_ADAPTIVE_BATCH_DELAY");
    assertThatThrownBy(() -> ServerConfig.resolve(Map.of("intra_op_threads", "0"), Map.of(), null))
        .hasMessageContaining("intra_op_threads must be between 1");
  }

  @Test
  void batchSizeOneMeansBatchingOff() {
    assertThat(
            ServerConfig.resolve(Map.of("max_batch_size", "1"), Map.of(), null).batching().direct())
        .isTrue();
    assertThat(ServerConfig.defaultConfig().batching().direct()).isFalse();
  }

  @Test
  void adminKeysTakeTheFormsOfApiKeysAndAreNeverShown() {
    String digest = ApiKeys.hashHex("other-admin");
    ServerConfig c =
        ServerConfig.resolve(
            Map.of(),
            Map.of(
                "ONCOTRIAGE_ADMIN_API_KEYS", "admin-one, sha256:" + digest,
                "ONCOTRIAGE_MAX_LOADED_MODELS", "4",
                "ONCOTRIAGE_SHADOW_SHARE", "0.25"),
            null);
    assertThat(c.admin().adminApiKeys())
        .containsExactly(
            ApiKeys.HASH_PREFIX + ApiKeys.hashHex("admin-one"), ApiKeys.HASH_PREFIX + digest);
    assertThat(c.admin().maxLoadedModels()).isEqualTo(4);
    assertThat(c.admin().shadowShare()).isEqualTo(0.25);
    assertThat(c.toString()).contains("admin_api_keys=2").doesNotContain("admin-one");
    assertThat(c.apiKeys()).isEmpty();

    ServerConfig none = ServerConfig.defaultConfig();
    assertThat(none.admin().adminApiKeys()).isEmpty();
    assertThat(none.admin().maxLoadedModels()).isEqualTo(3);
    assertThat(none.admin().shadowShare()).isEqualTo(0.1);
  }

  @Test
  void badLifecycleSettingsAreRefusedNamingTheKey() {
    assertThatThrownBy(() -> ServerConfig.resolve(Map.of("admin_api_keys", " , "), Map.of(), null))
        .hasMessageContaining("admin_api_keys")
        .hasMessageContaining("holds no key")
        .hasMessageNotContaining(" , ");
    assertThatThrownBy(() -> ServerConfig.resolve(Map.of("shadow_share", "1.5"), Map.of(), null))
        .hasMessageContaining("shadow_share");
    assertThatThrownBy(() -> ServerConfig.resolve(Map.of("max_loaded_models", "0"), Map.of(), null))
        .hasMessageContaining("max_loaded_models");
  }
}
