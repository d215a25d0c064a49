package cn.onegrid.server.security;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.accounts.AccessToken;
import cn.onegrid.data.accounts.AccessTokenRepository;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The tokens page ({@code /tokens}): one's personal access tokens as plain forms (no script), to
 * create one (its secret shown once, on the page that creates it) or revoke one. The same as the
 * JSON API under {@code /account/tokens}, for people who do not use curl.
 */
@RestController
class TokensPage {

  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private final AccessTokenRepository tokens;
  private final PersonalTokens issuer;

  TokensPage(AccessTokenRepository tokens, PersonalTokens issuer) {
    this.tokens = tokens;
    this.issuer = issuer;
  }

  @GetMapping("/tokens")
  ResponseEntity<String> page(@AuthenticationPrincipal OneGridUser user, CsrfToken csrf) {
    return html(HttpStatus.OK, render(user, csrf, null));
  }

  @PostMapping("/tokens")
  ResponseEntity<String> create(
      @AuthenticationPrincipal OneGridUser user,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "false") boolean write,
      @RequestParam(defaultValue = "") String days,
      CsrfToken csrf) {
    try {
      Integer validDays = days.isBlank() ? null : Integer.valueOf(days.strip());
      PersonalTokens.Issued issued = issuer.issue(user, name, write, validDays);
      String message =
          "新令牌“"
              + escape(issued.token().name())
              + "”，只显示这一次，请立即复制： <span lang=\"en\">Your new token, shown only now: copy"
              + " it.</span><code class=\"og-secret\">"
              + escape(issued.secret())
              + "</code>";
      return html(HttpStatus.CREATED, render(user, csrf, message));
    } catch (NumberFormatException | InvalidQuery e) {
      String message = escape(e instanceof InvalidQuery ? e.getMessage() : "days: 1–3660");
      return html(HttpStatus.BAD_REQUEST, render(user, csrf, message));
    }
  }

  @PostMapping("/tokens/{id}/revoke")
  ResponseEntity<String> revoke(
      @AuthenticationPrincipal OneGridUser user, @PathVariable long id, CsrfToken csrf) {
    boolean revoked = tokens.revoke(user.accountId(), id);
    String message =
        revoked
            ? "令牌已撤销。 <span lang=\"en\">The token is revoked.</span>"
            : "没有这个令牌。 <span lang=\"en\">No such token.</span>";
    return html(revoked ? HttpStatus.OK : HttpStatus.NOT_FOUND, render(user, csrf, message));
  }

  private String render(OneGridUser user, CsrfToken csrf, String message) {
    String hidden =
        "<input type=\"hidden\" name=\""
            + escape(csrf.getParameterName())
            + "\" value=\""
            + escape(csrf.getToken())
            + "\">";
    StringBuilder html =
        new StringBuilder(
            "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>访问令牌 Access tokens · 一张网 OneGrid</title>"
                + "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"
                + "<link rel=\"stylesheet\" href=\"/login.css\"></head><body>"
                + "<main class=\"og-login og-wide\"><h1>个人访问令牌 <small lang=\"en\">Personal"
                + " access tokens</small></h1><p class=\"og-who\">");
    html.append(escape(user.displayName()))
        .append(" · <a href=\"/\">地图 <span lang=\"en\">Map</span></a>")
        .append(" · <a href=\"/password\">修改密码 <span lang=\"en\">Change password</span></a></p>");
    if (message != null) {
      html.append("<p class=\"og-message\" role=\"status\">").append(message).append("</p>");
    }
    html.append("<p class=\"og-who\">QGIS、GDAL 与脚本用令牌访问：<code>Authorization: Bearer og_…</code>")
        .append(" <span lang=\"en\">QGIS, GDAL and scripts send a token.</span></p>")
        .append("<table class=\"og-tokens\"><thead><tr><th>名称 <span lang=\"en\">Name</span></th>")
        .append(
            "<th>权限 <span lang=\"en\">Access</span></th><th>创建 <span lang=\"en\">Created</span>")
        .append(
            "</th><th>最后使用 <span lang=\"en\">Last used</span></th><th></th></tr></thead><tbody>");
    List<AccessToken> all = tokens.ofAccount(user.accountId());
    Instant now = Instant.now();
    for (AccessToken token : all) {
      html.append("<tr data-token=\"")
          .append(token.id())
          .append("\"><td>")
          .append(escape(token.name()))
          .append("</td><td>")
          .append(token.canWrite() ? "读写 read-write" : "只读 read-only")
          .append("</td><td>")
          .append(WHEN.format(token.createdAt()))
          .append("</td><td>")
          .append(token.lastUsedAt() == null ? "—" : WHEN.format(token.lastUsedAt()))
          .append("</td><td>");
      if (token.activeAt(now)) {
        html.append("<form method=\"post\" action=\"/tokens/")
            .append(token.id())
            .append("/revoke\">")
            .append(hidden)
            .append("<button type=\"submit\">撤销 <span lang=\"en\">Revoke</span></button></form>");
      } else {
        html.append(token.revokedAt() != null ? "已撤销 revoked" : "已过期 expired");
      }
      html.append("</td></tr>");
    }
    html.append("</tbody></table><form method=\"post\" action=\"/tokens\"><h2>新令牌 <span")
        .append(" lang=\"en\">New token</span></h2>")
        .append("<label for=\"name\">名称 <span lang=\"en\">Name</span></label>")
        .append("<input id=\"name\" name=\"name\" maxlength=\"100\" required placeholder=\"QGIS\">")
        .append("<label for=\"days\">有效天数（留空为不过期） <span lang=\"en\">Valid for days (blank:")
        .append(" until revoked)</span></label>")
        .append(
            "<input id=\"days\" name=\"days\" type=\"number\" min=\"1\" max=\"3660\" value=\"365\">")
        .append("<label class=\"og-check\"><input name=\"write\" type=\"checkbox\" value=\"true\">")
        .append(" 允许修改数据 <span lang=\"en\">May change data</span></label>")
        .append(hidden)
        .append("<button type=\"submit\">创建 <span lang=\"en\">Create</span></button></form>")
        .append("</main></body></html>");
    return html.toString();
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status)
        .contentType(HTML)
        .header("Cache-Control", "private, no-store")
        .body(body);
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
