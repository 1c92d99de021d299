package org.oncotriage.server;

import io.javalin.http.Header;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Receives request bodies before the router sees them, without holding an HTTP thread while a body
 * arrives: the bytes are read as Jetty delivers them ({@code demand}), and only a complete body is
 * handed on, as a request whose content is already in memory. So slow clients cost a connection and
 * a buffer each, never a thread, and the health endpoints keep their threads.
 *
 * <p>Bounded by design: at most {@code max_concurrent_uploads} bodies arrive at once (one more is
 * 429 with {@code Retry-After} at once), a body larger than {@code max_body_bytes} is 413 as soon
 * as that is known, and one that takes longer than {@code body_read_timeout_ms} or arrives slower
 * than {@code min_upload_bytes_per_second} (averaged from its first read, checked after one second)
 * is 408; the connection is then closed. Thread-safe.
 */
final class UploadGate {

  private static final long RATE_GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final HttpLimits limits;
  private final long maxBodyBytes;
  private final EdgeResponses responses;
  private final ServerMetrics metrics;
  private final Semaphore uploads;

  UploadGate(HttpLimits limits, long maxBodyBytes, EdgeResponses responses, ServerMetrics metrics) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.maxBodyBytes = maxBodyBytes;
    this.responses = Objects.requireNonNull(responses, "responses");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.uploads = new Semaphore(limits.maxConcurrentUploads());
  }

  /** Whether the request has a body to receive (a positive length, or chunked). */
  static boolean hasBody(Request request) {
    long length = request.getLength();
    return length > 0
        || (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING));
  }

  /** Bodies being received now. */
  int receiving() {
    return limits.maxConcurrentUploads() - uploads.availablePermits();
  }

  /**
   * Receives the body, then calls {@code next} with it; or refuses the request. Always takes charge
   * of {@code callback}.
   */
  void receive(Request request, Response response, Callback callback, Handler next) {
    if (request.getLength() > maxBodyBytes) {
      responses.refuse(request, response, callback, tooLarge(), Map.of(), true);
      return;
    }
    if (!uploads.tryAcquire()) {
      metrics.refused(ServerMetrics.Refusal.UPLOADS);
      responses.refuse(
          request,
          response,
          callback,
          Problem.of(
              "too-many-uploads",
              "Too many requests",
              429,
              "too many request bodies are arriving at once; retry shortly"),
          Map.of(Header.RETRY_AFTER, "1"),
          true);
      return;
    }
    new Reception(request, response, callback, next).start();
  }

  private Problem tooLarge() {
    return Problem.of(
        "body-too-large",
        "Content too large",
        413,
        "the request body is larger than " + maxBodyBytes + " bytes");
  }

  /** One body being received. Its steps run one at a time; {@link #done} ends it once. */
  private final class Reception implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final Handler next;
    private final AtomicBoolean done = new AtomicBoolean();
    private final long start = NanoTime.now();
    private byte[] body;
    private int size;
    private Scheduler.Task timeout;

    Reception(Request request, Response response, Callback callback, Handler next) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.next = next;
      long declared = request.getLength();
      this.body = new byte[(int) Math.min(declared > 0 ? declared : 4096, maxBodyBytes + 1)];
    }

    void start() {
      timeout =
          request
              .getComponents()
              .getScheduler()
              .schedule(
                  () ->
                      refuse(
                          ServerMetrics.Refusal.BODY_TIMEOUT,
                          "the request body did not arrive within "
                              + limits.bodyReadTimeout().toMillis()
                              + " ms"),
                  limits.bodyReadTimeout().toMillis(),
                  TimeUnit.MILLISECONDS);
      run();
    }

    /** Reads what has arrived; asks to be called again when more does. */
    @Override
    public void run() {
      while (!done.get()) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
        if (done.get()) {
          chunk.release();
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          failed(chunk.getFailure());
          return;
        }
        boolean last = chunk.isLast();
        boolean fits = append(chunk.getByteBuffer());
        chunk.release();
        if (!fits) {
          end(() -> responses.refuse(request, response, callback, tooLarge(), Map.of(), true));
          return;
        }
        if (last) {
          end(this::dispatch);
          return;
        }
        if (tooSlow()) {
          refuse(
              ServerMetrics.Refusal.BODY_RATE,
              "the request body arrives slower than "
                  + limits.minUploadBytesPerSecond()
                  + " bytes per second");
          return;
        }
      }
    }

    private boolean append(ByteBuffer bytes) {
      int n = bytes.remaining();
      if ((long) size + n > maxBodyBytes) {
        return false;
      }
      if (size + n > body.length) {
        body = Arrays.copyOf(body, (int) Math.min(maxBodyBytes + 1, Math.max(size + n, size * 2L)));
      }
      bytes.get(body, size, n);
      size += n;
      return true;
    }

    private boolean tooSlow() {
      long elapsed = NanoTime.since(start);
      long min = limits.minUploadBytesPerSecond();
      return min > 0 && elapsed >= RATE_GRACE_NANOS && size * 1_000_000_000.0 / elapsed < min;
    }

    private void failed(Throwable failure) {
      if (failure instanceof TimeoutException) {
        refuse(ServerMetrics.Refusal.BODY_TIMEOUT, "the connection was idle too long");
      } else {
        end(
            () ->
                responses.refuse(
                    request,
                    response,
                    callback,
                    Problem.of(
                        "unreadable-body",
                        "Bad request",
                        400,
                        "the request body could not be read"),
                    Map.of(),
                    true));
      }
    }

    private void refuse(ServerMetrics.Refusal reason, String detail) {
      end(
          () -> {
            metrics.refused(reason);
            responses.refuse(
                request,
                response,
                callback,
                Problem.of("request-timeout", "Request timeout", 408, detail),
                Map.of(),
                true);
          });
    }

    /** Runs {@code then} if this reception has not ended yet, after freeing its place. */
    private void end(Runnable then) {
      if (!done.compareAndSet(false, true)) {
        return;
      }
      if (timeout != null) {
        timeout.cancel();
      }
      uploads.release();
      then.run();
    }

    private void dispatch() {
      Request buffered = new BufferedRequest(request, Arrays.copyOf(body, size));
      body = null;
      try {
        if (!next.handle(buffered, response, callback)) {
          Response.writeError(buffered, response, callback, 404);
        }
      } catch (Throwable t) {
        Response.writeError(buffered, response, callback, t);
      }
    }
  }

  /** A request whose body has been received: its content is served from memory. */
  static final class BufferedRequest extends Request.Wrapper {
    private final byte[] body;
    private boolean read;

    BufferedRequest(Request request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public long getLength() {
      return body.length;
    }

    @Override
    public synchronized Content.Chunk read() {
      if (read) {
        return Content.Chunk.EOF;
      }
      read = true;
      return Content.Chunk.from(ByteBuffer.wrap(body), true);
    }

    @Override
    public void demand(Runnable demandCallback) {
      demandCallback.run();
    }
  }
}
