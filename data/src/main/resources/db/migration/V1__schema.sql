-- OneGrid schema: the town, its committees, grids, duty posts and the people behind them.
-- Geometry is EPSG:4326. Column typmods make PostGIS refuse any other SRID or geometry type;
-- CHECK constraints refuse invalid or empty shapes. Every editable table carries a version
-- (bumped by trigger on every update, for optimistic locking) and created/updated timestamps.

CREATE EXTENSION IF NOT EXISTS postgis;

CREATE FUNCTION is_valid_area(g geometry) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN ST_IsValid(g) AND NOT ST_IsEmpty(g);

-- Bumps version and updated_at on every update, so no writer can forget to.
CREATE FUNCTION touch_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := OLD.version + 1;
    NEW.updated_at := now();
    RETURN NEW;
END $$;

-- One counter for the whole dataset: any write anywhere moves it, so caches keyed on it never go stale.
CREATE TABLE data_revision (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    revision   bigint      NOT NULL DEFAULT 0,
    changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO data_revision DEFAULT VALUES;

CREATE FUNCTION bump_data_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_revision SET revision = revision + 1, changed_at = now();
    RETURN NULL;
END $$;

CREATE TABLE town (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text    NOT NULL UNIQUE CHECK (code ~ '^[0-9]{9}$'),
    name        text    NOT NULL CHECK (name <> ''),
    name_en     text,
    boundary    geometry(MultiPolygon, 4326) NOT NULL CHECK (is_valid_area(boundary)),
    approximate boolean NOT NULL DEFAULT false,
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE committee (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    town_id      integer NOT NULL REFERENCES town,
    code         text    NOT NULL UNIQUE CHECK (code ~ '^[0-9]{12}$'),
    kind         text    NOT NULL CHECK (kind IN ('residents_committee', 'village')),
    name         text    NOT NULL CHECK (name <> ''),
    boundary     geometry(MultiPolygon, 4326) NOT NULL CHECK (is_valid_area(boundary)),
    illustrative boolean NOT NULL DEFAULT false,
    version      integer NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX committee_town_idx ON committee (town_id);

-- Party members and staff. Phone numbers are personal data: never in public layers.
CREATE TABLE person (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id bigint REFERENCES committee,
    name         text NOT NULL CHECK (name <> ''),
    phone        text CHECK (phone ~ '^1[3-9][0-9]{9}$'),
    role         text NOT NULL CHECK (role IN ('party_member', 'staff')),
    illustrative boolean NOT NULL DEFAULT false,
    version      integer NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_committee_idx ON person (committee_id);

-- Two levels: a comprehensive grid (综合网格) belongs to a committee; a micro-grid (微网格) to a
-- comprehensive grid. A code is its parent's code (committee or grid) plus a two-digit sequence.
CREATE TABLE grid (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id bigint  NOT NULL REFERENCES committee,
    parent_id    bigint  REFERENCES grid,
    level        text    NOT NULL CHECK (level IN ('comprehensive', 'micro')),
    seq          integer NOT NULL CHECK (seq BETWEEN 1 AND 99),
    code         text    NOT NULL UNIQUE,
    name         text    NOT NULL CHECK (name <> ''),
    leader_id    bigint  REFERENCES person,
    boundary     geometry(MultiPolygon, 4326) NOT NULL CHECK (is_valid_area(boundary)),
    illustrative boolean NOT NULL DEFAULT false,
    version      integer NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((level = 'comprehensive') = (parent_id IS NULL)),
    CHECK (code ~ CASE level WHEN 'comprehensive' THEN '^[0-9]{14}$' ELSE '^[0-9]{16}$' END),
    UNIQUE (parent_id, seq)
);
CREATE INDEX grid_committee_idx ON grid (committee_id);
CREATE INDEX grid_parent_idx ON grid (parent_id);

-- A grid's code and committee must follow its parent's; rows cannot express that as a CHECK.
CREATE FUNCTION check_grid_lineage() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    parent_code      text;
    parent_committee bigint;
BEGIN
    IF NEW.parent_id IS NULL THEN
        SELECT code, id INTO parent_code, parent_committee FROM committee WHERE id = NEW.committee_id;
    ELSE
        SELECT code, committee_id INTO parent_code, parent_committee FROM grid WHERE id = NEW.parent_id;
        IF (SELECT level FROM grid WHERE id = NEW.parent_id) <> 'comprehensive' THEN
            RAISE EXCEPTION 'grid %: parent % is not a comprehensive grid', NEW.code, NEW.parent_id
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF parent_committee IS DISTINCT FROM NEW.committee_id THEN
        RAISE EXCEPTION 'grid %: committee % differs from its parent''s committee %',
            NEW.code, NEW.committee_id, parent_committee USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.code IS DISTINCT FROM parent_code || lpad(NEW.seq::text, 2, '0') THEN
        RAISE EXCEPTION 'grid code % must be its parent''s code % followed by sequence %',
            NEW.code, parent_code, lpad(NEW.seq::text, 2, '0') USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TABLE duty_post (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id bigint  NOT NULL REFERENCES committee,
    code         text    NOT NULL UNIQUE CHECK (code ~ '^[0-9]{12}P[0-9]{2}$'),
    name         text    NOT NULL CHECK (name <> ''),
    location     geometry(Point, 4326) NOT NULL CHECK (is_valid_area(location)),
    area         geometry(MultiPolygon, 4326) CHECK (is_valid_area(area)),
    duty_types   text[]  NOT NULL CHECK (
        cardinality(duty_types) > 0
        AND duty_types <@ ARRAY['security_fire_patrol', 'sanitation', 'illegal_business_dissuasion',
                                'public_event_report', 'dispute_mediation']),
    leader_id    bigint  REFERENCES person,
    illustrative boolean NOT NULL DEFAULT false,
    version      integer NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX duty_post_committee_idx ON duty_post (committee_id);

CREATE TABLE duty_post_member (
    post_id   bigint NOT NULL REFERENCES duty_post ON DELETE CASCADE,
    person_id bigint NOT NULL REFERENCES person,
    PRIMARY KEY (post_id, person_id)
);
CREATE INDEX duty_post_member_person_idx ON duty_post_member (person_id);

-- A fixed weekly slot of a post (ISO weekday: 1 = Monday). Slots never cross midnight: a night
-- patrol from 22:00 to 02:00 is two slots.
CREATE TABLE duty_slot (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_id    bigint   NOT NULL REFERENCES duty_post ON DELETE CASCADE,
    weekday    smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts_at  time     NOT NULL,
    ends_at    time     NOT NULL CHECK (ends_at > starts_at OR ends_at = '00:00'),
    version    integer  NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (post_id, weekday, starts_at)
);

-- Who serves in a slot: members of the slot's post.
CREATE TABLE duty_slot_member (
    slot_id   bigint NOT NULL REFERENCES duty_slot ON DELETE CASCADE,
    person_id bigint NOT NULL REFERENCES person,
    PRIMARY KEY (slot_id, person_id)
);
CREATE INDEX duty_slot_member_person_idx ON duty_slot_member (person_id);

-- A town leader or department linked to a committee; it serves there on grid-service day (Thursday).
CREATE TABLE liaison (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id    bigint   NOT NULL REFERENCES committee,
    kind            text     NOT NULL CHECK (kind IN ('leader', 'department')),
    name            text     NOT NULL CHECK (name <> ''),
    service_weekday smallint NOT NULL DEFAULT 4 CHECK (service_weekday BETWEEN 1 AND 7),
    illustrative    boolean  NOT NULL DEFAULT false,
    version         integer  NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX liaison_committee_idx ON liaison (committee_id);

CREATE TABLE partner_unit (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id          bigint NOT NULL REFERENCES committee,
    name                  text   NOT NULL CHECK (name <> ''),
    kind                  text   NOT NULL CHECK (kind IN ('village_sponsor', 'co_building_unit',
                                                          'paired_community', 'agency')),
    annual_support_yuan   integer CHECK (annual_support_yuan >= 0),
    illustrative          boolean NOT NULL DEFAULT false,
    version               integer NOT NULL DEFAULT 1,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partner_unit_committee_idx ON partner_unit (committee_id);

CREATE TABLE volunteer_team (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id bigint  NOT NULL REFERENCES committee,
    name         text    NOT NULL CHECK (name <> ''),
    interest     text    NOT NULL CHECK (interest <> ''),
    member_count integer NOT NULL CHECK (member_count > 0),
    illustrative boolean NOT NULL DEFAULT false,
    version      integer NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX volunteer_team_committee_idx ON volunteer_team (committee_id);

CREATE INDEX town_boundary_gix ON town USING gist (boundary);
CREATE INDEX committee_boundary_gix ON committee USING gist (boundary);
CREATE INDEX grid_boundary_gix ON grid USING gist (boundary);
CREATE INDEX duty_post_location_gix ON duty_post USING gist (location);
CREATE INDEX duty_post_area_gix ON duty_post USING gist (area);

CREATE TRIGGER grid_lineage BEFORE INSERT OR UPDATE OF code, seq, parent_id, committee_id ON grid
    FOR EACH ROW EXECUTE FUNCTION check_grid_lineage();

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['town', 'committee', 'person', 'grid', 'duty_post', 'duty_slot', 'liaison',
                             'partner_unit', 'volunteer_team'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION touch_row()',
                       t || '_touch', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['town', 'committee', 'person', 'grid', 'duty_post', 'duty_post_member',
                             'duty_slot', 'duty_slot_member', 'liaison', 'partner_unit',
                             'volunteer_team'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision()', t || '_revision', t);
    END LOOP;
END $$;
