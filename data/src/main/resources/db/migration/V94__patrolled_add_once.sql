-- The duty record book's ingest at city scale (issue 15, bench/README.md, DutyBenchmark): a new
-- record unioned its reach into its committee-month's patrolled area twice (once for the shape,
-- once for its area) and recomputed the area on the spheroid even when the area already held it,
-- the usual case of a member patrolling their round again. Now the union is made once, and only
-- when the new reach is not already covered; the shape and its area stay as they were then.
CREATE OR REPLACE FUNCTION patrolled_add() RETURNS trigger LANGUAGE plpgsql AS $$
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
       SET (shape, area_m2) = (
               SELECT coalesce(u.shape, pa.shape), coalesce(ST_Area(u.shape::geography), pa.area_m2)
                 FROM (SELECT CASE WHEN NOT ST_Covers(pa.shape, EXCLUDED.shape)
                                   THEN ST_Multi(ST_CollectionExtract(ST_Union(pa.shape, EXCLUDED.shape), 3))
                              END AS shape) u),
           records = pa.records + EXCLUDED.records,
           illustrative = pa.illustrative AND EXCLUDED.illustrative;
    RETURN NULL;
END $$;
