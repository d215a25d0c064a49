package cn.onegrid.server.features;

import static cn.onegrid.server.features.OpenApiPaths.path;
import static cn.onegrid.server.features.OpenApiPaths.query;
import static cn.onegrid.server.features.OpenApiPaths.read;
import static cn.onegrid.server.features.OpenApiPaths.write;

import java.util.List;
import java.util.Map;

/** Accounts, tokens and the audit log's endpoints for the OpenAPI definition. */
final class AccountPaths {

  private AccountPaths() {}

  /** Sign-in, accounts and tokens, the audit log, and their pages. */
  static void addTo(OpenApiPaths paths) {
    paths
        .add("get", "/login", read("The sign-in page (HTML)", List.of()))
        .add("get", "/password", read("The change-password page (HTML)", List.of()))
        .add(
            "post",
            "/password",
            write(
                "Changes one's password (form: current, password, confirm)",
                List.of(),
                null,
                "303"))
        .add("get", "/account", read("Who is signed in, and the session's CSRF token", List.of()))
        .add("get", "/account/tokens", read("One's personal access tokens", List.of()))
        .add(
            "post",
            "/account/tokens",
            write(
                "Makes a personal access token; its secret is shown once",
                List.of(),
                "{\"name\": text, \"write\": boolean, \"days\": integer}",
                "201"))
        .add(
            "delete",
            "/account/tokens/{id}",
            write("Revokes one of one's tokens", List.of(id()), null, "204"))
        .add("get", "/tokens", read("The tokens page (HTML)", List.of()))
        .add(
            "post",
            "/tokens",
            write(
                "Makes a token from the tokens page (form: name, write, days)",
                List.of(),
                null,
                "200"))
        .add(
            "post",
            "/tokens/{id}/revoke",
            write("Revokes a token from the tokens page", List.of(id()), null, "303"))
        .add("get", "/admin/accounts", read("Every account (administrators)", List.of()))
        .add(
            "post",
            "/admin/accounts",
            write(
                "Makes an account with a first password (administrators)",
                List.of(),
                "{\"username\", \"displayName\", \"role\", \"committees\"}",
                "201"))
        .add(
            "put",
            "/admin/accounts/{id}",
            write(
                "Changes an account's role, committees or state (administrators)",
                List.of(id()),
                "{\"displayName\", \"role\", \"committees\", \"enabled\"}",
                "200"))
        .add(
            "post",
            "/admin/accounts/{id}/password",
            write(
                "Resets an account's password, ending its sessions and tokens (administrators)",
                List.of(id()),
                null,
                "200"))
        .add(
            "get",
            "/admin/accounts/{id}/tokens",
            read("An account's tokens (administrators)", List.of(id())))
        .add(
            "delete",
            "/admin/accounts/{id}/tokens/{tokenId}",
            write(
                "Revokes an account's token (administrators)",
                List.of(id(), tokenId()),
                null,
                "204"))
        .add("get", "/admin/audit", read("The audit log (administrators)", auditRange()))
        .add("get", "/admin/audit.csv", read("The audit log as CSV (administrators)", auditRange()))
        .add("get", "/accounts", read("The accounts page (HTML, administrators)", List.of()))
        .add(
            "post",
            "/accounts",
            write(
                "Makes an account from the accounts page (form: username, displayName, role,"
                    + " committees, enabled)",
                List.of(),
                null,
                "201"))
        .add(
            "get",
            "/accounts/{id}",
            read("An account's page (HTML, administrators)", List.of(id())))
        .add(
            "post",
            "/accounts/{id}",
            write(
                "Changes an account from its page (form: displayName, role, committees, enabled)",
                List.of(id()),
                null,
                "200"))
        .add(
            "post",
            "/accounts/{id}/password",
            write("Resets an account's password from its page", List.of(id()), null, "200"))
        .add(
            "post",
            "/accounts/{id}/person",
            write(
                "Links a member's account to a person of the register (form: person, the"
                    + " person's id; empty unlinks)",
                List.of(id()),
                null,
                "200"))
        .add(
            "post",
            "/accounts/{id}/tokens/{tokenId}/revoke",
            write(
                "Revokes an account's token from its page", List.of(id(), tokenId()), null, "200"))
        .add(
            "get",
            "/audit",
            read(
                "The audit log page (HTML, administrators; form: username, action, from, to as"
                    + " dates)",
                List.of()));
  }

  private static List<Map<String, Object>> auditRange() {
    return List.of(
        query("from", "string", "From this instant (RFC 3339)"),
        query("to", "string", "Until this instant (RFC 3339)"),
        query("username", "string", "Only this account's entries"),
        query("action", "string", "Only this action's entries, such as sign-in-failed"),
        query("limit", "integer", "At most this many entries"));
  }

  private static Map<String, Object> id() {
    return path("id", "integer", "Id");
  }

  private static Map<String, Object> tokenId() {
    return path("tokenId", "integer", "Token id");
  }
}
