package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {

  @Test
  void theHashOfAKnownStringIsTheStandardSha256() {
    assertThat(ApiKeys.hashHex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void plainAndHashedEntriesAreBothAccepted() {
    ApiKeys keys = ApiKeys.from(List.of("alpha", "sha256:" + ApiKeys.hashHex("beta")), null);
    assertThat(keys.enabled()).isTrue();
    assertThat(keys.size()).isEqualTo(2);
    assertThat(keys.accepts("alpha")).isTrue();
    assertThat(keys.accepts("beta")).isTrue();
    assertThat(keys.accepts("gamma")).isFalse();
    assertThat(keys.accepts("")).isFalse();
  }

  @Test
  void noKeysMeansDisabled() {
    assertThat(ApiKeys.from(List.of(), null).enabled()).isFalse();
    assertThat(ApiKeys.none().accepts("anything")).isFalse();
  }

  @Test
  void aMalformedDigestInTheFileNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("keys");
    Files.writeString(file, ApiKeys.hashHex("ok") + "\nnot-a-digest\n");
    assertThatThrownBy(() -> ApiKeys.from(List.of(), file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + ":2")
        .hasMessageNotContaining("not-a-digest");
  }
}
