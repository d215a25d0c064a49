package cn.onegrid.server.system;

import cn.onegrid.data.Refusal;
import org.springframework.http.HttpStatus;

/**
 * A refusal only the HTTP side knows how to make (a missing {@code If-Match}, a body too large, a
 * committee a planner may not change): it carries its status, and its text as a message key, like
 * every {@link Refusal}; {@link ProblemHandler} answers it.
 */
public final class RequestRefused extends Refusal {

  private final HttpStatus status;

  public RequestRefused(HttpStatus status, String key, Object... args) {
    super(status.value() + " " + describe(key, args), key, args);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
