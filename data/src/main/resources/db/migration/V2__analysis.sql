-- Analysis results (computed by geo/ with JTS, stored here so the map serves them like any layer),
-- and the queue of committees whose results are stale.

-- One row per committee: its indicators.
CREATE TABLE analysis_committee (
    committee_id        bigint PRIMARY KEY REFERENCES committee ON DELETE CASCADE,
    computed_at         timestamptz      NOT NULL DEFAULT now(),
    area_m2             double precision NOT NULL,
    covered_m2          double precision NOT NULL,
    coverage_ratio      double precision NOT NULL CHECK (coverage_ratio BETWEEN 0 AND 1.000001),
    overlap_m2          double precision NOT NULL,
    catchment_ratio     double precision NOT NULL CHECK (catchment_ratio BETWEEN 0 AND 1.000001),
    posts               integer          NOT NULL,
    blind_spot_radius_m double precision NOT NULL,
    slot_ratios         double precision[] NOT NULL CHECK (cardinality(slot_ratios) = 84),
    worst_slots         jsonb            NOT NULL
);

-- The shapes analysis found: gaps and overlaps of post areas, blind spots, partition-health findings.
CREATE TABLE analysis_feature (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id bigint REFERENCES committee ON DELETE CASCADE, -- NULL: a finding about a whole town
    town_id      integer REFERENCES town ON DELETE CASCADE,      -- set for town-wide findings
    kind         text   NOT NULL CHECK (kind IN ('gap', 'overlap', 'blind_spot', 'finding')),
    finding      text   CHECK ((kind = 'finding') = (finding IS NOT NULL)),
    scope        text   NOT NULL, -- what was checked: 'posts', 'committees', 'comprehensive-grids', 'micro-grids'
    shape        geometry(Geometry, 4326) NOT NULL CHECK (ST_IsValid(shape)),
    area_m2      double precision NOT NULL,
    radius_m     double precision,
    feature_ids  text[] NOT NULL DEFAULT '{}',
    fixes        jsonb  NOT NULL DEFAULT '[]'
);
CREATE INDEX analysis_feature_committee_idx ON analysis_feature (committee_id);
CREATE INDEX analysis_feature_kind_idx ON analysis_feature (kind);
CREATE INDEX analysis_feature_shape_gix ON analysis_feature USING gist (shape);

-- Committees waiting to be analysed again. Triggers add the committees an edit touches.
CREATE TABLE analysis_stale (
    committee_id bigint PRIMARY KEY REFERENCES committee ON DELETE CASCADE,
    since        timestamptz NOT NULL DEFAULT now()
);

-- Towns whose committee partition must be checked again (a committee boundary changed).
CREATE TABLE analysis_town_stale (
    town_id integer PRIMARY KEY REFERENCES town ON DELETE CASCADE
);

CREATE FUNCTION mark_analysis_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO analysis_stale (committee_id)
        SELECT OLD.committee_id WHERE EXISTS (SELECT 1 FROM committee WHERE id = OLD.committee_id)
        ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO analysis_stale (committee_id) VALUES (NEW.committee_id) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION mark_committee_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO analysis_stale (committee_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    INSERT INTO analysis_town_stale (town_id) VALUES (NEW.town_id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION mark_slot_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO analysis_stale (committee_id)
    SELECT d.committee_id FROM duty_post d
     WHERE d.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.post_id END,
                    CASE WHEN TG_OP <> 'DELETE' THEN NEW.post_id END)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER duty_post_analysis AFTER INSERT OR UPDATE OR DELETE ON duty_post
    FOR EACH ROW EXECUTE FUNCTION mark_analysis_stale();
CREATE TRIGGER grid_analysis AFTER INSERT OR UPDATE OR DELETE ON grid
    FOR EACH ROW EXECUTE FUNCTION mark_analysis_stale();
CREATE TRIGGER duty_slot_analysis AFTER INSERT OR UPDATE OR DELETE ON duty_slot
    FOR EACH ROW EXECUTE FUNCTION mark_slot_stale();
CREATE TRIGGER committee_analysis AFTER INSERT OR UPDATE OF boundary ON committee
    FOR EACH ROW EXECUTE FUNCTION mark_committee_stale();
