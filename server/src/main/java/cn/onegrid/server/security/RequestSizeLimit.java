package cn.onegrid.server.security;

import cn.onegrid.server.system.Problems;
import cn.onegrid.server.system.RequestRefused;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one limit on request bodies ({@code onegrid.security.max-request-body}), counted on the bytes
 * that arrive: a declared length over it is refused (413) before anything reads the body; a body
 * without one (chunked) is counted as it is read, and reading past the limit is refused the same
 * way ({@link RequestRefused}, answered by the problem handler). Forms are read by Jetty itself,
 * within its own smaller limit ({@code server.jetty.max-http-form-post-size}). An upload to be
 * imported ({@code /imports}) has a limit of its own, {@code onegrid.security.max-upload}.
 */
final class RequestSizeLimit extends OncePerRequestFilter {

  static final String UPLOADS = "/imports";

  private final long maxBytes;
  private final long maxUpload;
  private final Problems problems;

  RequestSizeLimit(long maxBytes, long maxUpload, Problems problems) {
    this.maxBytes = maxBytes;
    this.maxUpload = maxUpload;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    long maxBytes =
        path.equals(UPLOADS) || path.startsWith(UPLOADS + "/") ? maxUpload : this.maxBytes;
    if (length > maxBytes) {
      response.setHeader("Connection", "close");
      problems.write(
          request, response, HttpStatus.CONTENT_TOO_LARGE, "problem.too-large", maxBytes);
      response.flushBuffer();
      if (length <= 2 * maxBytes) {
        discard(request.getInputStream(), maxBytes);
      }
      return;
    }
    // A declared length is held to by Jetty; a body without one is counted.
    chain.doFilter(length < 0 ? new Counted(request, response, maxBytes) : request, response);
  }

  /**
   * Reads and drops what the client is still sending of a refused body, up to twice the limit, so
   * that the connection then closes cleanly. A socket closed with unread data is reset, and the
   * reset can reach the client before the 413 does: the client sees a broken connection instead of
   * the answer. Nothing parses these bytes; a body larger still is cut off, reset and all.
   */
  private static void discard(InputStream body, long maxBytes) {
    byte[] buffer = new byte[16 * 1024];
    long left = 2 * maxBytes;
    try {
      for (int n; left > 0 && (n = body.read(buffer)) > 0; ) {
        left -= n;
      }
    } catch (IOException gone) {
      // The client stopped sending: the answer went out already, there is nothing left to do.
    }
  }

  /** The request, its body counted as it is read. */
  private final class Counted extends HttpServletRequestWrapper {

    private final HttpServletResponse response;
    private ServletInputStream counted;

    private final long maxBytes;

    Counted(HttpServletRequest request, HttpServletResponse response, long maxBytes) {
      super(request);
      this.response = response;
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (counted == null) {
        counted = new CountingStream(super.getInputStream(), response, maxBytes);
      }
      return counted;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  private final class CountingStream extends ServletInputStream {

    private final ServletInputStream body;
    private final HttpServletResponse response;
    private final long maxBytes;
    private long read;

    CountingStream(ServletInputStream body, HttpServletResponse response, long maxBytes) {
      this.body = body;
      this.response = response;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = body.read();
      counted(b < 0 ? -1 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = body.read(buffer, offset, length);
      counted(n);
      return n;
    }

    private void counted(int n) {
      if (n > 0 && (read += n) > maxBytes) {
        response.setHeader("Connection", "close");
        discard(body, maxBytes);
        throw new RequestRefused(HttpStatus.CONTENT_TOO_LARGE, "problem.too-large", maxBytes);
      }
    }

    @Override
    public boolean isFinished() {
      return body.isFinished();
    }

    @Override
    public boolean isReady() {
      return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      body.setReadListener(listener);
    }
  }
}
