-- The leaders' desk (issue 17): each committee's published indicators month by month, for the
-- dashboard's trends and month-on-month changes. analysis_committee keeps only the latest results
-- (of published data: drafts are never analysed into it), so a trigger keeps, per committee and
-- month (the town's, Asia/Shanghai), the last results of that month: one small row per committee and
-- month, however often it is analysed. A month without a row means nothing changed since the last.
-- Night coverage is kept as the 12 two-hour slots of the day averaged over the week, so any night
-- window (onegrid.people.night-*) is still exact; the 84 slots are not kept.
CREATE TABLE analysis_month (
    committee_id    bigint           NOT NULL REFERENCES committee ON DELETE CASCADE,
    month           date             NOT NULL CHECK (extract(day FROM month) = 1),
    computed_at     timestamptz      NOT NULL,
    area_m2         double precision NOT NULL,
    covered_m2      double precision NOT NULL,
    catchment_ratio double precision NOT NULL,
    uncovered_slots integer          NOT NULL,
    day_slot_ratios double precision[] NOT NULL CHECK (cardinality(day_slot_ratios) = 12),
    illustrative    boolean          NOT NULL DEFAULT false, -- sample history, made up
    PRIMARY KEY (committee_id, month)
);
CREATE INDEX analysis_month_month_idx ON analysis_month (month);

CREATE FUNCTION analysis_month_row(a analysis_committee) RETURNS analysis_month
LANGUAGE sql STABLE AS $$
    SELECT a.committee_id,
           date_trunc('month', a.computed_at AT TIME ZONE 'Asia/Shanghai')::date,
           a.computed_at, a.area_m2, a.covered_m2, a.catchment_ratio,
           (SELECT count(*)::integer FROM unnest(a.slot_ratios) r WHERE r = 0),
           (SELECT array_agg(avg ORDER BY k) FROM (
                SELECT (i - 1) % 12 AS k, avg(r) AS avg
                  FROM unnest(a.slot_ratios) WITH ORDINALITY AS u(r, i) GROUP BY 1) d),
           false
$$;

CREATE FUNCTION keep_analysis_month() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO analysis_month SELECT (analysis_month_row(NEW)).*
    ON CONFLICT (committee_id, month) DO UPDATE SET
        computed_at = EXCLUDED.computed_at, area_m2 = EXCLUDED.area_m2,
        covered_m2 = EXCLUDED.covered_m2, catchment_ratio = EXCLUDED.catchment_ratio,
        uncovered_slots = EXCLUDED.uncovered_slots, day_slot_ratios = EXCLUDED.day_slot_ratios,
        illustrative = false;
    RETURN NULL;
END $$;

CREATE TRIGGER analysis_committee_month AFTER INSERT OR UPDATE ON analysis_committee
    FOR EACH ROW EXECUTE FUNCTION keep_analysis_month();

-- What was analysed before this migration: its month.
INSERT INTO analysis_month SELECT (analysis_month_row(a)).* FROM analysis_committee a;
