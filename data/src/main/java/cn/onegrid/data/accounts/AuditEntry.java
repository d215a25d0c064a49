package cn.onegrid.data.accounts;

import java.time.Instant;

/**
 * One view of person-level data, or one change to an account.
 *
 * @param action what was done, such as {@code view-people} or {@code change-account}
 * @param subject what it was done to, such as {@code post 310114118009P01}
 * @param detail how much was shown, such as {@code phones: full}
 */
public record AuditEntry(
    long id, Instant at, String username, String action, String subject, String detail) {}
