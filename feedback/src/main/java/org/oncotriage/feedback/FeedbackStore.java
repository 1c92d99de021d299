package org.oncotriage.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.oncotriage.conversation.Labels;
import org.oncotriage.conversation.Responder;
import org.oncotriage.triage.ResponderProbabilities;

/**
 * The feedback tables over plain JDBC: the triage memory (what the service answered, by
 * conversation id), feedback rows (the clinician's decision with a copy of the service's), and the
 * encrypted text of conversations sent with feedback. Every statement is parameterized. Failures
 * are {@link StoreException}s whose message names the operation and the SQL state, never a value.
 * Thread-safe (each call takes its own connection).
 */
public final class FeedbackStore {

  private static final String INSERT_TRIAGE =
      "INSERT INTO triage_memory (conversation_id, triaged_at, model_name, model_version, route,"
          + " level, p_oncologist, p_nurse, p_medical_assistant, billable_probability,"
          + " billable_likely, urgent, urgent_probability)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String LATEST_TRIAGE =
      "SELECT conversation_id, triaged_at, model_name, model_version, route, level, p_oncologist,"
          + " p_nurse, p_medical_assistant, billable_probability, billable_likely, urgent,"
          + " urgent_probability FROM triage_memory WHERE conversation_id = ? AND triaged_at >= ?"
          + " ORDER BY triaged_at DESC, row_id DESC";
  private static final String INSERT_FEEDBACK =
      "INSERT INTO feedback (conversation_id, received_at, reviewer_role, responder, billable,"
          + " urgent, triaged_at, model_name, model_version, model_route, model_level,"
          + " model_p_oncologist, model_p_nurse, model_p_medical_assistant,"
          + " model_billable_probability, model_billable_likely, model_urgent,"
          + " model_urgent_probability)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_TEXT =
      "INSERT INTO feedback_text (feedback_id, stored_at, expires_at, key_id, nonce, ciphertext)"
          + " VALUES (?, ?, ?, ?, ?, ?)";
  private static final String ALL_FEEDBACK =
      "SELECT f.feedback_id, f.received_at, f.reviewer_role, f.responder, f.billable, f.urgent,"
          + " f.conversation_id, f.triaged_at, f.model_name, f.model_version, f.model_route,"
          + " f.model_level, f.model_p_oncologist, f.model_p_nurse, f.model_p_medical_assistant,"
          + " f.model_billable_probability, f.model_billable_likely, f.model_urgent,"
          + " f.model_urgent_probability, t.key_id, t.nonce, t.ciphertext"
          + " FROM feedback f LEFT JOIN feedback_text t"
          + " ON t.feedback_id = f.feedback_id ORDER BY f.conversation_id, f.feedback_id";
  private static final int FETCH_SIZE = 500;

  private final DataSource dataSource;

