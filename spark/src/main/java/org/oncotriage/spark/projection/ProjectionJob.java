package org.oncotriage.spark.projection;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.oncotriage.conversation.Responder;

/**
 * Counts the model's decisions in scored history (the Parquet output of {@code score}) for each
 * group, on Spark: the whole history, and each practice, month, practice and month, and provider
 * where the scores name them. The groups are small, so the projection itself runs on the driver.
 */
public final class ProjectionJob {

  private ProjectionJob() {}

  /** The groups' counts: overall first, then by practice, month, practice and month, provider. */
  public static List<GroupCounts> counts(Dataset<Row> scores) {
    List<GroupCounts> groups = new ArrayList<>();
    groups.addAll(group(scores, "overall"));
    Column practice = col("practice_id").isNotNull();
    Column month = col("month").isNotNull();
    Column provider = col("provider_id").isNotNull();
    groups.addAll(group(scores.where(practice), "practice", "practice_id"));
    groups.addAll(group(scores.where(month), "month", "month"));
    groups.addAll(
        group(scores.where(practice.and(month)), "practice_month", "practice_id", "month"));
    groups.addAll(
        group(scores.where(practice.and(provider)), "provider", "practice_id", "provider_id"));
    return groups;
  }

  private static List<GroupCounts> group(Dataset<Row> scores, String scope, String... keys) {
    List<Column> aggregates = new ArrayList<>();
    for (Responder r : Responder.values()) {
      aggregates.add(countWhere(col("route").equalTo(r.wireName())));
    }
    for (Responder r : Responder.values()) {
      aggregates.add(countWhere(col("level").equalTo(r.wireName())));
    }
    aggregates.add(countWhere(col("billable_likely")));
    aggregates.add(countWhere(col("urgent")));
    aggregates.add(countDistinct(col("provider_id")));
    aggregates.add(countDistinct(col("month")));
    Column[] keyColumns = Arrays.stream(keys).map(k -> col(k)).toArray(Column[]::new);
    Dataset<Row> grouped =
        scores
            .groupBy(keyColumns)
            .agg(count(lit(1)), aggregates.toArray(Column[]::new))
            .orderBy(keyColumns);
    List<String> keyList = List.of(keys);
    List<GroupCounts> out = new ArrayList<>();
    for (Row row : grouped.collectAsList()) {
      int k = keys.length;
      long n = row.getLong(k);
      if (n == 0) {
        continue;
      }
      long[] routed = {row.getLong(k + 1), row.getLong(k + 2), row.getLong(k + 3)};
      long[] level = {row.getLong(k + 4), row.getLong(k + 5), row.getLong(k + 6)};
      out.add(
          new GroupCounts(
              scope,
              key(row, keyList, "practice_id"),
              key(row, keyList, "month"),
              key(row, keyList, "provider_id"),
              n,
              routed,
              level,
              row.getLong(k + 7),
              row.getLong(k + 8),
              row.getLong(k + 9),
              row.getLong(k + 10)));
    }
    return out;
  }

  private static Column countWhere(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }

  private static String key(Row row, List<String> keys, String name) {
    int i = keys.indexOf(name);
    return i < 0 ? null : row.getString(i);
  }

  /** The rows as a data frame of {@link ProjectionRow#columns()}. */
  public static Dataset<Row> frame(SparkSession spark, List<ProjectionRow> rows) {
    List<Row> data = new ArrayList<>();
    StructType schema = null;
    for (ProjectionRow r : rows) {
      Map<String, Object> columns = r.columns();
      if (schema == null) {
        schema = schema(columns);
      }
      data.add(RowFactory.create(columns.values().toArray()));
    }
    return spark.createDataFrame(data, schema == null ? new StructType() : schema);
  }

  private static StructType schema(Map<String, Object> columns) {
    List<StructField> fields = new ArrayList<>();
    for (String name : columns.keySet()) {
      DataType type =
          switch (name) {
            case "scope", "practice_id", "month", "provider_id", "currency" -> DataTypes.StringType;
            case "conversations", "providers", "months", "billable_likely" -> DataTypes.LongType;
            case "with_intervals" -> DataTypes.BooleanType;
            default -> DataTypes.DoubleType;
          };
      fields.add(DataTypes.createStructField(name, type, true));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }
}
