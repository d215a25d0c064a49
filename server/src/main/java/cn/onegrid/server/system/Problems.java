package cn.onegrid.server.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one shape of a problem document ({@code application/problem+json}, RFC 9457): a title for the
 * status and a detail from the message bundles, in the request's language, and the path it answers.
 * {@link ProblemHandler} answers with these; filters that refuse a request before Spring MVC sees
 * it (sign-in, size, encoding) {@link #write} them.
 */
@Component
public final class Problems {

  public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Logger log = LoggerFactory.getLogger(Problems.class);

  private final Messages messages;

  public Problems(Messages messages) {
    this.messages = messages;
  }

  /** A problem whose detail is the bundles' {@code key} with {@code args}. */
  public ProblemDetail of(
      HttpServletRequest request, HttpStatusCode status, String key, Object... args) {
    return withText(request, status, text(request, key, args));
  }

  /** The bundles' {@code key} with {@code args}, in the request's language; numbers as written. */
  public String text(HttpServletRequest request, String key, Object... args) {
    Object[] shown =
        Arrays.stream(args).map(a -> a instanceof Number n ? n.toString() : a).toArray();
    return messages.text(request, key, shown);
  }

  /** A problem whose detail is already written. */
  public ProblemDetail withText(HttpServletRequest request, HttpStatusCode status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title(request, status));
    try {
      problem.setInstance(URI.create(path(request)));
    } catch (IllegalArgumentException notAUri) {
      // Left out: the member is optional.
    }
    return problem;
  }

  /** The status's title, e.g. 未找到 or Not found. */
  public String title(HttpServletRequest request, HttpStatusCode status) {
    try {
      return messages.text(request, "problem.title." + status.value());
    } catch (NoSuchMessageException e) {
      return messages.text(request, "problem.title." + (status.value() / 100) * 100);
    }
  }

  /**
   * Writes the problem as the response, outside Spring MVC; members without a value are left out.
   */
  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatusCode status,
      String key,
      Object... args)
      throws IOException {
    ProblemDetail problem = of(request, status, key, args);
    log.info("{} {} {}: {}", status.value(), request.getMethod(), request.getRequestURI(), key);
    Map<String, Object> document = new TreeMap<>();
    document.put("title", problem.getTitle());
    document.put("status", problem.getStatus());
    document.put("detail", problem.getDetail());
    if (problem.getInstance() != null) {
      document.put("instance", problem.getInstance().toString());
    }
    response.setStatus(status.value());
    response.setContentType(PROBLEM_JSON.toString()); // JSON is UTF-8 without saying so
    response.getOutputStream().write(JSON.writeValueAsBytes(document));
  }

  /** The request's path, percent-encoded as it came, for the {@code instance} member. */
  private static String path(HttpServletRequest request) {
    Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = forwarded instanceof String original ? original : request.getRequestURI();
    return uri == null || uri.isEmpty() ? "/" : uri;
  }
}
