package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 14, item 12: a failed model load left a process that was live but never ready. */
class ExitOnLoadFailureTest {

  @Test
  void aFailedLoadCallsTheHookWithTheReason() throws Exception {
    CountDownLatch failed = new CountDownLatch(1);
    AtomicReference<String> reason = new AtomicReference<>();
    TriageServer server =
        TestServers.server(
                () -> {
                  throw new IllegalStateException("manifest does not match");
                },
                Map.of())
            .onLoadFailure(
                r -> {
                  reason.set(r);
                  failed.countDown();
                });
    server.start();
    try {
      assertThat(failed.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(reason.get()).contains("IllegalStateException").contains("manifest");
      assertThat(server.isReady()).isFalse();
    } finally {
      server.stop();
    }
  }

  @Test
  void exitingIsTheDefaultAndCanBeTurnedOff() {
    assertThat(ServerConfig.defaultConfig().exitOnLoadFailure()).isTrue();
    ServerMain main = new ServerMain();
    new CommandLine(main).parseArgs("--no-exit-on-load-failure");
    assertThat(main.exitOnLoadFailure).isFalse();
    ServerMain explicit = new ServerMain();
    new CommandLine(explicit).parseArgs("--exit-on-load-failure");
    assertThat(explicit.exitOnLoadFailure).isTrue();
    assertThat(
            ServerConfig.resolve(Map.of("exit_on_load_failure", "false"), Map.of(), null)
                .exitOnLoadFailure())
        .isFalse();
  }
}
