/**
 * Who may see and change what: accounts and their roles, the login page, sessions and CSRF,
 * personal access tokens for machine clients, which personal data each role sees (and the audit log
 * of it), and the HTTP hardening (security headers, request size, login lockout). Every endpoint's
 * rule is in {@link cn.onegrid.server.security.SecurityConfiguration}; anything not listed there is
 * denied.
 */
package cn.onegrid.server.security;
