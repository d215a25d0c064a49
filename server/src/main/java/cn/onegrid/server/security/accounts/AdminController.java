package cn.onegrid.server.security.accounts;

import cn.onegrid.data.accounts.Account;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.security.accounts.AccountAdministration.AccountRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Accounts as JSON, for administrators' scripts: what {@link AccountAdministration} does. */
@RestController
class AdminController {

  private final AccountAdministration administration;

  AdminController(AccountAdministration administration) {
    this.administration = administration;
  }

  /** An account as administrators see it: never its password hash. */
  record AccountView(
      long id,
      String username,
      String displayName,
      String role,
      List<String> committees,
      boolean enabled,
      boolean mustChangePassword) {

    static AccountView of(Account account) {
      return new AccountView(
          account.id(),
          account.username(),
          account.displayName(),
          account.role().id(),
          account.committees(),
          account.enabled(),
          account.mustChangePassword());
    }
  }

  record WithPassword(AccountView account, String password) {

    static WithPassword of(AccountAdministration.WithPassword given) {
      return new WithPassword(AccountView.of(given.account()), given.password());
    }
  }

  @GetMapping("/admin/accounts")
  List<AccountView> list() {
    return administration.all().stream().map(AccountView::of).toList();
  }

  @PostMapping("/admin/accounts")
  ResponseEntity<WithPassword> create(
      @AuthenticationPrincipal OneGridUser admin, @RequestBody AccountRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(WithPassword.of(administration.create(admin, request)));
  }

  @PutMapping("/admin/accounts/{id}")
  AccountView update(
      @AuthenticationPrincipal OneGridUser admin,
      @PathVariable long id,
      @RequestBody AccountRequest request) {
    return AccountView.of(administration.update(admin, id, request));
  }

  @PostMapping("/admin/accounts/{id}/password")
  WithPassword resetPassword(@AuthenticationPrincipal OneGridUser admin, @PathVariable long id) {
    return WithPassword.of(administration.resetPassword(admin, id));
  }
}
