-- Who may use OneGrid (accounts, their committees, their personal access tokens) and what they
-- saw of person-level data (the audit log). Passwords and tokens are stored only as hashes.

CREATE TABLE account (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username             text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name         text NOT NULL CHECK (display_name <> '' AND length(display_name) <= 100),
    password_hash        text NOT NULL,
    role                 text NOT NULL CHECK (role IN ('leader', 'planner', 'staff', 'admin')),
    -- true: the next sign-in must choose a new password first (the first admin, a reset).
    must_change_password boolean NOT NULL DEFAULT false,
    enabled              boolean NOT NULL DEFAULT true,
    failed_logins        integer NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

-- An account's committees: a staff member's own committee(s), the committees a planner plans.
-- A leader or planner with none works on the whole town; staff with none see no personal details.
-- By code, not id, so a scope outlives reloading the committees it names.
CREATE TABLE account_committee (
    account_id     bigint NOT NULL REFERENCES account ON DELETE CASCADE,
    committee_code text   NOT NULL CHECK (committee_code ~ '^[0-9]{12}$'),
    PRIMARY KEY (account_id, committee_code)
);

-- Personal access tokens for machine clients (QGIS, GDAL, scripts): SHA-256 of the secret only.
CREATE TABLE access_token (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id   bigint NOT NULL REFERENCES account ON DELETE CASCADE,
    name         text NOT NULL CHECK (name <> '' AND length(name) <= 100),
    secret_hash  bytea NOT NULL UNIQUE,
    can_write    boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX access_token_account_idx ON access_token (account_id);

-- Every view of person-level data and every account change: who (a username, kept when the
-- account goes), when, what.
CREATE TABLE audit_log (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       timestamptz NOT NULL DEFAULT now(),
    username text NOT NULL,
    action   text NOT NULL,
    subject  text NOT NULL,
    detail   text
);
CREATE INDEX audit_log_at_idx ON audit_log (at);

-- 13812341234 → 138****1234: enough to recognise a number, not to call it.
CREATE FUNCTION mask_phone(phone text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN left(phone, 3) || '****' || right(phone, 4);
