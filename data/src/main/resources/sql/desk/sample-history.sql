-- A sample town's made-up past (marked illustrative): each committee's indicators for the :months
-- months before :now, improving towards now (near what the sample's analysis finds: many uncovered
-- slots, few at night), spread by an md5 of the committee's code and month so
-- every load writes the same. The month the analysis first runs in is its own (not illustrative).
INSERT INTO analysis_month (committee_id, month, computed_at, area_m2, covered_m2, catchment_ratio,
                            uncovered_slots, day_slot_ratios, illustrative)
SELECT c.id, m.month, m.month, a.area, a.area * least(0.97, 0.42 + 0.04 * m.step + 0.3 * h.x),
       least(0.99, 0.5 + 0.035 * m.step + 0.3 * h.y),
       least(84, round(44 + 40 * (1 - h.y) - 2 * m.step))::integer,
       ARRAY(SELECT least(1, greatest(0, CASE WHEN s >= 9 THEN 0.02 + 0.01 * m.step + 0.1 * h.x ELSE 0.4 + 0.03 * m.step + 0.3 * h.x END))
               FROM generate_series(0, 11) s),
       true
  FROM committee c
 CROSS JOIN LATERAL (SELECT ST_Area(c.boundary::geography) AS area) a
 CROSS JOIN LATERAL (
       SELECT (:now::date - make_interval(months => k))::date AS month, :months - k AS step
         FROM generate_series(1, :months) k) m
 CROSS JOIN LATERAL (
       SELECT ('x' || substr(md5(c.code || m.month), 1, 6))::bit(24)::integer / 16777215.0 AS x,
              ('x' || substr(md5(m.month || c.code), 1, 6))::bit(24)::integer / 16777215.0 AS y) h
ON CONFLICT (committee_id, month) DO NOTHING
