/**
 * The duty record book over HTTP (issue 15): staff invite members of their posts ({@code POST
 * /members/invites}), a member's first sign-in through the invite sets a password ({@code /join}),
 * members and staff record duties ({@code /duty-records}), staff confirm or reject flagged ones.
 * Who may call what is {@code SecurityConfiguration}'s; which records each sees is {@code data}'s
 * {@code DutyBook}'s.
 */
package cn.onegrid.server.duty;
