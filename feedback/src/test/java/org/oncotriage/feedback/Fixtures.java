package org.oncotriage.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.ConversationContext;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.triage.ResponderProbabilities;
import org.oncotriage.triage.TriageResult;

/** Small hand-made values for the tests and benchmarks. */
public final class Fixtures {

  /** Text that must never reach a table unencrypted, a log or an error. */
  static final String SECRET_TEXT = "Zebra-marker: my port site is red and I have a fever of 101.4";

  static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
  static final String OTHER_KEY = "HxcdHBsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=";

  private Fixtures() {}

  /** A result that routes {@code id} to {@code route}, named as model {@code version}. */
  public static TriageResult result(String id, Responder route, String version, boolean urgent) {
    return new TriageResult(
        id,
        route,
        new TriageResult.ResponderAssessment(route, new ResponderProbabilities(0.2, 0.5, 0.3)),
        new TriageResult.BillableAssessment(0.1, false, null, List.of()),
        new TriageResult.UrgentAssessment(urgent, urgent ? 0.9 : 0.05, List.of()),
        new TriageResult.ModelIdentity("oncotriage-test", version));
  }

  static Conversation conversation(String id) {
    return new Conversation(
        id, List.of(Message.of(Sender.PATIENT, SECRET_TEXT)), ConversationContext.EMPTY, null);
  }

  static FeedbackSettings settings(boolean storeText) {
    return new FeedbackSettings(Duration.ofDays(14), storeText, Duration.ofDays(30), 1000, 100);
  }

  /** A clock that tests move by hand. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
