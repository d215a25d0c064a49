package cn.onegrid.data.accounts;

/**
 * Every action the audit log records, the one list: {@link AuditLog#record} takes nothing else, and
 * the audit page's filter offers exactly these (each labelled by {@code audit.action.<id>} in the
 * server's bundles).
 */
public enum AuditAction {
  SIGN_IN("sign-in"),
  SIGN_IN_FAILED("sign-in-failed"),
  SIGN_IN_SLOWED("sign-in-slowed"),
  CREATE_ACCOUNT("create-account"),
  CHANGE_ACCOUNT("change-account"),
  RESET_PASSWORD("reset-password"),
  CREATE_TOKEN("create-token"),
  REVOKE_TOKEN("revoke-token"),
  CREATE_PLAN("create-plan"),
  PUBLISH_PLAN("publish-plan"),
  REVERT_PLAN("revert-plan"),
  DISCARD_PLAN("discard-plan"),
  REVERT_CHANGE("revert-change"),
  REVERT_POST_CHANGE("revert-post-change"),
  VIEW_PEOPLE("view-people"),
  CREATE_ORGANISATION("create-organisation"),
  CHANGE_ORGANISATION("change-organisation"),
  DELETE_ORGANISATION("delete-organisation"),
  MEMBER_INVITE("member-invite"),
  VIEW_DUTY_RECORDS("view-duty-records"),
  REVIEW_DUTY_RECORD("review-duty-record"),
  VIEW_DUTY_REPORT("view-duty-report"),
  VIEW_DUTY_COMPLIANCE("view-duty-compliance"),
  RECORD_SERVICE_VISIT("record-service-visit"),
  RECORD_GROUP_ACTIVITY("record-group-activity");

  private final String id;

  AuditAction(String id) {
    this.id = id;
  }

  /** As stored in {@code audit_log.action} and named in filters. */
  public String id() {
    return id;
  }
}
