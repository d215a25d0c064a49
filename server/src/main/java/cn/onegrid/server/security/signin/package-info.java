/**
 * Signing in on {@code /login}: the pages, the account lookup, growing waits after failures ({@link
 * cn.onegrid.server.security.signin.SignInThrottle}; no account is ever locked) and the gate that
 * makes a first or reset password be changed before anything else.
 */
package cn.onegrid.server.security.signin;
