package org.oncotriage.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import org.junit.jupiter.api.Test;

/**
 * Every command printed logback's status dump and two CUDA warnings before its own output; the
 * configuration must parse without a warning (logback prints the dump only then, or with debug) and
 * keep DJL's GPU probe quiet.
 */
class LogbackConfigurationTest {

  @Test
  void theCommandLinesConfigurationIsQuietAndParsesCleanly() throws Exception {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(
        getClass().getClassLoader().getResource(EvaluationCli.LOGBACK_CONFIGURATION));

    assertThat(context.getStatusManager().getCopyOfStatusList())
        .noneMatch(s -> s.getLevel() >= Status.WARN);
    assertThat(context.getStatusManager().getCopyOfStatusListenerList()).isEmpty();
    assertThat(context.getLogger("ai.djl.util.cuda.CudaUtils").getEffectiveLevel())
        .isEqualTo(Level.ERROR);
    assertThat(context.getLogger("ai.djl.pytorch.engine.PtEngine").getEffectiveLevel())
        .isEqualTo(Level.WARN);
    context.stop();
  }
}
