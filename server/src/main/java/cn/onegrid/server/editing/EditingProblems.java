package cn.onegrid.server.editing;

import cn.onegrid.data.editing.InvalidEdit;
import cn.onegrid.data.editing.PlanConflict;
import cn.onegrid.data.editing.PlanStateConflict;
import cn.onegrid.data.editing.StaleVersion;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refused edits as problem documents: a stale version is 412 with the current version tag (as ETag
 * and in the document), a drawing that cannot be an area is 422 (413 when it has too many
 * vertices), a plan that cannot be published as it stands is 409.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EditingProblems {

  @ExceptionHandler
  ResponseEntity<ProblemDetail> stale(StaleVersion e) {
    ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile", e);
    problem.setProperty("currentVersion", e.current());
    return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
        .header(HttpHeaders.ETAG, VersionTag.of(e.current()))
        .body(problem);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalid(InvalidEdit e) {
    HttpStatus status =
        e.kind() == InvalidEdit.Kind.TOO_MANY_VERTICES
            ? HttpStatus.CONTENT_TOO_LARGE
            : HttpStatus.UNPROCESSABLE_ENTITY;
    ProblemDetail problem = problem(status, "Not an area this feature can have", e);
    problem.setProperty("reason", e.kind().name().toLowerCase(java.util.Locale.ROOT));
    return ResponseEntity.status(status).body(problem);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> conflict(PlanConflict e) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "Nothing published", e);
    problem.setProperty("stale", e.stale());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> state(PlanStateConflict e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(problem(HttpStatus.CONFLICT, "Not possible in this plan's state", e));
  }

  private static ProblemDetail problem(HttpStatus status, String title, RuntimeException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    problem.setTitle(title);
    return problem;
  }
}
