package cn.onegrid.server.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The detail, from the bundles, of Spring MVC's own errors that clients meet; the others keep
 * Spring's English detail.
 */
final class SpringErrors {

  private SpringErrors() {}

  /** The detail in the request's language, or null to keep Spring's. */
  static String detail(Exception e, HttpServletRequest request, Problems problems) {
    if (e instanceof NoResourceFoundException) {
      return text(problems, request, "problem.no-such-path", request.getRequestURI());
    } else if (e instanceof HttpRequestMethodNotSupportedException method) {
      return text(
          problems,
          request,
          "problem.method",
          method.getMethod(),
          String.join(
              ", ", method.getSupportedHttpMethods().stream().map(Object::toString).toList()));
    } else if (e instanceof MissingServletRequestParameterException missing) {
      return text(problems, request, "problem.missing-parameter", missing.getParameterName());
    } else if (e instanceof MissingRequestHeaderException missing) {
      return text(problems, request, "problem.missing-header", missing.getHeaderName());
    } else if (e instanceof TypeMismatchException mismatch) {
      return text(
          problems, request, "problem.bad-value", mismatch.getPropertyName(), mismatch.getValue());
    } else if (e instanceof HttpMessageNotReadableException) {
      return text(problems, request, "problem.unreadable-body");
    } else if (e instanceof HttpMediaTypeNotSupportedException type) {
      return text(problems, request, "problem.content-type", type.getContentType());
    } else if (e instanceof HttpMediaTypeNotAcceptableException type) {
      return text(problems, request, "problem.not-acceptable", type.getSupportedMediaTypes());
    }
    return null;
  }

  private static String text(
      Problems problems, HttpServletRequest request, String key, Object... args) {
    return problems.text(request, key, args);
  }
}
