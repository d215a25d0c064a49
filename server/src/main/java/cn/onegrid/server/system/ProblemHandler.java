package cn.onegrid.server.system;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.Refusal;
import cn.onegrid.data.duty.InvalidRecord;
import cn.onegrid.data.editing.InvalidEdit;
import cn.onegrid.data.editing.PlanConflict;
import cn.onegrid.data.editing.StaleVersion;
import cn.onegrid.data.transfer.InvalidRoster;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error becomes an {@code application/problem+json} document ({@link Problems}): a {@link
 * Refusal} with the status its type has here and its text from the bundles, Spring MVC's own errors
 * (bad path values, unknown paths, wrong methods) with the base class's status and detail, and
 * anything else as 500 without internals. A refusal is one line in the log; only a failure logs its
 * stack trace. The content type is set, not negotiated: a problem is JSON whatever was asked.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  private final Problems problems;

  ProblemHandler(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> refused(Refusal e, HttpServletRequest request) {
    HttpStatus status = RefusalStatus.of(e);
    ProblemDetail problem = problems.of(request, status, e.key(), e.args());
    HttpHeaders headers = new HttpHeaders();
    if (e instanceof InvalidQuery query) {
      problem.setProperty("parameter", query.parameter());
      if (!query.choices().isEmpty()) {
        problem.setProperty("choices", query.choices());
      }
    } else if (e instanceof InvalidRecord record) {
      problem.setProperty("parameter", record.field());
    } else if (e instanceof StaleVersion stale) {
      problem.setProperty("currentVersion", stale.current());
      headers.setETag("\"v" + stale.current() + "\""); // as editing's VersionTag writes it
    } else if (e instanceof InvalidEdit edit) {
      problem.setProperty("reason", edit.kind().name().toLowerCase(Locale.ROOT));
    } else if (e instanceof PlanConflict conflict) {
      problem.setProperty("stale", conflict.stale());
    } else if (e instanceof InvalidRoster roster) {
      problem.setProperty("errors", rosterErrors(roster, request));
    }
    logRefusal(request, status, e.getMessage());
    return answer(status, headers, problem);
  }

  /** A header that is no media type, such as {@code Accept: garbage///}. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalidMediaType(
      InvalidMediaTypeException e, HttpServletRequest request) {
    logRefusal(request, HttpStatus.BAD_REQUEST, e.getMessage());
    return answer(
        HttpStatus.BAD_REQUEST,
        new HttpHeaders(),
        problems.of(request, HttpStatus.BAD_REQUEST, "problem.media-type", e.getMediaType()));
  }

  /** An upload that is no multipart form, or a broken one, or one over the upload limit. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> badUpload(MultipartException e, HttpServletRequest request) {
    HttpStatus status =
        e instanceof MaxUploadSizeExceededException
            ? HttpStatus.CONTENT_TOO_LARGE
            : HttpStatus.BAD_REQUEST;
    logRefusal(request, status, e.getMessage());
    return answer(
        status,
        new HttpHeaders(),
        problems.of(
            request,
            status,
            status == HttpStatus.BAD_REQUEST ? "problem.multipart" : "problem.upload-too-large"));
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    if (DatabaseTrouble.isOutage(e)) {
      log.warn(
          "503 {} {}: database unavailable: {}",
          request.getMethod(),
          request.getRequestURI(),
          e.getMessage());
      HttpHeaders headers = new HttpHeaders();
      headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseTrouble.RETRY_AFTER_SECONDS));
      return answer(
          HttpStatus.SERVICE_UNAVAILABLE,
          headers,
          problems.of(
              request,
              HttpStatus.SERVICE_UNAVAILABLE,
              "problem.database-unavailable",
              DatabaseTrouble.RETRY_AFTER_SECONDS));
    }
    log.error("Unexpected failure: {} {}", request.getMethod(), request.getRequestURI(), e);
    return answer(
        HttpStatus.INTERNAL_SERVER_ERROR,
        new HttpHeaders(),
        problems.of(request, HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal"));
  }

  /** Spring MVC's own errors: the base class's detail, our title, one log line. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    HttpServletRequest servlet =
        ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof Refusal refusal) { // e.g. a body over the limit, met while parsing it
        ResponseEntity<ProblemDetail> answer = refused(refusal, servlet);
        return new ResponseEntity<>(answer.getBody(), answer.getHeaders(), answer.getStatusCode());
      }
    }
    ProblemDetail problem =
        body instanceof ProblemDetail given
            ? given
            : problems.withText(servlet, status, problems.title(servlet, status));
    problem.setTitle(problems.title(servlet, status));
    String detail = SpringErrors.detail(e, servlet, problems);
    if (detail != null) {
      problem.setDetail(detail);
    }
    logRefusal(servlet, status, e.getMessage());
    return ResponseEntity.status(status)
        .headers(headers)
        .contentType(Problems.PROBLEM_JSON)
        .body(problem);
  }

  /** Each error of a roster file: its row, its column's header and what is wrong there. */
  private List<Map<String, Object>> rosterErrors(InvalidRoster roster, HttpServletRequest request) {
    return roster.errors().stream()
        .map(
            error -> {
              Map<String, Object> item = new LinkedHashMap<>();
              item.put("row", error.row());
              item.put("column", error.column());
              item.put("detail", problems.text(request, error.key(), error.args()));
              return item;
            })
        .toList();
  }

  private static ResponseEntity<ProblemDetail> answer(
      HttpStatus status, HttpHeaders headers, ProblemDetail problem) {
    return ResponseEntity.status(status)
        .headers(headers)
        .contentType(Problems.PROBLEM_JSON)
        .body(problem);
  }

  private static void logRefusal(HttpServletRequest request, HttpStatusCode status, String why) {
    log.info("{} {} {}: {}", status.value(), request.getMethod(), request.getRequestURI(), why);
  }
}
