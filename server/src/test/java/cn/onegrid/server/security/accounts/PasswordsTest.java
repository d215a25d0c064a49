package cn.onegrid.server.security.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.InvalidQuery;
import org.junit.jupiter.api.Test;

/** What a new password must be, and the reason given when it is not. */
class PasswordsTest {

  @Test
  void blankAndSpaceOnlyPasswordsAreTooShort() {
    assertRefused("                ", "password.tooShort");
    assertRefused("", "password.tooShort");
  }

  @Test
  void repeatedCharactersAreRefused() {
    assertRefused("aaaaaaaaaaaaaa", "password.weak.repeated");
  }

  @Test
  void sequentialCharactersAreRefused() {
    assertRefused("abcdefghijklm", "password.weak.sequence");
  }

  @Test
  void theUsernameInsideIsRefused() {
    assertRefused("planner.li2024!", "password.weak.username", "planner.li");
  }

  @Test
  void commonPasswordsAreRefused() {
    assertRefused("password1234", "password.weak.common");
  }

  @Test
  void aLongIrregularPasswordIsAccepted() {
    assertThatCode(() -> Passwords.check("planner.li", "河边-tea-Kite-7-lantern"))
        .doesNotThrowAnyException();
    assertThatCode(() -> Passwords.check("planner.li", Passwords.random()))
        .as("the passwords OneGrid hands out pass its own check")
        .doesNotThrowAnyException();
  }

  private static void assertRefused(String password, String key) {
    assertRefused(password, key, "someone");
  }

  private static void assertRefused(String password, String key, String username) {
    assertThatThrownBy(() -> Passwords.check(username, password))
        .isInstanceOfSatisfying(InvalidQuery.class, e -> assertThat(e.key()).isEqualTo(key));
  }
}
