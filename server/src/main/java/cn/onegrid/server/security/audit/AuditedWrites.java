package cn.onegrid.server.security.audit;

import cn.onegrid.data.accounts.AuditAction;
import cn.onegrid.data.accounts.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Writes the audit log for planners' work that succeeded: creating, publishing and discarding a
 * plan, reverting an area's or a post's change or a plan, and every write to the town's
 * organisation (administrators' too), by its JSON API or its page's forms. Kept here, by endpoint,
 * so that the editing and organisation controllers know nothing of auditing; a refused or failed
 * request (anything but 2xx) is not recorded.
 */
@Component
class AuditedWrites implements HandlerInterceptor, WebMvcConfigurer {

  /** Method and Spring MVC pattern → the action recorded. */
  private static final Map<String, AuditAction> ACTIONS =
      Map.of(
          "POST /plans", AuditAction.CREATE_PLAN,
          "POST /plans/{plan}/publish", AuditAction.PUBLISH_PLAN,
          "POST /plans/{plan}/revert", AuditAction.REVERT_PLAN,
          "DELETE /plans/{plan}", AuditAction.DISCARD_PLAN,
          "POST /changes/{change}/revert", AuditAction.REVERT_CHANGE,
          "POST /post-changes/{change}/revert", AuditAction.REVERT_POST_CHANGE,
          "POST /organisation/{kind}", AuditAction.CREATE_ORGANISATION,
          "PUT /organisation/{kind}/{key}", AuditAction.CHANGE_ORGANISATION,
          "DELETE /organisation/{kind}/{key}", AuditAction.DELETE_ORGANISATION);

  /** The organisation page's one form handler: what it did depends on what the form sent. */
  private static final String ORGANISATION_FORM = "POST /committees/{code}/organisation/{kind}";

  private final AuditLog audit;

  AuditedWrites(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(this)
        .addPathPatterns(
            "/plans",
            "/plans/*",
            "/plans/*/publish",
            "/plans/*/revert",
            "/changes/*/revert",
            "/post-changes/*/revert",
            "/organisation/*",
            "/organisation/*/*",
            "/committees/*/organisation/*");
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
    AuditAction action = action(request);
    int status = response.getStatus();
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    if (action == null || failure != null || status < 200 || status > 299 || who == null) {
      return;
    }
    audit.record(who.getName(), action, subject(request, response), detail(request));
  }

  private static String endpoint(HttpServletRequest request) {
    return request.getMethod()
        + " "
        + request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
  }

  private static AuditAction action(HttpServletRequest request) {
    if (!endpoint(request).equals(ORGANISATION_FORM)) {
      return ACTIONS.get(endpoint(request));
    }
    if (request.getParameter("remove") != null) {
      return AuditAction.DELETE_ORGANISATION;
    }
    return formKey(request) == null
        ? AuditAction.CREATE_ORGANISATION
        : AuditAction.CHANGE_ORGANISATION;
  }

  /** The key an organisation form names, null for a new item. */
  private static String formKey(HttpServletRequest request) {
    String key = request.getParameter("key");
    return key == null || key.isBlank() ? null : key.strip();
  }

  /**
   * The plan, change or organisation item ("kind key"), from the path or the form or, for a new
   * one, from where it now lives.
   */
  private static String subject(HttpServletRequest request, HttpServletResponse response) {
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (variables != null && variables.containsKey("plan")) {
      return "plan " + variables.get("plan");
    }
    if (variables != null && variables.containsKey("change")) {
      return "change " + variables.get("change");
    }
    if (variables != null && variables.containsKey("kind")) {
      String key =
          variables.containsKey("key")
              ? variables.get("key")
              : endpoint(request).equals(ORGANISATION_FORM) ? formKey(request) : null;
      String location = response.getHeader("Location");
      return key != null
          ? variables.get("kind") + " " + key
          : location == null
              ? variables.get("kind")
              : location.substring("/organisation/".length()).replace('/', ' ');
    }
    String location = response.getHeader("Location");
    return location == null ? "plan" : "plan " + location.substring(location.lastIndexOf('/') + 1);
  }

  private static String detail(HttpServletRequest request) {
    String reason = request.getParameter("change_reason"); // a revert's reason, in its query
    return reason == null ? "" : reason;
  }
}
