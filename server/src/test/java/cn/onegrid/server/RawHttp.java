package cn.onegrid.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for what {@code java.net.http} will not send: malformed request
 * lines, TRACE, requests that stop half way.
 */
public final class RawHttp implements AutoCloseable {

  /** An answer's status line and head as sent, and its body. */
  public record Answer(int status, String head, String body) {

    /** The first value of this header, or null. */
    public String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return null;
    }
  }

  private final Socket socket;

  /** A connection to the server on localhost. */
  public RawHttp(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(30_000);
  }

  /** Sends these bytes as they are, nothing added. */
  public RawHttp send(String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
    return this;
  }

  /** Reads one answer to the end (the server closes, or the declared length arrives). */
  public Answer answer() throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int end = -1;
    for (int b; end < 0 && (b = in.read()) >= 0; ) {
      bytes.write(b);
      end = bytes.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
    }
    String head = bytes.toString(StandardCharsets.ISO_8859_1);
    Answer headOnly = new Answer(Integer.parseInt(head.substring(9, 12)), head, "");
    String length = headOnly.header("Content-Length");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (length != null) {
      body.write(in.readNBytes(Integer.parseInt(length)));
    } else if (!"chunked".equals(lower(headOnly.header("Transfer-Encoding")))) {
      body.write(in.readAllBytes());
    } else {
      for (int size; (size = Integer.parseInt(line(in).strip(), 16)) > 0; line(in)) {
        body.write(in.readNBytes(size));
      }
    }
    return new Answer(headOnly.status(), head, body.toString(StandardCharsets.UTF_8));
  }

  /**
   * Whether the server has closed the connection within the socket's read timeout (reading the end
   * of the stream, or a reset); false if it is still open then.
   */
  public boolean closedByServer(int timeoutMillis) throws IOException {
    socket.setSoTimeout(timeoutMillis);
    try {
      InputStream in = socket.getInputStream();
      while (in.read() >= 0) {
        // an error answer before closing is fine: read on to the end
      }
      return true;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b; (b = in.read()) >= 0 && b != '\n'; ) {
      line.append((char) b);
    }
    return line.toString();
  }

  private static String lower(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
