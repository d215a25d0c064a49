-- The duty record book (issue 15), part one: members of posts get accounts of their own. A member's
-- account names the person of the register it belongs to; staff invite that person with a one-time
-- code (SHA-256 of it kept), and the first sign-in through it sets the password.

ALTER TABLE account DROP CONSTRAINT account_role_check;
ALTER TABLE account ADD CONSTRAINT account_role_check
    CHECK (role IN ('leader', 'planner', 'staff', 'admin', 'member'));
ALTER TABLE account
    ADD COLUMN person_id bigint UNIQUE REFERENCES person ON DELETE SET NULL;

CREATE TABLE member_invite (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint      NOT NULL REFERENCES account ON DELETE CASCADE,
    code_hash  bytea       NOT NULL UNIQUE,
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX member_invite_account_idx ON member_invite (account_id);
