package cn.onegrid.server.security;

import cn.onegrid.data.accounts.AuditAction;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.data.map.PhoneAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which personal data each role sees, and the audit log of every view of it. Signed-in accounts see
 * the names on cards (duty posts are public duties); phone numbers are whole only where the role
 * needs them: leaders for the whole town, planners for the committees they plan (all, when they
 * name none), staff for their own committee. Administrators manage accounts and need none. Every
 * other number is masked.
 */
@Component
public class PersonalData {

  private final AuditLog audit;

  PersonalData(AuditLog audit) {
    this.audit = audit;
  }

  public PhoneAccess phones(Authentication authentication) {
    if (authentication == null || !(authentication.getPrincipal() instanceof OneGridUser user)) {
      return PhoneAccess.NONE;
    }
    return switch (user.role()) {
      case LEADER -> PhoneAccess.TOWN;
      case PLANNER ->
          user.committees().isEmpty() ? PhoneAccess.TOWN : PhoneAccess.of(user.committees());
      case STAFF -> PhoneAccess.of(user.committees());
      case ADMIN, MEMBER -> PhoneAccess.NONE;
    };
  }

  /**
   * Records that this user saw the people of a card ({@code subject} such as {@code post
   * 310114118009P01}) and how ({@code detail} such as {@code phones: full}).
   */
  public void viewed(Authentication authentication, String subject, String detail) {
    String who =
        authentication != null && authentication.getPrincipal() instanceof OneGridUser user
            ? user.getUsername() + (user.token() == null ? "" : " (token " + user.token() + ")")
            : "anonymous";
    audit.record(who, AuditAction.VIEW_PEOPLE, subject, detail);
  }

  /** What a card (as PostgreSQL wrote it) showed of people, for the audit log. */
  public static String shown(String cardJson) {
    if (cardJson.contains("\"phones\" : \"full\"")) {
      return "names, phones: full";
    }
    return cardJson.contains("\"phones\" : \"masked\"") ? "names, phones: masked" : "names";
  }
}
