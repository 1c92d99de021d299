package org.oncotriage.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the logs and errors may show of the database settings. */
class DatabaseSettingsTest {

  @Test
  void theSafeUrlDropsPostgreSqlQueriesAndH2SettingsThatMayHoldCredentials() {
    assertThat(
            DatabaseSettings.of("jdbc:postgresql://db:5432/ot?user=u&password=pg-secret").safeUrl())
        .isEqualTo("jdbc:postgresql://db:5432/ot?...");
    assertThat(
            DatabaseSettings.of("jdbc:h2:file:/var/ot/feedback;USER=sa;PASSWORD=h2-secret")
                .safeUrl())
        .isEqualTo("jdbc:h2:file:/var/ot/feedback;...");
    assertThat(DatabaseSettings.of("jdbc:h2:file:/var/ot/feedback").safeUrl())
        .isEqualTo("jdbc:h2:file:/var/ot/feedback");
  }

  @Test
  void toStringNeverShowsThePassword() {
    DatabaseSettings settings =
        new DatabaseSettings("jdbc:h2:file:/x;PASSWORD=h2-secret", "sa", "pw-secret");
    assertThat(settings.toString()).doesNotContain("secret").contains("password=***");
  }

  @Test
  void h2ClosesWhenTheServiceSaysSoNotAtTheFirstShutdownHook() {
    assertThat(DatabaseSettings.of("jdbc:h2:file:/var/ot/feedback").connectionUrl())
        .isEqualTo("jdbc:h2:file:/var/ot/feedback;DB_CLOSE_ON_EXIT=FALSE");
    assertThat(DatabaseSettings.of("jdbc:h2:file:/x;db_close_on_exit=true").connectionUrl())
        .isEqualTo("jdbc:h2:file:/x;db_close_on_exit=true");
    assertThat(DatabaseSettings.of("jdbc:postgresql://db:5432/ot").connectionUrl())
        .isEqualTo("jdbc:postgresql://db:5432/ot");
  }

  @Test
  void theEmbeddedFileIsTheOneH2WritesForAFileUrlAndNoneOtherwise() {
    assertThat(
            DatabaseSettings.of("jdbc:h2:file:/var/ot/feedback;DB_CLOSE_ON_EXIT=FALSE")
                .embeddedFile())
        .contains(Path.of("/var/ot/feedback.mv.db"));
    assertThat(DatabaseSettings.embedded(Path.of("/srv/data")).embeddedFile())
        .contains(Path.of("/srv/data/feedback.mv.db"));
    assertThat(DatabaseSettings.of("jdbc:h2:/var/ot/other").embeddedFile())
        .contains(Path.of("/var/ot/other.mv.db"));
    assertThat(DatabaseSettings.of("jdbc:h2:nio:/var/ot/feedback").embeddedFile())
        .contains(Path.of("/var/ot/feedback.mv.db"));
    assertThat(DatabaseSettings.of("jdbc:h2:split:28:nio:/var/ot/feedback").embeddedFile())
        .contains(Path.of("/var/ot/feedback.mv.db"));
    assertThat(DatabaseSettings.of("jdbc:h2:mem:x").embeddedFile()).isEmpty();
    assertThat(DatabaseSettings.of("jdbc:h2:mem:x").isInMemory()).isTrue();
    assertThat(DatabaseSettings.of("jdbc:h2:tcp://host/db").embeddedFile()).isEmpty();
    assertThat(DatabaseSettings.of("jdbc:postgresql://h:5432/db").embeddedFile()).isEmpty();
  }
}
