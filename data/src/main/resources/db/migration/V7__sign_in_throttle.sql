-- Failed sign-ins slow down guessing instead of locking accounts: anyone could lock an account
-- (the only administrator too) by failing on purpose. Failures are counted per account name from
-- one client address and per client address; past a few, each failure makes the next attempt from
-- there wait longer. The owner, from their own address, is never held back by someone else.
CREATE TABLE sign_in_failure (
    key          text PRIMARY KEY,      -- 'account:<name>@<address>' or 'address:<address>'
    failures     integer     NOT NULL CHECK (failures > 0),
    not_before   timestamptz NOT NULL,  -- no attempt from there is heard before this
    last_failure timestamptz NOT NULL
);
CREATE INDEX sign_in_failure_last ON sign_in_failure (last_failure);

ALTER TABLE account DROP COLUMN failed_logins, DROP COLUMN locked_until;
