-- Incidents (事件, issue 16): reported at a place, routed to who is responsible there and then, and
-- closed in a loop (GB/T 30428: report → accept → dispatch → handle → verify → close).

-- The kinds of incident: the GB/T 30428.2 classes and the town's own, each with the hours it may
-- take from report to closure. Administrators keep the list.
CREATE TABLE incident_type (
    id          text    PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9_]{1,39}$'),
    name        text    NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100), -- Chinese / English
    standard    boolean NOT NULL DEFAULT false,  -- a GB/T 30428.2 class, not the town's own
    limit_hours integer NOT NULL CHECK (limit_hours BETWEEN 1 AND 8760),
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER incident_type_touch BEFORE UPDATE ON incident_type
    FOR EACH ROW EXECUTE FUNCTION touch_row();

INSERT INTO incident_type (id, name, standard, limit_hours) VALUES
    ('city_appearance',   '市容环境 / City appearance',            true,  72),
    ('advertising',       '宣传广告 / Advertising',                true,  72),
    ('construction',      '施工管理 / Construction',               true,  48),
    ('emergency',         '突发事件 / Emergency',                  true,   2),
    ('street_order',      '街面秩序 / Street order',               true,  24),
    ('security_fire',     '治安消防隐患 / Security and fire hazard', false, 24),
    ('sanitation',        '环境卫生 / Sanitation',                 false, 48),
    ('illegal_business',  '非法经营 / Unlicensed business',        false, 72),
    ('group_renting',     '群租 / Group renting',                  false, 168),
    ('home_to_business',  '居改非 / Home turned business',         false, 168),
    ('neighbour_dispute', '居民纠纷 / Residents'' dispute',        false, 72);

-- A report and where it went. The routing (micro-grid, comprehensive grid, committee, the posts
-- whose area holds the place, the one on duty at the hour, the reason in words) is kept as it was
-- when reported: later edits to the map do not rewrite history.
CREATE TABLE incident (
    id               bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type_id          text    NOT NULL REFERENCES incident_type,
    location         geometry(Point, 4326) NOT NULL CHECK (is_valid_area(location)),
    description      text    NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 2000),
    source           text    NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'open311', 'sample')),
    reported_by      text    NOT NULL,             -- the account's username
    reporter_name    text    CHECK (length(btrim(reporter_name)) BETWEEN 1 AND 100),
    reporter_contact text    CHECK (reporter_contact ~ '^[0-9+\- ]{5,20}$'),
    reported_at      timestamptz NOT NULL DEFAULT now(),
    due_at           timestamptz NOT NULL,
    committee_id     bigint  NOT NULL REFERENCES committee ON DELETE CASCADE,
    grid_id          bigint  REFERENCES grid ON DELETE SET NULL,  -- comprehensive
    micro_grid_id    bigint  REFERENCES grid ON DELETE SET NULL,
    area_posts       text[]  NOT NULL DEFAULT '{}',               -- codes of the posts whose area holds it
    post_id          bigint  REFERENCES duty_post ON DELETE SET NULL, -- routed to (on duty, else the first)
    on_duty          boolean NOT NULL DEFAULT false,              -- the post was on duty at the hour
    uncovered        boolean NOT NULL,                            -- no post's area holds the place
    reason_zh        text    NOT NULL,
    reason_en        text    NOT NULL,
    state            text    NOT NULL DEFAULT 'reported' CHECK (state IN
                         ('reported', 'accepted', 'dispatched', 'handled', 'verified', 'closed', 'returned', 'void')),
    closed_at        timestamptz,
    illustrative     boolean NOT NULL DEFAULT false,
    version          integer NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((state = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX incident_location_idx ON incident USING gist (location);
CREATE INDEX incident_committee_idx ON incident (committee_id, state);
CREATE INDEX incident_post_idx ON incident (post_id, state);
CREATE INDEX incident_reported_at_idx ON incident (reported_at);
CREATE INDEX incident_reported_by_idx ON incident (reported_by);
CREATE TRIGGER incident_touch BEFORE UPDATE ON incident
    FOR EACH ROW EXECUTE FUNCTION touch_row();
CREATE TRIGGER incident_revision AFTER INSERT OR UPDATE OR DELETE ON incident
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision();

-- A photo of a report, re-encoded by the server (no EXIF, nothing but pixels).
CREATE TABLE incident_photo (
    incident_id bigint PRIMARY KEY REFERENCES incident ON DELETE CASCADE,
    media_type  text   NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    bytes       bytea  NOT NULL
);

-- Every step of the loop: who moved the incident from which state to which, when, and why.
CREATE TABLE incident_step (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id bigint NOT NULL REFERENCES incident ON DELETE CASCADE,
    from_state  text,  -- NULL: the report itself
    to_state    text   NOT NULL,
    by_user     text   NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    notes       text   CHECK (length(notes) <= 2000)
);
CREATE INDEX incident_step_incident_idx ON incident_step (incident_id, at);
