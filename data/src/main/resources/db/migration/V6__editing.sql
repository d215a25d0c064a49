-- Planners' edits of areas (duty-post areas, grid boundaries): named draft plans that nobody else
-- sees until they are published, and the history of every published change.

-- A named set of proposed changes. Publishing applies them all in one transaction, or none.
CREATE TABLE plan (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    state      text        NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published', 'discarded')),
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    closed_by  text,
    closed_at  timestamptz,
    CHECK ((state = 'draft') = (closed_at IS NULL))
);

-- The proposed shape of one feature in a plan (the planner's latest), and the version of the
-- feature it was drawn from: publishing refuses it if the feature changed since.
CREATE TABLE plan_change (
    plan_id      bigint      NOT NULL REFERENCES plan ON DELETE CASCADE,
    collection   text        NOT NULL CHECK (collection IN ('duty-post-areas', 'micro-grids', 'comprehensive-grids')),
    code         text        NOT NULL,
    base_version integer     NOT NULL,
    shape        geometry(MultiPolygon, 4326) CHECK (is_valid_area(shape)), -- NULL: no area
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, collection, code)
);

-- Every published change: who, when, why, before and after. Reverting is a change of its own.
CREATE TABLE area_change (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collection     text        NOT NULL,
    code           text        NOT NULL,
    changed_by     text        NOT NULL,
    changed_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    reason         text        NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 500),
    plan_id        bigint      REFERENCES plan,
    reverts        bigint      REFERENCES area_change,
    before_version integer     NOT NULL,
    after_version  integer     NOT NULL,
    before_shape   geometry(MultiPolygon, 4326),
    after_shape    geometry(MultiPolygon, 4326)
);
CREATE INDEX area_change_feature_idx ON area_change (collection, code, changed_at);
