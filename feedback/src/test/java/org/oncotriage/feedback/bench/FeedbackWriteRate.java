package org.oncotriage.feedback.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.ConversationContext;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.Responder;
import org.oncotriage.conversation.Sender;
import org.oncotriage.feedback.DatabaseSettings;
import org.oncotriage.feedback.FeedbackDatabase;
import org.oncotriage.feedback.FeedbackService;
import org.oncotriage.feedback.FeedbackSettings;
import org.oncotriage.feedback.Fixtures;
import org.oncotriage.feedback.ReviewerRole;
import org.oncotriage.feedback.TextCipher;
import org.oncotriage.triage.TriageResult;

/**
 * Prints the feedback database's write rates (not a test): triage results remembered through the
 * asynchronous {@code TriageMemory} (batched transactions), and feedback submitted one transaction
 * each, without and with encrypted text. Usage: {@code FeedbackWriteRate [--db JDBC_URL] [--triage
 * N] [--feedback N]}; without {@code --db}, a fresh embedded H2 database in a temporary directory.
 * Give PostgreSQL an empty database or schema ({@code ?currentSchema=...}).
 */
public final class FeedbackWriteRate {

  private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

  private FeedbackWriteRate() {}

  public static void main(String[] args) throws Exception {
    String url = null;
    int triage = 200_000;
    int feedback = 5_000;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--db" -> url = args[i + 1];
        case "--triage" -> triage = Integer.parseInt(args[i + 1]);
        case "--feedback" -> feedback = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    DatabaseSettings settings =
        url == null
            ? DatabaseSettings.embedded(Files.createTempDirectory("feedback-bench"))
            : DatabaseSettings.of(url);
    System.out.printf(Locale.ROOT, "database: %s%n", settings.safeUrl());
    try (FeedbackService service =
        new FeedbackService(
            FeedbackDatabase.open(settings),
            new FeedbackSettings(Duration.ofDays(14), true, Duration.ofDays(30), triage, 256),
            TextCipher.fromBase64(KEY),
            Clock.systemUTC())) {
      warmUp(service);
      long before = service.memory().written();
      long start = System.nanoTime();
      for (int i = 0; i < triage; i++) {
        service.remember(result("t-" + i));
      }
      service.memory().flush();
      report(
          "triage memory (async, 256 a transaction)", service.memory().written() - before, start);
      System.out.printf(Locale.ROOT, "  dropped: %d%n", service.memory().dropped());

      start = System.nanoTime();
      for (int i = 0; i < feedback; i++) {
        service.submit(submission("t-" + i, Optional.empty()));
      }
      report("feedback without text (one transaction each)", feedback, start);

      start = System.nanoTime();
      for (int i = 0; i < feedback; i++) {
        String id = "t-" + (feedback + i);
        service.submit(submission(id, Optional.of(conversation(id))));
      }
      report("feedback with encrypted text (one transaction each)", feedback, start);
    }
  }

  private static void warmUp(FeedbackService service) throws InterruptedException {
    for (int i = 0; i < 2_000; i++) {
      service.remember(result("w-" + i));
    }
    service.memory().flush();
    for (int i = 0; i < 500; i++) {
      service.submit(submission("w-" + i, Optional.of(conversation("w-" + i))));
    }
  }

  private static void report(String what, long rows, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-52s %8d rows in %6.2f s = %9.0f rows/s%n",
        what,
        rows,
        seconds,
        rows / seconds);
  }

  private static TriageResult result(String id) {
    return Fixtures.result(id, Responder.NURSE, "bench-1", false);
  }

  private static FeedbackService.Submission submission(String id, Optional<Conversation> c) {
    return new FeedbackService.Submission(
        id, new Labels(Responder.ONCOLOGIST, true, false), ReviewerRole.NURSE, c);
  }

  private static Conversation conversation(String id) {
    return new Conversation(
        id,
        List.of(
            Message.of(
                Sender.PATIENT,
                "Synthetic benchmark message of about the length of a portal message: I finished"
                    + " my second cycle last week and the nausea is worse in the evenings; the"
                    + " ondansetron helps for a few hours. Should I take it more often?")),
        ConversationContext.EMPTY,
        null);
  }
}
