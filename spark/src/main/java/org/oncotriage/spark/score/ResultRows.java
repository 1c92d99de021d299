package org.oncotriage.spark.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.oncotriage.json.Json;
import org.oncotriage.redflag.RedFlagFinding;
import org.oncotriage.triage.TriageResult;

/**
 * The two output shapes of a triage result: one JSON Lines line, written by the project's JSON
 * codec exactly as {@code predict} writes it, or one Parquet row of {@link #SCHEMA}. Neither
 * carries message text (a finding's rule id, not its words, which may quote a number from the
 * text). Stateless and thread-safe.
 */
public final class ResultRows {

  /** The one column of a JSON Lines output. */
  public static final StructType JSON_LINES =
      new StructType(
          new StructField[] {DataTypes.createStructField("value", DataTypes.StringType, false)});

  /** The columns of a Parquet output. */
  public static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("route", DataTypes.StringType, false),
            DataTypes.createStructField("level", DataTypes.StringType, false),
            DataTypes.createStructField(
                "probabilities",
                new StructType(
                    new StructField[] {
                      DataTypes.createStructField("oncologist", DataTypes.DoubleType, false),
                      DataTypes.createStructField("nurse", DataTypes.DoubleType, false),
                      DataTypes.createStructField("medical_assistant", DataTypes.DoubleType, false)
                    }),
                false),
            DataTypes.createStructField("billable_probability", DataTypes.DoubleType, false),
            DataTypes.createStructField("billable_likely", DataTypes.BooleanType, false),
            DataTypes.createStructField("billable_eligible", DataTypes.BooleanType, true),
            DataTypes.createStructField("urgent", DataTypes.BooleanType, false),
            DataTypes.createStructField("urgent_probability", DataTypes.DoubleType, false),
            DataTypes.createStructField(
                "urgent_rules", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("model_name", DataTypes.StringType, false),
            DataTypes.createStructField("model_version", DataTypes.StringType, false),
            DataTypes.createStructField("practice_id", DataTypes.StringType, true),
            DataTypes.createStructField("provider_id", DataTypes.StringType, true),
            DataTypes.createStructField("month", DataTypes.StringType, true),
            DataTypes.createStructField("line", DataTypes.LongType, false)
          });

  private static final ObjectWriter JSON = Json.mapper().writer();

  private ResultRows() {}

  /** The result as {@code predict} writes it, without the line's end. */
  public static String json(TriageResult result) {
    try {
      return JSON.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A row of {@link #JSON_LINES}. */
  static Row jsonRow(TriageResult result) {
    return RowFactory.create(json(result));
  }

  /** A row of {@link #SCHEMA}. */
  static Row parquetRow(DecodedLine source, TriageResult r) {
    var p = r.responder().probabilities();
    return RowFactory.create(
        r.id(),
        r.route().wireName(),
        r.responder().level().wireName(),
        RowFactory.create(p.oncologist(), p.nurse(), p.medicalAssistant()),
        r.billable().probability(),
        r.billable().likely(),
        r.billable().eligible(),
        r.urgent().flag(),
        r.urgent().probability(),
        r.urgent().findings().stream().map(RedFlagFinding::rule).distinct().toArray(String[]::new),
        r.model().name(),
        r.model().version(),
        source.practiceId(),
        source.providerId(),
        source.month(),
        source.line());
  }
}
