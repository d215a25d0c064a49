package cn.onegrid.server.system;

import cn.onegrid.data.NotFound;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container answers when an error happens outside Spring MVC (a request Jetty
 * cannot read, an error sent by a filter): a problem document like any other, in place of Spring
 * Boot's error page. Asked for directly, {@code /error} is a path like any unknown one: 404.
 */
@RestController
class ErrorDocument implements ErrorController {

  private final Problems problems;

  ErrorDocument(Problems problems) {
    this.problems = problems;
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
      throw NotFound.of("problem.no-such-path", request.getRequestURI());
    }
    HttpStatusCode status = HttpStatusCode.valueOf(code);
    String key =
        status.is5xxServerError()
            ? "problem.internal"
            : code == 404 ? "problem.no-such-path" : "problem.unreadable-request";
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return ResponseEntity.status(status)
        .contentType(Problems.PROBLEM_JSON)
        .body(problems.of(request, status, key, path));
  }
}
