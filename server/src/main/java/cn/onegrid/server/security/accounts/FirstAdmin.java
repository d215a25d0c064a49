package cn.onegrid.server.security.accounts;

import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.data.accounts.NewAccount;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.server.security.SecurityProperties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from the settings ({@code ONEGRID_SECURITY_ADMIN_USERNAME},
 * {@code ONEGRID_SECURITY_ADMIN_PASSWORD}) on a start that finds no enabled administrator (so an
 * installation whose administrators are all disabled can be recovered); it must choose its own
 * password at its first sign-in. There is no built-in password: without one, nobody can manage
 * accounts until one is set.
 */
@Component
@DependsOnDatabaseInitialization
public class FirstAdmin implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final SecurityProperties.Admin admin;

  FirstAdmin(AccountRepository accounts, PasswordEncoder encoder, SecurityProperties settings) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.admin = settings.admin();
  }

  @Override
  public void afterPropertiesSet() {
    if (accounts.anyEnabledWithRole(Role.ADMIN)) {
      return;
    }
    if (admin.password() == null || admin.password().isBlank()) {
      log.warn(
          "No administrator yet: set ONEGRID_SECURITY_ADMIN_PASSWORD (and optionally"
              + " ONEGRID_SECURITY_ADMIN_USERNAME) to create one at the next start");
      return;
    }
    if (accounts.byUsername(admin.username()).isPresent()) {
      log.warn(
          "No enabled administrator, and the account '{}' exists: set"
              + " ONEGRID_SECURITY_ADMIN_USERNAME to a new name to create one at the next start",
          admin.username());
      return;
    }
    accounts.create(
        new NewAccount(
            admin.username(),
            "管理员 Administrator",
            encoder.encode(admin.password()),
            Role.ADMIN,
            List.of(),
            true));
    log.info(
        "Created the administrator '{}'; it must choose a new password at its first sign-in",
        admin.username());
  }
}
