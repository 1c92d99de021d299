package org.oncotriage.server;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.oncotriage.server.batching.WorkLoadManager;
import org.oncotriage.triage.ModelDescription;
import org.oncotriage.triage.Triager;

/**
 * One loaded model version: its triager, the {@link WorkLoadManager} in front of it (each version
 * batches on its own), where it came from and when, and a count of the requests using it.
 *
 * <p>A request {@link #tryAcquire acquires} the model it starts on and {@link Lease#close releases}
 * it when it has answered, so a model that is switched away from mid-request still finishes that
 * request. {@link #retireAndClose} refuses new acquisitions, waits (bounded) for those in flight,
 * drains the work-load manager and closes the triager, freeing its native memory; when requests
 * still hold it after that wait, it closes as the last of them releases it, never under one.
 * Thread-safe.
 */
final class LoadedModel {

  private final Triager triager;
  private final WorkLoadManager workLoad;
  private final ModelDescription description;
  private final String source;
  private final Instant loadedAt;
  private final Duration loadTime;
  private final Object users = new Object();
  private int inFlight;
  private boolean retired;
  private boolean closed;
  private Duration drainOnLastRelease;

  /**
   * @param triager the model; owned and closed by this
   * @param workLoad its work-load manager; owned and closed by this
   * @param source where it was loaded from, for {@code GET /v1/models}: a directory, or {@code
   *     bundled}
   * @param loadedAt when it finished loading
   * @param loadTime how long loading took
   */
  LoadedModel(
      Triager triager,
      WorkLoadManager workLoad,
      String source,
      Instant loadedAt,
      Duration loadTime) {
    this.triager = Objects.requireNonNull(triager, "triager");
    this.workLoad = Objects.requireNonNull(workLoad, "workLoad");
    this.description = triager.description();
    this.source = Objects.requireNonNull(source, "source");
    this.loadedAt = Objects.requireNonNull(loadedAt, "loadedAt");
    this.loadTime = Objects.requireNonNull(loadTime, "loadTime");
  }

  Triager triager() {
    return triager;
  }

  WorkLoadManager workLoad() {
    return workLoad;
  }

  ModelDescription description() {
    return description;
  }

  String version() {
    return description.version();
  }

  String source() {
    return source;
  }

  Instant loadedAt() {
    return loadedAt;
  }

  Duration loadTime() {
    return loadTime;
  }

  /**
   * Marks one more request as using this model.
   *
   * @return a lease to close when the request is done, or {@code null} once the model is retired
   */
  Lease tryAcquire() {
    synchronized (users) {
      if (retired) {
        return null;
      }
      inFlight++;
      return new Lease(this);
    }
  }

  /** Requests using this model now. */
  int inFlight() {
    synchronized (users) {
      return inFlight;
    }
  }

  /**
   * Refuses new requests, waits at most {@code timeout} for those in flight, then drains the
   * work-load manager (within what is left of {@code timeout}) and closes the triager. When
   * requests still hold the model after {@code timeout}, it is closed instead (on a thread of its
   * own, draining within {@code timeout}) once the last of them has released it: a request never
   * runs on a closed model. It closes once: a later call only waits.
   *
   * @return whether every request in flight had finished (and the model is closed)
   */
  boolean retireAndClose(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean drained;
    synchronized (users) {
      retired = true;
      try {
        while (inFlight > 0 && deadline - System.nanoTime() > 0) {
          long waitMillis = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
          users.wait(waitMillis);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      drained = inFlight == 0;
      if (closed) {
        return drained;
      }
      if (!drained) {
        drainOnLastRelease = timeout;
        return false;
      }
      closed = true;
    }
    workLoad.close(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    triager.close();
    return drained;
  }

  private void release() {
    Duration drain = null;
    synchronized (users) {
      inFlight--;
      if (inFlight == 0) {
        users.notifyAll();
        if (drainOnLastRelease != null && !closed) {
          closed = true;
          drain = drainOnLastRelease;
        }
      }
    }
    if (drain != null) {
      Duration timeout = drain;
      Thread closer =
          new Thread(
              () -> {
                workLoad.close(timeout);
                triager.close();
              },
              "model-close");
      closer.setDaemon(true);
      closer.start();
    }
  }

  /** A request's hold on a model: the model cannot close until it is closed. Close it once. */
  static final class Lease implements AutoCloseable {
    private final LoadedModel model;
    private boolean closed;

    private Lease(LoadedModel model) {
      this.model = model;
    }

    /** The model held. */
    LoadedModel model() {
      return model;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        model.release();
      }
    }
  }
}
