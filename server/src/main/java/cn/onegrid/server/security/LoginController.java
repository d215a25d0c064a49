package cn.onegrid.server.security;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.accounts.Account;
import cn.onegrid.data.accounts.AccountRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sign-in page (Spring Security checks what it posts) and the change-password page, which an
 * account that must change its password cannot get past.
 */
@RestController
class LoginController {

  static final String LOGIN = "/login";
  static final String PASSWORD = "/password";
  private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  LoginController(AccountRepository accounts, PasswordEncoder encoder) {
    this.accounts = accounts;
    this.encoder = encoder;
  }

  @GetMapping(LOGIN)
  ResponseEntity<String> login(HttpServletRequest request, CsrfToken csrf) {
    String message = null;
    if (request.getParameter("error") != null) {
      message =
          "用户名或密码不对，或账户因多次失败暂时锁定。"
              + " <span lang=\"en\">Wrong username or password, or the account is locked for a"
              + " while after repeated failures.</span>";
    } else if (request.getParameter("logout") != null) {
      message = "已退出。 <span lang=\"en\">You have signed out.</span>";
    }
    return ResponseEntity.ok().contentType(HTML).body(LoginPages.signIn(csrf, message));
  }

  @GetMapping(PASSWORD)
  ResponseEntity<String> passwordForm(@AuthenticationPrincipal OneGridUser user, CsrfToken csrf) {
    return ResponseEntity.ok()
        .contentType(HTML)
        .body(LoginPages.changePassword(csrf, user.getUsername(), null));
  }

  @PostMapping(PASSWORD)
  ResponseEntity<String> changePassword(
      @AuthenticationPrincipal OneGridUser user,
      @RequestParam String current,
      @RequestParam String password,
      @RequestParam String confirm,
      CsrfToken csrf,
      HttpServletRequest request,
      HttpServletResponse response) {
    Account account = accounts.byId(user.accountId()).orElseThrow();
    try {
      if (!encoder.matches(current, account.passwordHash())) {
        throw new InvalidQuery(
            "current", "当前密码不对。 <span lang=\"en\">The current password is wrong.</span>");
      }
      if (!password.equals(confirm)) {
        throw new InvalidQuery(
            "confirm", "两次输入的新密码不同。 <span lang=\"en\">The new passwords differ.</span>");
      }
      if (password.equals(current)) {
        throw new InvalidQuery(
            "password",
            "新密码须与当前密码不同。 <span lang=\"en\">Choose a password you have not used.</span>");
      }
      Passwords.check(user.getUsername(), password);
    } catch (InvalidQuery e) {
      return ResponseEntity.status(HttpStatus.BAD_REQUEST)
          .contentType(HTML)
          .body(LoginPages.changePassword(csrf, user.getUsername(), e.getMessage()));
    }
    accounts.setPassword(account.id(), encoder.encode(password), false);
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    OneGridUser changed = user.passwordChanged(accounts.byId(account.id()).orElseThrow());
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", "/").build();
  }
}
