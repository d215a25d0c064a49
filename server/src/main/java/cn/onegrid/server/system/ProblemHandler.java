package cn.onegrid.server.system;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error becomes an {@code application/problem+json} document with a message that says what
 * was wrong; Spring MVC's own errors (bad path values, unknown paths, wrong methods) are handled by
 * the base class the same way. Unexpected failures are logged and answered without internals.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  private final Messages messages;

  ProblemHandler(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler
  ProblemDetail invalidQuery(InvalidQuery e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid query parameter");
    problem.setProperty("parameter", e.parameter());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail notFound(NotFound e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Not found");
    return problem;
  }

  @ExceptionHandler
  ProblemDetail unexpected(Exception e, HttpServletRequest request) {
    log.error("Unexpected failure", e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, messages.text(request, "problem.internal"));
    problem.setTitle("Internal error");
    return problem;
  }
}
