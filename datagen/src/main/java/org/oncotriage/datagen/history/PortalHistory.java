package org.oncotriage.datagen.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.conversation.Message;
import org.oncotriage.conversation.jsonl.ConversationCodec;

/**
 * A year of portal history for generated conversations: which practice and provider received each
 * one, and when it started. Practices and providers differ in volume (practice {@code k} has weight
 * {@code 1 / (1 + 0.35 k)}, provider {@code j} within it {@code 1 / (1 + 0.2 j)}); a conversation
 * starts on a weekday three and a third times as often as on a weekend day, between 07:00 and 19:00
 * UTC.
 *
 * <p>A stamp is a pure function of seed and conversation number, drawn from its own random stream,
 * so stamping leaves the generator's texts and labels untouched. The messages' {@code sent_at} are
 * shifted together so that the first message is sent at the stamp's time and the gaps between
 * messages stay as generated. Immutable and thread-safe.
 */
public final class PortalHistory {

  /** Where and when one conversation started. */
  public record Stamp(String practiceId, String providerId, Instant sentAt) {}

  private static final double WEEKEND_ACCEPTANCE = 0.3;
  private static final long OPENING_MINUTE = 7 * 60;
  private static final long OPEN_MINUTES = 12 * 60;

  private final long seed;
  private final int year;
  private final double[] practiceCumulative;
  private final double[] providerCumulative;

  /**
   * @param seed the corpus seed
   * @param practices number of practices (1 to 999)
   * @param providersPerPractice providers in each practice (1 to 999)
   * @param year the calendar year the conversations start in
   */
  public PortalHistory(long seed, int practices, int providersPerPractice, int year) {
    if (practices < 1
        || practices > 999
        || providersPerPractice < 1
        || providersPerPractice > 999) {
      throw new IllegalArgumentException(
          "history needs 1 to 999 practices and providers per practice, received practices="
              + practices
              + ", providersPerPractice="
              + providersPerPractice);
    }
    if (year < 1970 || year > 9999) {
      throw new IllegalArgumentException("year must be 1970 to 9999, received " + year);
    }
    this.seed = seed;
    this.year = year;
    this.practiceCumulative = cumulative(practices, 0.35);
    this.providerCumulative = cumulative(providersPerPractice, 0.2);
  }

  private static double[] cumulative(int n, double decay) {
    double[] c = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1.0 / (1.0 + decay * k);
      c[k] = sum;
    }
    for (int k = 0; k < n; k++) {
      c[k] /= sum;
    }
    return c;
  }

  /** The stamp of conversation number {@code index} (1-based, as the generator counts). */
  public Stamp stamp(long index) {
    SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    int practice = pick(practiceCumulative, rng.nextDouble());
    int provider = pick(providerCumulative, rng.nextDouble());
    LocalDate first = LocalDate.of(year, 1, 1);
    int days = first.lengthOfYear();
    LocalDate day;
    do {
      day = first.plusDays(rng.nextInt(days));
    } while (weekend(day) && rng.nextDouble() >= WEEKEND_ACCEPTANCE);
    long minute = OPENING_MINUTE + rng.nextLong(OPEN_MINUTES);
    Instant sentAt = day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(minute * 60);
    String practiceId = String.format("practice-%02d", practice + 1);
    return new Stamp(practiceId, practiceId + "-provider-" + (provider + 1), sentAt);
  }

  private static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static int pick(double[] cumulative, double u) {
    for (int k = 0; k < cumulative.length - 1; k++) {
      if (u < cumulative[k]) {
        return k;
      }
    }
    return cumulative.length - 1;
  }

  /**
   * The conversation's JSON Lines document with {@code practice_id}, {@code provider_id} and {@code
   * sent_at} added after its own fields, and its messages moved to the stamp's time.
   */
  public ObjectNode encode(Conversation conversation, Stamp stamp) {
    ObjectNode node = ConversationCodec.encode(moved(conversation, stamp.sentAt()));
    node.put("practice_id", stamp.practiceId());
    node.put("provider_id", stamp.providerId());
    node.put("sent_at", stamp.sentAt().toString());
    return node;
  }

  private static Conversation moved(Conversation c, Instant start) {
    Instant first = c.messages().get(0).sentAt();
    Duration shift = first == null ? null : Duration.between(first, start);
    List<Message> messages = new ArrayList<>(c.messages().size());
    for (int i = 0; i < c.messages().size(); i++) {
      Message m = c.messages().get(i);
      Instant at;
      if (m.sentAt() == null) {
        at = i == 0 ? start : null;
      } else {
        at = shift == null ? m.sentAt() : m.sentAt().plus(shift);
      }
      messages.add(new Message(m.from(), at, m.text()));
    }
    return new Conversation(c.id(), messages, c.context(), c.labels());
  }
}
