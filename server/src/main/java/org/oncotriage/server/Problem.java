package org.oncotriage.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 * It never carries message text or a stack trace.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong for this request
 * @param pointer the JSON pointer of the offending field of a format error, else {@code null}
 * @param requestId the request's id, to find its log line
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "pointer", "request_id"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type, String title, int status, String detail, String pointer, String requestId) {

  /** The media type of a problem body. */
  public static final String CONTENT_TYPE = "application/problem+json";

  private static final String TYPE_BASE = "https://oncotriage.org/problems/";

  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
  }

  /** A problem of a kind named by a short slug, e.g. {@code invalid-conversation}. */
  public static Problem of(String slug, String title, int status, String detail) {
    return new Problem(TYPE_BASE + slug, title, status, detail, null, null);
  }

  public Problem withPointer(String newPointer) {
    return new Problem(type, title, status, detail, newPointer, requestId);
  }

  public Problem withRequestId(String newRequestId) {
    return new Problem(type, title, status, detail, pointer, newRequestId);
  }
}
