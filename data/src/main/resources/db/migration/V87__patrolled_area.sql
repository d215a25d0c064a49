-- The duty record book (issue 15), part four: where duties were actually done. A committee's
-- patrolled area in a month is the union of its counting records' places and tracks (nothing
-- flagged, or confirmed by staff), each buffered by the town's setting and clipped to the
-- committee. Triggers keep it: a new record is unioned in (one statement's records at once), a
-- review or any other change recomputes the committee-months it touched.

CREATE TABLE patrol_setting (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    buffer_m double precision NOT NULL DEFAULT 50 CHECK (buffer_m > 0 AND buffer_m <= 500)
);
INSERT INTO patrol_setting DEFAULT VALUES;

CREATE TABLE patrolled_area (
    committee_id bigint  NOT NULL REFERENCES committee ON DELETE CASCADE,
    month        date    NOT NULL CHECK (extract(day FROM month) = 1),
    shape        geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(shape)),
    records      integer NOT NULL,
    area_m2      double precision NOT NULL,
    illustrative boolean NOT NULL, -- every record in it generated
    PRIMARY KEY (committee_id, month)
);
CREATE INDEX patrolled_area_shape_idx ON patrolled_area USING gist (shape);
CREATE INDEX patrolled_area_month_idx ON patrolled_area (month);

-- The month a record counts in: its start in the town's time.
CREATE FUNCTION duty_month(starts_at timestamptz) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN date_trunc('month', starts_at AT TIME ZONE 'Asia/Shanghai')::date;

-- Records' reach in their committee: the union of their places buffered by the setting, clipped.
CREATE FUNCTION patrol_reach(places geometry[], committee bigint) RETURNS geometry
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN (SELECT ST_Multi(ST_CollectionExtract(ST_Intersection(c.boundary,
                     ST_Union(ARRAY(SELECT ST_Buffer(p::geography, s.buffer_m, 'quad_segs=4')::geometry
                                      FROM unnest(places) AS p))), 3))
              FROM committee c, patrol_setting s WHERE c.id = committee);

-- Recomputes one committee-month from its counting records (none left: no row).
CREATE FUNCTION patrolled_refresh(committee bigint, at_month date) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM patrolled_area WHERE committee_id = committee AND month = at_month;
    INSERT INTO patrolled_area (committee_id, month, shape, records, area_m2, illustrative)
    SELECT committee, at_month, r.shape, r.n, ST_Area(r.shape::geography), r.illustrative
      FROM (SELECT patrol_reach(array_agg(place), committee) AS shape, count(*)::int AS n,
                   bool_and(illustrative) AS illustrative
              FROM duty_record
             WHERE committee_id = committee AND review IN ('none', 'confirmed')
               AND starts_at >= (at_month::timestamp AT TIME ZONE 'Asia/Shanghai')
               AND starts_at < ((at_month + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai')
            HAVING count(*) > 0) r
     WHERE NOT ST_IsEmpty(r.shape);
END $$;

-- New records: each committee-month's counting ones unioned into what it had.
CREATE FUNCTION patrolled_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO patrolled_area AS pa (committee_id, month, shape, records, area_m2, illustrative)
    SELECT a.committee_id, a.month, a.shape, a.n, ST_Area(a.shape::geography), a.illustrative
      FROM (SELECT committee_id, duty_month(starts_at) AS month,
                   patrol_reach(array_agg(place), committee_id) AS shape, count(*)::int AS n,
                   bool_and(illustrative) AS illustrative
              FROM added WHERE review IN ('none', 'confirmed')
             GROUP BY committee_id, duty_month(starts_at)) a
     WHERE NOT ST_IsEmpty(a.shape)
    ON CONFLICT (committee_id, month) DO UPDATE
       SET shape = ST_Multi(ST_CollectionExtract(ST_Union(pa.shape, EXCLUDED.shape), 3)),
           records = pa.records + EXCLUDED.records,
           area_m2 = ST_Area(ST_Union(pa.shape, EXCLUDED.shape)::geography),
           illustrative = pa.illustrative AND EXCLUDED.illustrative;
    RETURN NULL;
END $$;

CREATE TRIGGER duty_record_patrolled_add AFTER INSERT ON duty_record
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION patrolled_add();

-- Changed or removed records: the committee-months they were and are in, recomputed (a trigger
-- with transition tables takes no column list, so any update does it; reviews are the usual one).
CREATE FUNCTION patrolled_recompute() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        PERFORM patrolled_refresh(k.committee_id, k.month)
           FROM (SELECT committee_id, duty_month(starts_at) AS month FROM old_rows
                 UNION SELECT committee_id, duty_month(starts_at) FROM new_rows) k;
    ELSE
        PERFORM patrolled_refresh(k.committee_id, k.month)
           FROM (SELECT DISTINCT committee_id, duty_month(starts_at) AS month FROM old_rows) k;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER duty_record_patrolled_update AFTER UPDATE ON duty_record REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION patrolled_recompute();
CREATE TRIGGER duty_record_patrolled_delete AFTER DELETE ON duty_record
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION patrolled_recompute();
