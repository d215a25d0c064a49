-- A draft plan belongs to its author (plan.created_by, the account's username, set when the plan is
-- made) and to the planners the author shares it with; nobody else sees, changes, discards or
-- publishes it.
COMMENT ON COLUMN plan.created_by IS 'The author: the username of the account that made the plan';
CREATE INDEX plan_author_idx ON plan (created_by) WHERE state = 'draft';

-- Who else may work on a plan. Renaming or deleting the account carries over to its shares.
CREATE TABLE plan_share (
    plan_id   bigint      NOT NULL REFERENCES plan ON DELETE CASCADE,
    username  text        NOT NULL REFERENCES account (username) ON UPDATE CASCADE ON DELETE CASCADE,
    shared_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, username)
);
CREATE INDEX plan_share_username_idx ON plan_share (username);
