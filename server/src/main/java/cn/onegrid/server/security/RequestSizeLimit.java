package cn.onegrid.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose body is larger than the limit (413) before anything reads it; a body
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
      return;
    }
    chain.doFilter(request, response);
  }
}
