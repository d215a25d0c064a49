/**
 * The policy: who may see and change what. Every endpoint's rule is in {@link
 * cn.onegrid.server.security.SecurityConfiguration} (anything not listed there is denied), roles
 * and committees in {@link cn.onegrid.server.security.OneGridUser}, which personal data each role
 * sees in {@link cn.onegrid.server.security.PersonalData}, and the HTTP hardening every request
 * passes (security headers, the one request-size limit, UTF-8 queries, problem documents for 401
 * and 403). The features the policy wires together live in sub-packages: {@code signin}, {@code
 * tokens}, {@code accounts} and {@code audit}.
 */
package cn.onegrid.server.security;