  public FeedbackStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** Appends triage records in one batch and one transaction. */
  public void remember(List<TriageRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(INSERT_TRIAGE)) {
        for (TriageRecord r : records) {
          ps.setString(1, r.conversationId());
          ps.setObject(2, time(r.triagedAt()));
          ps.setString(3, r.modelName());
          ps.setString(4, r.modelVersion());
          ps.setString(5, r.route().wireName());
          ps.setString(6, r.level().wireName());
          ps.setDouble(7, r.probabilities().oncologist());
          ps.setDouble(8, r.probabilities().nurse());
          ps.setDouble(9, r.probabilities().medicalAssistant());
          ps.setDouble(10, r.billableProbability());
          ps.setBoolean(11, r.billableLikely());
          ps.setBoolean(12, r.urgent());
          ps.setDouble(13, r.urgentProbability());
          ps.addBatch();
        }
        ps.executeBatch();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("remember triage results", e);
    }
  }

  /** The latest record for {@code conversationId} triaged at or after {@code since}. */
  public Optional<TriageRecord> latestTriage(String conversationId, Instant since) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(LATEST_TRIAGE)) {
      ps.setString(1, conversationId);
      ps.setObject(2, time(since));
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(triageRecord(rs, 1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("look up a triage result", e);
    }
  }

  /**
   * Stores feedback and, when given, its sealed text, in one transaction.
   *
   * @param text the sealed conversation, or {@code null}
   * @param textExpiresAt when the text is to be purged (ignored without text)
   * @return the new feedback id
   */
  public long insert(Feedback feedback, SealedText text, Instant textExpiresAt) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long id = insertFeedback(c, feedback);
        if (text != null) {
          try (PreparedStatement ps = c.prepareStatement(INSERT_TEXT)) {
            ps.setLong(1, id);
            ps.setObject(2, time(feedback.receivedAt()));
            ps.setObject(3, time(textExpiresAt));
            ps.setString(4, text.keyId());
            ps.setBytes(5, text.nonce());
            ps.setBytes(6, text.ciphertext());
            ps.executeUpdate();
          }
        }
        c.commit();
        return id;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("store feedback", e);
    }
  }

  private static long insertFeedback(Connection c, Feedback f) throws SQLException {
    TriageRecord t = f.triage();
    try (PreparedStatement ps =
        c.prepareStatement(INSERT_FEEDBACK, Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, f.conversationId());
      ps.setObject(2, time(f.receivedAt()));
      ps.setString(3, f.reviewerRole().wireName());
      ps.setString(4, f.labels().responder().wireName());
      ps.setBoolean(5, f.labels().billable());
      ps.setBoolean(6, f.labels().urgent());
      ps.setObject(7, time(t.triagedAt()));
      ps.setString(8, t.modelName());
      ps.setString(9, t.modelVersion());
      ps.setString(10, t.route().wireName());
      ps.setString(11, t.level().wireName());
      ps.setDouble(12, t.probabilities().oncologist());
      ps.setDouble(13, t.probabilities().nurse());
      ps.setDouble(14, t.probabilities().medicalAssistant());
      ps.setDouble(15, t.billableProbability());
      ps.setBoolean(16, t.billableLikely());
      ps.setBoolean(17, t.urgent());
      ps.setDouble(18, t.urgentProbability());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no feedback id was generated", "02000");
        }
        return keys.getLong(1);
      }
    }
  }

  /**
   * Hands every feedback row, with its sealed text when it has one, to {@code action}, ordered by
   * conversation id and then feedback id (so a conversation's latest feedback comes last), streamed
   * {@value #FETCH_SIZE} rows at a time: memory stays bounded however large the table.
   */
  public void forEachFeedback(Consumer<StoredFeedback> action) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false); // PostgreSQL streams only inside a transaction
      try (PreparedStatement ps = c.prepareStatement(ALL_FEEDBACK)) {
        ps.setFetchSize(FETCH_SIZE);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            action.accept(storedFeedback(rs));
          }
        }
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException("read feedback", e);
    }
  }

  /**
   * Every feedback row, in {@link #forEachFeedback} order, in memory: for small tables and tests.
   */
  public List<StoredFeedback> readAll() {
    List<StoredFeedback> rows = new ArrayList<>();
    forEachFeedback(rows::add);
    return rows;
  }

  /** Deletes triage records older than {@code before}; returns how many. */
  public int purgeTriageBefore(Instant before) {
    return delete("DELETE FROM triage_memory WHERE triaged_at < ?", before, "purge triage memory");
  }

  /** Deletes stored text whose retention ended at or before {@code now}; returns how many. */
  public int purgeExpiredText(Instant now) {
    return delete("DELETE FROM feedback_text WHERE expires_at <= ?", now, "purge feedback text");
  }

  private int delete(String sql, Instant instant, String what) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, time(instant));
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(what, e);
    }
  }

  private static StoredFeedback storedFeedback(ResultSet rs) throws SQLException {
    long id = rs.getLong(1);
    TriageRecord triage = triageRecord(rs, 7);
    Feedback feedback =
        new Feedback(
            triage.conversationId(),
            instant(rs, 2),
            ReviewerRole.fromWireName(rs.getString(3))
                .orElseThrow(() -> new SQLException("unknown reviewer role", "22000")),
            new Labels(level(rs.getString(4)), rs.getBoolean(5), rs.getBoolean(6)),
            triage);
    String keyId = rs.getString(20);
    SealedText text =
        keyId == null ? null : new SealedText(keyId, rs.getBytes(21), rs.getBytes(22));
    return new StoredFeedback(id, feedback, text);
  }

  /** A triage record from the 13 columns starting at {@code first}, in the tables' order. */
  private static TriageRecord triageRecord(ResultSet rs, int first) throws SQLException {
    int c = first;
    return new TriageRecord(
        rs.getString(c),
        instant(rs, c + 1),
        rs.getString(c + 2),
        rs.getString(c + 3),
        level(rs.getString(c + 4)),
        level(rs.getString(c + 5)),
        new ResponderProbabilities(rs.getDouble(c + 6), rs.getDouble(c + 7), rs.getDouble(c + 8)),
        rs.getDouble(c + 9),
        rs.getBoolean(c + 10),
        rs.getBoolean(c + 11),
        rs.getDouble(c + 12));
  }

  private static Responder level(String wireName) throws SQLException {
    return Responder.fromWireName(wireName)
        .orElseThrow(() -> new SQLException("unknown level in the feedback database", "22000"));
  }

  private static OffsetDateTime time(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  /**
   * One feedback row as stored.
   *
   * @param feedbackId its id
   * @param feedback the clinician's decision and the service's answer
   * @param text the sealed conversation, or {@code null} when none was stored or it was purged
   */
  public record StoredFeedback(long feedbackId, Feedback feedback, SealedText text) {}

  /** A database operation failed; the message names the operation and the SQL state only. */
  public static final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(String operation, SQLException cause) {
      super("cannot " + operation + " (SQL state " + cause.getSQLState() + ")", cause);
    }
  }
}
