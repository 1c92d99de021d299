package org.oncotriage.training;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import org.junit.jupiter.api.Test;

/** The training jar's logging: parses without a status warning (no dump), DJL's GPU probe quiet. */
class LogbackConfigurationTest {

  @Test
  void theConfigurationIsQuietAndParsesCleanly() throws Exception {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getClassLoader().getResource("logback.xml"));

    assertThat(context.getStatusManager().getCopyOfStatusList())
        .noneMatch(s -> s.getLevel() >= Status.WARN);
    assertThat(context.getStatusManager().getCopyOfStatusListenerList()).isEmpty();
    assertThat(context.getLogger("ai.djl.util.cuda.CudaUtils").getEffectiveLevel())
        .isEqualTo(Level.ERROR);
    context.stop();
  }
}
