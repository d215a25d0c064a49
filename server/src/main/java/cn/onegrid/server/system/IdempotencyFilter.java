package cn.onegrid.server.system;

import cn.onegrid.data.idempotency.IdempotentRequests;
import cn.onegrid.data.idempotency.StoredAnswer;
import cn.onegrid.server.security.OneGridUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A write sent with an {@code Idempotency-Key} (by a signed-in person or a token) runs at most once
 * per account and key within {@link IdempotentRequests#WINDOW}: the same key with the same method,
 * path and body gets the first answer again ({@code Idempotent-Replayed: true}), with another
 * request it is 422, while the first still runs 409. A 5xx answer is not kept, so a retry after an
 * outage does the write then. Runs after Spring Security, which has checked the CSRF token.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

  private final IdempotentRequests requests;
  private final Problems problems;

  IdempotencyFilter(IdempotentRequests requests, Problems problems) {
    this.requests = requests;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    Long account = accountId();
    if (key == null || account == null || !WRITES.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    if (key.isBlank() || key.length() > 255) {
      problems.write(request, response, HttpStatus.BAD_REQUEST, "idempotency.key-invalid");
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    byte[] hash = hash(request, body);
    Optional<StoredAnswer> stored = requests.claim(account, key, hash);
    if (stored.isPresent()) {
      answerAgain(stored.get(), hash, request, response);
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    boolean kept = false;
    try {
      chain.doFilter(new CachedBody(request, body), answer);
      if (answer.getStatus() < 500) {
        requests.finish(account, key, stored(answer, hash));
        kept = true;
      }
    } finally {
      if (!kept) {
        release(account, key);
      }
      answer.copyBodyToResponse();
    }
  }

  private void answerAgain(
      StoredAnswer stored, byte[] hash, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!Arrays.equals(stored.requestHash(), hash)) {
      problems.write(
          request, response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency.key-reused", HEADER);
    } else if (!stored.finished()) {
      response.setHeader(HttpHeaders.RETRY_AFTER, "1");
      problems.write(request, response, HttpStatus.CONFLICT, "idempotency.in-progress", HEADER);
    } else {
      response.setStatus(stored.status());
      response.setHeader("Idempotent-Replayed", "true");
      if (stored.contentType() != null) {
        response.setContentType(stored.contentType());
      }
      if (stored.etag() != null) {
        response.setHeader(HttpHeaders.ETAG, stored.etag());
      }
      if (stored.location() != null) {
        response.setHeader(HttpHeaders.LOCATION, stored.location());
      }
      if (stored.body() != null) {
        response.getOutputStream().write(stored.body());
      }
    }
  }

  private static StoredAnswer stored(ContentCachingResponseWrapper answer, byte[] hash) {
    return new StoredAnswer(
        hash,
        answer.getStatus(),
        answer.getContentType(),
        answer.getHeader(HttpHeaders.ETAG),
        answer.getHeader(HttpHeaders.LOCATION),
        answer.getContentAsByteArray());
  }

  private void release(long account, String key) {
    try {
      requests.release(account, key);
    } catch (RuntimeException e) { // the database may be why the request failed
      log.warn("Cannot release idempotency key of account {}: {}", account, e.getMessage());
    }
  }

  private static Long accountId() {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    return signedIn != null && signedIn.getPrincipal() instanceof OneGridUser user
        ? user.accountId()
        : null;
  }

  private static byte[] hash(HttpServletRequest request, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
      sha.update(
          (request.getMethod() + " " + request.getRequestURI() + query + "\n")
              .getBytes(StandardCharsets.UTF_8));
      return sha.digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The request with its body, already read to hash it, to be read again. */
  private static final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
