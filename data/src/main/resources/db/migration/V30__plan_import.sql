-- An import applied as a draft plan: the features of one layer of one kind, for the whole town or
-- for one committee, published like any plan (PlanImports). Absent features of the scope are
-- removed (grids) or retired (posts) when it is published; committees absent are kept.
CREATE TABLE plan_import (
    plan_id    bigint PRIMARY KEY REFERENCES plan ON DELETE CASCADE,
    collection text   NOT NULL CHECK (collection IN ('committees', 'comprehensive-grids', 'micro-grids', 'duty-posts')),
    committee  text   CHECK (committee ~ '^[0-9]{12}$'), -- NULL: the whole town
    town_name  text   CHECK (length(btrim(town_name)) BETWEEN 1 AND 100) -- for a town the import makes
);

-- One imported feature and the version of the published one it replaces (0: new).
CREATE TABLE plan_import_feature (
    plan_id      bigint  NOT NULL REFERENCES plan_import ON DELETE CASCADE,
    code         text    NOT NULL,
    name         text    NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    duty_types   text[]  NOT NULL DEFAULT '{}',
    base_version integer NOT NULL CHECK (base_version >= 0),
    shape        geometry(Geometry, 4326) NOT NULL CHECK (is_valid_area(shape)),
    PRIMARY KEY (plan_id, code)
);

-- The last field mapping used for a source (its kind and its field names), offered next time.
CREATE TABLE import_mapping (
    source      text PRIMARY KEY,
    code        text NOT NULL,
    name        text NOT NULL,
    parent_code text,
    duty_types  text,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
