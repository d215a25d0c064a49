-- Replaces the indicators of a batch of committees: one row per element of the parallel arrays.
-- slot_ratios travel as one flat array, 84 per committee in the same order.
INSERT INTO analysis_committee (committee_id, area_m2, covered_m2, coverage_ratio, overlap_m2,
    catchment_ratio, posts, blind_spot_radius_m, slot_ratios, worst_slots)
SELECT r.id, r.area, r.covered, r.ratio, r.overlap, r.catchment, r.posts, r.radius,
       (CAST(:ratios AS double precision[]))[(r.n - 1) * 84 + 1 : r.n * 84], CAST(r.worst AS jsonb)
  FROM unnest(CAST(:ids AS bigint[]), CAST(:areas AS double precision[]), CAST(:covered AS double precision[]),
              CAST(:coverageRatios AS double precision[]), CAST(:overlaps AS double precision[]),
              CAST(:catchments AS double precision[]), CAST(:posts AS integer[]),
              CAST(:radii AS double precision[]), CAST(:worst AS text[]))
       WITH ORDINALITY AS r (id, area, covered, ratio, overlap, catchment, posts, radius, worst, n)
ON CONFLICT (committee_id) DO UPDATE SET computed_at = now(), area_m2 = EXCLUDED.area_m2,
    covered_m2 = EXCLUDED.covered_m2, coverage_ratio = EXCLUDED.coverage_ratio,
    overlap_m2 = EXCLUDED.overlap_m2, catchment_ratio = EXCLUDED.catchment_ratio,
    posts = EXCLUDED.posts, blind_spot_radius_m = EXCLUDED.blind_spot_radius_m,
    slot_ratios = EXCLUDED.slot_ratios, worst_slots = EXCLUDED.worst_slots
