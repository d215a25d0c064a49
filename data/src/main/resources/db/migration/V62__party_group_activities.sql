-- The duty record book (issue 15), the rules: a featured party group holds at least one activity a
-- month (onegrid.duty-book.min-activities-per-group), each scored in points.

CREATE TABLE party_group_activity (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id     bigint  NOT NULL REFERENCES party_group ON DELETE CASCADE,
    held_on      date    NOT NULL,
    title        text    NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    recorded_by  text    NOT NULL,
    illustrative boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX party_group_activity_group_idx ON party_group_activity (group_id, held_on);
