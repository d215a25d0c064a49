/**
 * Accounts: one's own ({@code /account}), the administrators' ({@code /admin/accounts}), the
 * password policy and hashes, ending an account's sessions when it changes, the first administrator
 * and the demo profile's accounts.
 */
package cn.onegrid.server.security.accounts;
