package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feedback settings: defaults, sources, secrets never shown, bad values refused at start. */
class FeedbackConfigTest {

  private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

  @Test
  void defaultsToAnEmbeddedDatabaseUnderDataWithTextOff() {
    FeedbackConfig c = ServerConfig.defaultConfig().feedback();
    assertThat(c.enabled()).isTrue();
    assertThat(c.database().isEmbedded()).isTrue();
    assertThat(c.database().url()).endsWith(Path.of("data", "feedback").toString());
    assertThat(c.storeText()).isFalse();
    assertThat(c.window()).isEqualTo(Duration.ofDays(14));
    assertThat(c.textRetention()).isEqualTo(Duration.ofDays(30));
  }

  @Test
  void theDataDirectoryAndDatabaseComeFromTheEnvironment() {
    FeedbackConfig c =
        ServerConfig.resolve(
                Map.of(),
                Map.of(
                    "ONCOTRIAGE_DATA_DIR", "/var/lib/oncotriage",
                    "ONCOTRIAGE_FEEDBACK_WINDOW_DAYS", "3"),
                null)
            .feedback();
    assertThat(c.database().url()).isEqualTo("jdbc:h2:file:/var/lib/oncotriage/feedback");
    assertThat(c.window()).isEqualTo(Duration.ofDays(3));
    FeedbackConfig pg =
        ServerConfig.resolve(
                Map.of(),
                Map.of(
                    "ONCOTRIAGE_FEEDBACK_DB_URL", "jdbc:postgresql://db:5432/oncotriage",
                    "ONCOTRIAGE_FEEDBACK_DB_PASSWORD", "pw-secret"),
                null)
            .feedback();
    assertThat(pg.database().isEmbedded()).isFalse();
    assertThat(pg.database().password()).isEqualTo("pw-secret");
  }

  @Test
  void thePasswordAndTheKeyAreNeverShown() {
    ServerConfig c =
        ServerConfig.resolve(
            Map.of(),
            Map.of(
                "ONCOTRIAGE_FEEDBACK_DB_URL", "jdbc:postgresql://db/x?password=url-secret",
                "ONCOTRIAGE_FEEDBACK_DB_PASSWORD", "pw-secret",
                "ONCOTRIAGE_FEEDBACK_ENCRYPTION_KEY", KEY),
            null);
    assertThat(c.toString())
        .doesNotContain("pw-secret")
        .doesNotContain("url-secret")
        .doesNotContain(KEY)
        .contains("feedback_store_text=false");
  }

  @Test
  void badValuesAreRefusedNamingTheKeyButNotASecret() {
    assertThatThrownBy(
            () ->
                ServerConfig.resolve(
                    Map.of(), Map.of("ONCOTRIAGE_FEEDBACK_DB_URL", "jdbc:mysql://x/y"), null))
        .hasMessageContaining("jdbc:h2: or jdbc:postgresql:");
    assertThatThrownBy(
            () ->
                ServerConfig.resolve(
                    Map.of(), Map.of("ONCOTRIAGE_FEEDBACK_WINDOW_DAYS", "0"), null))
        .hasMessageContaining("feedback_window_days");
    assertThatThrownBy(
            () ->
                ServerConfig.resolve(
                    Map.of(),
                    Map.of("ONCOTRIAGE_FEEDBACK_TEXT_RETENTION_DAYS", "2000000000"),
                    null))
        .hasMessageContaining("feedback_text_retention_days must be between 1 and 36500");
    assertThatThrownBy(
            () ->
                ServerConfig.resolve(
                    Map.of(), Map.of("ONCOTRIAGE_FEEDBACK_WINDOW_DAYS", "2000000000"), null))
        .hasMessageContaining("feedback_window_days must be between 1 and 36500");
    assertThatThrownBy(
            () ->
                ServerConfig.resolve(
                    Map.of(), Map.of("ONCOTRIAGE_FEEDBACK_STORE_TEXT", "secretly"), null))
        .hasMessageContaining("feedback_store_text");
  }

  @Test
  void storingTextWithoutAUsableKeyStopsTheStart(@TempDir Path dir) {
    Map<String, String> noKey =
        Map.of("feedback_store_text", "true", "data_dir", dir.toString(), "port", "0");
    assertThatThrownBy(
            () -> new TriageServer(ServerConfig.resolve(noKey, Map.of(), null), FakeTriager::new))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("feedback_encryption_key");
    Map<String, String> shortKey =
        Map.of(
            "feedback_store_text", "true",
            "feedback_encryption_key", "c2hvcnQ=",
            "data_dir", dir.toString());
    assertThatThrownBy(
            () ->
                new TriageServer(ServerConfig.resolve(shortKey, Map.of(), null), FakeTriager::new))
        .hasMessageStartingWith("feedback_encryption_key: the encryption key must be 32 bytes")
        .hasMessageNotContaining("c2hvcnQ=");
  }
}
