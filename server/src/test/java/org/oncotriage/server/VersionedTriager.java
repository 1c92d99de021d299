package org.oncotriage.server;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.oncotriage.conversation.Conversation;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.TriageResult;
import org.oncotriage.triage.Triager;

/**
 * A {@link FakeTriager} under another version: its description and every result name that version;
 * it remembers the ids it triaged and whether it was closed, and can change its results (to
 * disagree with another model) or fail. Thread-safe.
 */
final class VersionedTriager implements Triager {

  private final FakeTriager fake;
  private final ModelDescription description;
  private final UnaryOperator<TriageResult> change;
  private final Set<String> triaged = ConcurrentHashMap.newKeySet();
  private volatile boolean failing;

  VersionedTriager(String version) {
    this(version, 0, r -> r);
  }

  /**
   * @param batchDelayMillis how long each batch sleeps
   * @param change applied to each of the fake's results
   */
  VersionedTriager(String version, long batchDelayMillis, UnaryOperator<TriageResult> change) {
    this.fake = new FakeTriager(batchDelayMillis);
    ModelDescription d = FakeTriager.DESCRIPTION;
    this.description =
        new ModelDescription(
            d.name(), version, d.labels(), d.thresholds(), d.provenance(), d.validationMetrics());
    this.change = change;
  }

  /** Makes every later call throw. */
  VersionedTriager failing() {
    failing = true;
    return this;
  }

  boolean closed() {
    return fake.closed();
  }

  /** Whether this model triaged the conversation with this id. */
  boolean triaged(String id) {
    return triaged.contains(id);
  }

  @Override
  public TriageResult triage(Conversation conversation) {
    return triageBatch(List.of(conversation)).get(0);
  }

  @Override
  public List<TriageResult> triageBatch(List<Conversation> conversations) {
    if (failing) {
      throw new IllegalStateException("failing on purpose");
    }
    List<TriageResult> results = fake.triageBatch(conversations);
    conversations.forEach(c -> triaged.add(c.id()));
    return results.stream().map(change).map(this::named).toList();
  }

  private TriageResult named(TriageResult r) {
    return new TriageResult(
        r.id(),
        r.route(),
        r.responder(),
        r.billable(),
        r.urgent(),
        description.identity(),
        r.language());
  }

  @Override
  public ModelDescription description() {
    return description;
  }

  @Override
  public void close() {
    fake.close();
  }
}
