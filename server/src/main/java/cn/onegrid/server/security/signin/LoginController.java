package cn.onegrid.server.security.signin;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.accounts.Account;
import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.security.accounts.AccountSessions;
import cn.onegrid.server.security.accounts.Passwords;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
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
public class LoginController {

  public static final String LOGIN = "/login";
  public static final String PASSWORD = "/password";
  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final LoginPages pages;
  private final AccountSessions sessions;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  LoginController(
      AccountRepository accounts,
      PasswordEncoder encoder,
      LoginPages pages,
      AccountSessions sessions) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.pages = pages;
    this.sessions = sessions;
  }

  @GetMapping(LOGIN)
  ResponseEntity<String> login(
      HttpServletRequest request, HttpServletResponse response, CsrfToken csrf) {
    String message = null;
    if (request.getParameter("error") != null) {
      message = "login.failed";
    } else if (request.getParameter("slow") != null) {
      message = "login.slow";
    } else if (request.getParameter("logout") != null) {
      message = "login.signedOut";
    }
    return pages.signIn(request, response, csrf, message);
  }

  @GetMapping(PASSWORD)
  ResponseEntity<String> passwordForm(
      @AuthenticationPrincipal OneGridUser user,
      CsrfToken csrf,
      HttpServletRequest request,
      HttpServletResponse response) {
    return pages.changePassword(request, response, csrf, user.getUsername(), null);
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
    String wrong = null;
    if (!encoder.matches(current, account.passwordHash())) {
      wrong = "password.wrongCurrent";
    } else if (!password.equals(confirm)) {
      wrong = "password.differ";
    } else if (password.equals(current)) {
      wrong = "password.same";
    } else {
      try {
        Passwords.check(user.getUsername(), password);
      } catch (InvalidQuery e) {
        wrong = e.key();
      }
    }
    if (wrong != null) {
      return pages.changePassword(request, response, csrf, user.getUsername(), wrong);
    }
    accounts.setPassword(account.id(), encoder.encode(password), false);
    sessions.endOthers(
        user.getUsername(), request.getSession().getId()); // whoever knew the old one
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
