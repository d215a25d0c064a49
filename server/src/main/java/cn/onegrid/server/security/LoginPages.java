package cn.onegrid.server.security;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in and change-password pages: plain forms in Chinese with English alongside, no script
 * and no inline style (the Content-Security-Policy allows neither), styled by {@code login.css}.
 */
final class LoginPages {

  private LoginPages() {}

  static String signIn(CsrfToken csrf, String message) {
    return page(
        "登录 Sign in",
        message,
        LoginController.LOGIN,
        csrf,
        field("username", "用户名", "Username", "text", "username", true)
            + field("password", "密码", "Password", "password", "current-password", false),
        "登录",
        "Sign in");
  }

  static String changePassword(CsrfToken csrf, String username, String message) {
    return page(
        "修改密码 Change password",
        message,
        LoginController.PASSWORD,
        csrf,
        "<p class=\"og-who\">"
            + escape(username)
            + "：请设置新密码，至少 "
            + Passwords.MIN_LENGTH
            + " 个字符。 <span lang=\"en\">Choose a new password of "
            + Passwords.MIN_LENGTH
            + " characters or more.</span></p>"
            + field("current", "当前密码", "Current password", "password", "current-password", true)
            + field("password", "新密码", "New password", "password", "new-password", false)
            + field("confirm", "再次输入新密码", "New password again", "password", "new-password", false),
        "保存",
        "Save");
  }

  private static String page(
      String title,
      String message,
      String action,
      CsrfToken csrf,
      String fields,
      String button,
      String buttonEn) {
    return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + title
        + " · 一张网 OneGrid</title>"
        + "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"
        + "<link rel=\"stylesheet\" href=\"/login.css\"></head><body><main class=\"og-login\">"
        + "<h1>一张网 · 江桥镇 <small lang=\"en\">OneGrid · Jiangqiao</small></h1>"
        + "<form method=\"post\" action=\""
        + action
        + "\">"
        + (message == null ? "" : "<p class=\"og-message\" role=\"alert\">" + message + "</p>")
        + fields
        + "<input type=\"hidden\" name=\""
        + escape(csrf.getParameterName())
        + "\" value=\""
        + escape(csrf.getToken())
        + "\"><button type=\"submit\">"
        + button
        + " <span lang=\"en\">"
        + buttonEn
        + "</span></button></form></main></body></html>";
  }

  private static String field(
      String name, String label, String labelEn, String type, String autocomplete, boolean focus) {
    return "<label for=\""
        + name
        + "\">"
        + label
        + " <span lang=\"en\">"
        + labelEn
        + "</span></label><input id=\""
        + name
        + "\" name=\""
        + name
        + "\" type=\""
        + type
        + "\" autocomplete=\""
        + autocomplete
        + "\" maxlength=\"200\" required"
        + (focus ? " autofocus" : "")
        + ">";
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
