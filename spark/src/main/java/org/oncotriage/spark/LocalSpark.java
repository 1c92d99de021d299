package org.oncotriage.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Starts the Spark session of a command: the given master, else the one {@code spark-submit} set,
 * else {@code local[*]}. A local session binds to the loopback address and starts no web UI.
 */
public final class LocalSpark {

  private LocalSpark() {}

  /**
   * @param master a Spark master URL, or null
   * @param appName the application's name
   */
  public static SparkSession session(String master, String appName) {
    System.setProperty("ai.djl.offline", "true");
    String chosen = master != null ? master : System.getProperty("spark.master", "local[*]");
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName(appName)
            .master(chosen)
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "8");
    if (chosen.startsWith("local")) {
      builder
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    return builder.getOrCreate();
  }
}
