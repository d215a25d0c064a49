-- The duty record book's ingest at city scale (issue 15, bench/README.md, DutyBenchmark): V94's
-- INSERT ... ON CONFLICT computed each committee-month's new reach twice (the planner copied the
-- outer "not empty" filter into the aggregate's) and its area on the spheroid for a row that
-- nearly always exists already. Now the reach is computed once per committee-month of the
-- statement, the month's row updated first (unioned only when it does not already cover the
-- reach, as V94), and a row inserted, with its area, only when there is none; a concurrent first
-- record of the same month makes the insert do nothing and the update run again. The shapes,
-- counts and areas kept are those V94 kept.
CREATE OR REPLACE FUNCTION patrolled_add() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    a record;
BEGIN
    FOR a IN
        SELECT committee_id, duty_month(starts_at) AS month,
               patrol_reach(array_agg(place), committee_id) AS shape, count(*)::int AS n,
               bool_and(illustrative) AS illustrative
          FROM added WHERE review IN ('none', 'confirmed')
         GROUP BY committee_id, duty_month(starts_at)
    LOOP
        CONTINUE WHEN a.shape IS NULL OR ST_IsEmpty(a.shape);
        LOOP
            UPDATE patrolled_area pa
               SET (shape, area_m2) = (
                       SELECT coalesce(u.shape, pa.shape), coalesce(ST_Area(u.shape::geography), pa.area_m2)
                         FROM (SELECT CASE WHEN NOT ST_Covers(pa.shape, a.shape)
                                           THEN ST_Multi(ST_CollectionExtract(ST_Union(pa.shape, a.shape), 3))
                                      END AS shape) u),
                   records = pa.records + a.n,
                   illustrative = pa.illustrative AND a.illustrative
             WHERE pa.committee_id = a.committee_id AND pa.month = a.month;
            EXIT WHEN FOUND;
            INSERT INTO patrolled_area (committee_id, month, shape, records, area_m2, illustrative)
            VALUES (a.committee_id, a.month, a.shape, a.n, ST_Area(a.shape::geography), a.illustrative)
            ON CONFLICT (committee_id, month) DO NOTHING;
            EXIT WHEN FOUND;
        END LOOP;
    END LOOP;
    RETURN NULL;
END $$;
