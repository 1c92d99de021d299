package org.oncotriage.server.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange over a plain socket to 127.0.0.1, for requests an HTTP client library
 * refuses to send (odd methods, broken framing). Reads one response head and its body when it has a
 * {@code Content-Length}. Not thread-safe; one per connection.
 */
final class RawClient implements AutoCloseable {

  private final Socket socket;
  private final InputStream in;

  RawClient(int port, int timeoutMillis) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(timeoutMillis);
    in = socket.getInputStream();
  }

  void send(byte[] bytes) throws IOException {
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
  }

  /** The next response, or {@code null} when the server closed the connection first. */
  Reply read() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      boolean cr = b == '\r' && (matched == 0 || matched == 2);
      boolean lf = b == '\n' && (matched == 1 || matched == 3);
      matched = cr || lf ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    String[] statusLine = lines[0].split(" ");
    int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
    String contentType = null;
    boolean requestId = false;
    int length = -1;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].toLowerCase(Locale.ROOT);
      if (line.startsWith("content-type:")) {
        contentType = line.substring(13).trim();
      } else if (line.startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      } else if (line.startsWith("x-request-id:")) {
        requestId = true;
      }
    }
    int bodyBytes = length > 0 ? in.readNBytes(length).length : 0;
    return new Reply(status, contentType, requestId, bodyBytes);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  /**
   * One response.
   *
   * @param status the HTTP status
   * @param contentType its lower-case media type, or {@code null}
   * @param requestId whether it carried {@code X-Request-Id}
   * @param bodyBytes the body's length
   */
  record Reply(int status, String contentType, boolean requestId, int bodyBytes) {
    boolean isProblem() {
      return contentType != null && contentType.startsWith("application/problem+json");
    }
  }
}
