package org.oncotriage.feedback;

import static org.assertj.core.api.Assertions.assertThat;

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
}
