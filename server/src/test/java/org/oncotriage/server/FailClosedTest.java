package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 14, item 3: an empty key file, a file of comments only or {@code ONCOTRIAGE_API_KEYS=" , "}
 * started an open server on 0.0.0.0, silently. Item 9: a plain key stayed in the heap.
 */
class FailClosedTest {

  @Test
  void keysThatAreSetButHoldNoKeyAreAStartUpErrorThatDoesNotQuoteThem() {
    assertThatThrownBy(
            () -> ServerConfig.resolve(Map.of(), Map.of("ONCOTRIAGE_API_KEYS", " , "), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("api_keys")
        .hasMessageContaining("ONCOTRIAGE_API_KEYS")
        .hasMessageContaining("holds no key");
  }

  @Test
  void aKeyFileWithoutKeysIsAStartUpError(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path comments = Files.writeString(dir.resolve("comments.txt"), "# keys go here\n\n  # none\n");
    for (Path file : new Path[] {empty, comments}) {
      ServerConfig config =
          ServerConfig.resolve(Map.of("api_keys_file", file.toString()), Map.of(), null);
      assertThatThrownBy(() -> new TriageServer(config, FakeTriager::new))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("holds no key");
    }
    int code = new CommandLine(new ServerMain()).execute("--api-keys-file", empty.toString());
    assertThat(code).isEqualTo(2);
  }

  @Test
  void withoutKeysTheServerBindsToLoopbackUnlessAHostIsNamed() {
    ServerConfig open = ServerConfig.resolve(Map.of(), Map.of(), null);
    assertThat(open.host()).isEqualTo("127.0.0.1");
    assertThat(open.authenticated()).isFalse();
    ServerConfig keyed = ServerConfig.resolve(Map.of("api_keys", "k1"), Map.of(), null);
    assertThat(keyed.host()).isEqualTo("0.0.0.0");
    ServerConfig named = ServerConfig.resolve(Map.of(), Map.of("ONCOTRIAGE_HOST", "0.0.0.0"), null);
    assertThat(named.host()).isEqualTo("0.0.0.0");
  }

  @Test
  void theReadyLineSaysWhenTheServiceIsUnauthenticated() {
    TriageServer open =
        new TriageServer(
            ServerConfig.resolve(Map.of("feedback", "false"), Map.of(), null), FakeTriager::new);
    assertThat(open.authSummary()).startsWith("UNAUTHENTICATED").contains("127.0.0.1");
    TriageServer keyed =
        new TriageServer(
            ServerConfig.resolve(Map.of("api_keys", "k1,k2", "feedback", "false"), Map.of(), null),
            FakeTriager::new);
    assertThat(keyed.authSummary()).isEqualTo("api_keys(2)");
  }

  @Test
  void plainKeysAreHeldOnlyAsDigests() {
    ServerConfig c =
        ServerConfig.resolve(Map.of(), Map.of("ONCOTRIAGE_API_KEYS", "plain-secret-1"), null);
    assertThat(c.apiKeys()).containsExactly("sha256:" + ApiKeys.hashHex("plain-secret-1"));
    assertThat(c.toString()).doesNotContain("plain-secret-1");
    assertThatThrownBy(
            () ->
                ServerConfig.resolve(
                    Map.of(), Map.of("ONCOTRIAGE_API_KEYS", "sha256:not-hex-secret"), null))
        .hasMessageNotContaining("not-hex-secret");
  }
}
