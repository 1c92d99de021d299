package org.oncotriage.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import org.junit.jupiter.api.Test;

/** The server's logging: the audit trail on its own appender, no status dump, no CUDA warnings. */
class LogbackConfigurationTest {

  @Test
  void theAuditLoggerHasItsOwnAppenderAndTheConfigurationParsesCleanly() throws Exception {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getClassLoader().getResource("logback.xml"));

    assertThat(context.getStatusManager().getCopyOfStatusList())
        .noneMatch(s -> s.getLevel() >= Status.WARN);
    var audit = context.getLogger(AuditLog.LOGGER);
    assertThat(audit.isAdditive()).isFalse();
    assertThat(audit.getAppender("AUDIT")).isNotNull();
    assertThat(context.getLogger("ai.djl.util.cuda.CudaUtils").getEffectiveLevel())
        .isEqualTo(Level.ERROR);
    context.stop();
  }
}
