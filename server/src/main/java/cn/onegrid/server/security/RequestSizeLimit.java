package cn.onegrid.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose body is larger than the limit (413) before anything parses it; a body
 * without a declared length (chunked) is refused too, since nothing here needs one.
 */
final class RequestSizeLimit extends OncePerRequestFilter {

  private final long maxBytes;

  RequestSizeLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
    if (length > maxBytes || chunked) {
      response.setHeader("Connection", "close");
      ProblemResponses.write(
          response,
          HttpStatus.CONTENT_TOO_LARGE,
          "Request too large",
          "请求体超过 "
              + maxBytes
              + " 字节。 The request body is larger than "
              + maxBytes
              + " bytes"
              + (chunked ? " or has no declared length." : "."));
      response.flushBuffer();
      if (chunked || length <= 2 * maxBytes) {
        discard(request.getInputStream());
      }
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Reads and drops what the client is still sending of a refused body, up to twice the limit, so
   * that the connection then closes cleanly. A socket closed with unread data is reset, and the
   * reset can reach the client before the 413 does: the client sees a broken connection instead of
   * the answer. Nothing parses these bytes; a body larger still is cut off, reset and all.
   */
  private void discard(InputStream body) {
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
}
