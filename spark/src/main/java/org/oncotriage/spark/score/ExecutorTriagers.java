package org.oncotriage.spark.score;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.oncotriage.model.ModelTriager;
import org.oncotriage.model.TriageModels;

/**
 * The triage models of this JVM (a Spark executor, or the driver in local mode): each is loaded
 * once, on the first task that needs it, and shared by every task thread after that (ModelTriager
 * is thread-safe); a shutdown hook closes them. DJL is set offline before loading. Thread-safe.
 */
public final class ExecutorTriagers {

  /** The key of the bundled default model. */
  public static final String DEFAULT_MODEL = "default";

  private static final Map<String, ModelTriager> LOADED = new HashMap<>();
  private static boolean hooked;

  private ExecutorTriagers() {}

  /**
   * The model at {@code model}, loaded on first use.
   *
   * @param model a model directory as the executor sees it (a shared path, or the name under which
   *     {@code --archives} unpacked it), or {@link #DEFAULT_MODEL}
   */
  public static synchronized ModelTriager get(String model) {
    ModelTriager triager = LOADED.get(model);
    if (triager == null) {
      System.setProperty("ai.djl.offline", "true");
      triager =
          DEFAULT_MODEL.equals(model)
              ? TriageModels.loadDefault()
              : TriageModels.load(Path.of(model));
      LOADED.put(model, triager);
      if (!hooked) {
        Runtime.getRuntime().addShutdownHook(new Thread(ExecutorTriagers::closeAll));
        hooked = true;
      }
    }
    return triager;
  }

  /** Models loaded so far in this JVM. */
  public static synchronized int loaded() {
    return LOADED.size();
  }

  private static synchronized void closeAll() {
    LOADED.values().forEach(ModelTriager::close);
    LOADED.clear();
  }
}
