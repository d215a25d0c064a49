/**
 * Personal access tokens for machine clients: made on {@code /tokens} or {@code /account/tokens},
 * listed and revoked by their owner or an administrator, and checked per request (as Bearer or as
 * the HTTP Basic password) without ever making a session.
 */
package cn.onegrid.server.security.tokens;
