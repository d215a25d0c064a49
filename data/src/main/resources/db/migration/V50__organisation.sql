-- The rest of the town's organisation (issue 14): featured party groups with their members, and
-- residential compounds (小区) inside committees with their "four in one" team (四位一体: the
-- community's party organisation, police station, property company, owners' committee).

-- A featured party group (特色型党小组) of a committee, named for what its members do together.
CREATE TABLE party_group (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id bigint  NOT NULL REFERENCES committee,
    name         text    NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    speciality   text    NOT NULL CHECK (speciality IN ('intellect', 'fitness', 'arts', 'enterprise',
                                                        'handicraft', 'other')),
    illustrative boolean NOT NULL DEFAULT false,
    version      integer NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX party_group_committee_idx ON party_group (committee_id);

-- A person is in one party group at most (the writer keeps it to the person's own committee).
-- A table of its own, so a group's members change without touching the person rows.
CREATE TABLE party_group_member (
    group_id  bigint NOT NULL REFERENCES party_group ON DELETE CASCADE,
    person_id bigint NOT NULL UNIQUE REFERENCES person ON DELETE CASCADE,
    PRIMARY KEY (group_id, person_id)
);

-- A residential compound: a committee's code, R and two digits; inside its committee (the writer
-- refuses one that is not).
CREATE TABLE residential_compound (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id       bigint  NOT NULL REFERENCES committee,
    code               text    NOT NULL UNIQUE CHECK (code ~ '^[0-9]{12}R[0-9]{2}$'),
    name               text    NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    boundary           geometry(MultiPolygon, 4326) NOT NULL CHECK (is_valid_area(boundary)),
    party_organisation text    CHECK (length(btrim(party_organisation)) BETWEEN 1 AND 100),
    police_station     text    CHECK (length(btrim(police_station)) BETWEEN 1 AND 100),
    property_company   text    CHECK (length(btrim(property_company)) BETWEEN 1 AND 100),
    owners_committee   text    CHECK (length(btrim(owners_committee)) BETWEEN 1 AND 100),
    illustrative       boolean NOT NULL DEFAULT false,
    version            integer NOT NULL DEFAULT 1,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX residential_compound_committee_idx ON residential_compound (committee_id);
CREATE INDEX residential_compound_boundary_gix ON residential_compound USING gist (boundary);

CREATE TRIGGER party_group_touch BEFORE UPDATE ON party_group
    FOR EACH ROW EXECUTE FUNCTION touch_row();
CREATE TRIGGER residential_compound_touch BEFORE UPDATE ON residential_compound
    FOR EACH ROW EXECUTE FUNCTION touch_row();
CREATE TRIGGER party_group_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON party_group
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision();
CREATE TRIGGER party_group_member_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON party_group_member FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision();
CREATE TRIGGER residential_compound_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON residential_compound FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision();
