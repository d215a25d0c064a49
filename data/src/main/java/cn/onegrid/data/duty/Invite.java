package cn.onegrid.data.duty;

import java.time.Instant;

/**
 * A one-time invite: the member's username and the code (shown once, only its hash is kept).
 *
 * @param person the register's person the account belongs to
 */
public record Invite(String username, long person, String code, Instant expiresAt) {}
