-- The PostGIS equivalent of Analyst's per-committee work (CommitteeAnalysis + AnalysisStore) for the
-- committees :ids, in one statement: everything in EPSG:4549 (ST_Transform), results stored in
-- bench_sql_committee and bench_sql_feature (whose old rows PostgisAnalysis deletes just before, as
-- AnalysisStore does), shapes stored back in EPSG:4326 like AnalysisStore does.
--
-- Same outputs as the Java side, with these differences (stated in bench/README.md):
--   * blind spot: PostGIS 3.3 has no ST_LargestEmptyCircle (3.4+). The largest empty circle is
--     found exactly instead: its centre is a committee vertex, a Voronoi vertex of the posts inside
--     the committee, or where a Voronoi edge crosses the committee's border; the candidate farthest
--     from every post wins (JTS searches a grid to 1 m). No post: ST_MaximumInscribedCircle.
--   * partition findings carry no merge-into fix (JTS's Neighbours.longestBorder): the generated
--     data has no sliver, stray piece or gap to fix, so no work is skipped on it.
--   * post areas inside the committee (PostCoverage's post shares, for the planner's preview; an
--     area each, no overlay) are not computed: nothing here stores them.
WITH c AS MATERIALIZED (
    SELECT id, geom, ST_Area(geom) AS area
      FROM (SELECT id, ST_Transform(boundary, 4549) AS geom FROM committee WHERE id = ANY (:ids)) t
),
post AS MATERIALIZED (
    SELECT d.id, d.committee_id AS cid, d.code, ST_Transform(d.location, 4549) AS site,
           ST_Transform(d.area, 4549) AS area
      FROM duty_post d
     WHERE d.committee_id = ANY (:ids)
),
-- Coverage by the drawn areas: each clipped to its committee, then unioned.
clipped AS MATERIALIZED (
    SELECT cid, code, geom
      FROM (SELECT p.cid, p.code, ST_CollectionExtract(ST_Intersection(p.area, c.geom), 3) AS geom
              FROM post p JOIN c ON c.id = p.cid
             WHERE p.area IS NOT NULL) t
     WHERE ST_Area(geom) >= 0.01
),
drawn AS MATERIALIZED (
    SELECT c.id AS cid, c.area, coalesce(ST_Area(u.covered), 0) AS covered,
           CASE WHEN u.covered IS NULL THEN c.geom ELSE ST_Difference(c.geom, u.covered) END AS uncovered
      FROM c LEFT JOIN (SELECT cid, ST_Union(geom) AS covered FROM clipped GROUP BY cid) u ON u.cid = c.id
),
overlap AS MATERIALIZED (
    SELECT cid, codes, geom
      FROM (SELECT a.cid, ARRAY[a.code, b.code] AS codes,
                   ST_CollectionExtract(ST_Intersection(a.geom, b.geom), 3) AS geom
              FROM clipped a JOIN clipped b ON b.cid = a.cid AND a.code < b.code AND a.geom && b.geom) t
     WHERE ST_Area(geom) >= 0.01
),
overlap_area AS (
    SELECT cid, ST_Area(ST_Union(geom)) AS m2 FROM overlap GROUP BY cid
),
-- Coverage by 300 m walking discs around the post locations.
catchment AS (
    SELECT c.id AS cid, ST_Area(ST_Intersection(u.discs, c.geom)) AS covered
      FROM c JOIN (SELECT cid, ST_Union(ST_Buffer(site, 300, 'quad_segs=32')) AS discs FROM post GROUP BY cid) u
           ON u.cid = c.id
),
-- The 84 two-hour slots: the posts on duty in each, and the committee's coverage by their areas
-- (computed once per distinct set of posts, as SlotCoverage does).
slot AS (
    SELECT w AS weekday, h AS start_hour, (w - 1) * 12 + h / 2 + 1 AS n
      FROM generate_series(1, 7) w, generate_series(0, 22, 2) h
),
duty AS (
    SELECT p.cid, p.code, s.weekday, extract(epoch FROM s.starts_at) / 60 AS from_min,
           CASE WHEN s.ends_at = '00:00' THEN 1440 ELSE extract(epoch FROM s.ends_at) / 60 END AS to_min
      FROM post p JOIN duty_slot s ON s.post_id = p.id
),
on_duty AS MATERIALIZED (
    SELECT c.id AS cid, slot.n, slot.weekday, slot.start_hour, coalesce(t.team, '{}') AS team
      FROM c CROSS JOIN slot
      LEFT JOIN (SELECT d.cid, slot.n, array_agg(DISTINCT d.code ORDER BY d.code) AS team
                   FROM duty d
                   JOIN slot ON slot.weekday = d.weekday AND d.from_min < slot.start_hour * 60 + 120
                            AND d.to_min > slot.start_hour * 60
                  GROUP BY d.cid, slot.n) t ON t.cid = c.id AND t.n = slot.n
),
team_cover AS (
    SELECT t.cid, t.team, coalesce(ST_Area(ST_Union(k.geom)), 0) AS covered
      FROM (SELECT DISTINCT cid, team FROM on_duty) t
      LEFT JOIN clipped k ON k.cid = t.cid AND k.code = ANY (t.team)
     GROUP BY t.cid, t.team
),
slot_ratio AS (
    SELECT o.cid, o.n, o.weekday, o.start_hour,
           CASE WHEN dr.area > 0 THEN tc.covered / dr.area ELSE 0 END AS ratio
      FROM on_duty o
      JOIN team_cover tc ON tc.cid = o.cid AND tc.team = o.team
      JOIN drawn dr ON dr.cid = o.cid
),
slots AS (
    SELECT cid, array_agg(ratio ORDER BY n) AS ratios,
           jsonb_agg(jsonb_build_object('weekday', weekday, 'startHour', start_hour,
                                        'ratio', round(ratio::numeric, 6)) ORDER BY rank)
               FILTER (WHERE rank <= 5) AS worst
      FROM (SELECT *, row_number() OVER (PARTITION BY cid ORDER BY ratio, n) AS rank FROM slot_ratio) r
     GROUP BY cid
),
-- The blind spot: the point of the committee farthest from every post (see the header).
sites AS (
    SELECT cid, ST_Collect(site) AS sites FROM post GROUP BY cid
),
candidate AS (
    SELECT c.id AS cid, s.sites, v.geom
      FROM c JOIN sites s ON s.cid = c.id
     CROSS JOIN LATERAL (SELECT ST_VoronoiLines(s.sites, 0, c.geom) AS lines) vor
     CROSS JOIN LATERAL (
         SELECT (ST_DumpPoints(c.geom)).geom
         UNION ALL
         SELECT (ST_DumpPoints(ST_Intersection(vor.lines, ST_Boundary(c.geom)))).geom
         UNION ALL
         SELECT p.geom FROM ST_DumpPoints(vor.lines) p WHERE ST_Intersects(p.geom, c.geom)
     ) v
),
farthest AS (
    SELECT DISTINCT ON (cid) cid, geom AS centre, ST_Distance(geom, sites) AS radius
      FROM candidate
     ORDER BY cid, ST_Distance(geom, sites) DESC
),
blind AS (
    SELECT c.id AS cid, coalesce(f.centre, m.center) AS centre, coalesce(f.radius, m.radius) AS radius
      FROM c LEFT JOIN farthest f ON f.cid = c.id
      LEFT JOIN LATERAL (SELECT * FROM ST_MaximumInscribedCircle(c.geom) WHERE f.cid IS NULL) m ON true
),
-- Partition health of the comprehensive grids and of the micro-grids (PartitionHealth).
grid AS MATERIALIZED (
    SELECT g.committee_id AS cid, g.level || '-grids' AS scope, g.code, ST_Transform(g.boundary, 4549) AS geom
      FROM grid g
     WHERE g.committee_id = ANY (:ids)
),
grid_part AS MATERIALIZED (
    SELECT g.cid, g.scope, g.code, d.geom,
           row_number() OVER (PARTITION BY g.cid, g.scope, g.code ORDER BY ST_Area(d.geom) DESC) AS rank,
           2 * (ST_MaximumInscribedCircle(d.geom)).radius AS width
      FROM grid g CROSS JOIN LATERAL ST_Dump(g.geom) d
),
grid_gap AS (
    SELECT u.cid, u.scope, d.geom
      FROM (SELECT c.id AS cid, gu.scope, ST_Difference(c.geom, gu.claimed) AS gap
              FROM (SELECT cid, scope, ST_Union(geom) AS claimed FROM grid GROUP BY cid, scope) gu
              JOIN c ON c.id = gu.cid) u
     CROSS JOIN LATERAL ST_Dump(u.gap) d
     WHERE ST_Area(d.geom) >= 0.01
),
finding AS (
    SELECT g.cid, 'outside_parent' AS finding, g.scope, t.geom, ARRAY[g.code] AS ids,
           jsonb_build_array(jsonb_build_object('action', 'clip-to-parent', 'target', g.code)) AS fixes
      FROM grid g JOIN c ON c.id = g.cid
     CROSS JOIN LATERAL (SELECT ST_CollectionExtract(ST_Difference(g.geom, c.geom), 3) AS geom) t
     WHERE ST_Area(t.geom) >= 0.01
    UNION ALL
    SELECT cid, CASE WHEN width < 2 THEN 'sliver' ELSE 'multipart' END, scope, geom, ARRAY[code], '[]'
      FROM grid_part
     WHERE rank > 1 OR width < 2
    UNION ALL
    SELECT p.cid, 'hole', p.scope, ST_MakePolygon(ST_InteriorRingN(p.geom, r)), ARRAY[p.code], '[]'
      FROM grid_part p CROSS JOIN LATERAL generate_series(1, ST_NumInteriorRings(p.geom)) r
    UNION ALL
    SELECT a.cid, 'overlap', a.scope, t.geom, ARRAY[a.code, b.code], '[]'
      FROM grid a JOIN grid b ON b.cid = a.cid AND b.scope = a.scope AND a.code < b.code AND a.geom && b.geom
     CROSS JOIN LATERAL (SELECT ST_CollectionExtract(ST_Intersection(a.geom, b.geom), 3) AS geom) t
     WHERE ST_Area(t.geom) >= 0.01
    UNION ALL
    SELECT gg.cid, 'gap', gg.scope, gg.geom,
           (SELECT coalesce(array_agg(g.code ORDER BY g.code), '{}') FROM grid g
             WHERE g.cid = gg.cid AND g.scope = gg.scope AND ST_DWithin(g.geom, gg.geom, 0.01)),
           '[]'
      FROM grid_gap gg
),
feature AS (
    SELECT dr.cid, 'gap' AS kind, NULL AS finding, 'posts' AS scope, d.geom, ST_Area(d.geom) AS area,
           NULL::double precision AS radius, '{}'::text[] AS ids, '[]'::jsonb AS fixes
      FROM drawn dr CROSS JOIN LATERAL ST_Dump(dr.uncovered) d
     WHERE ST_Area(d.geom) >= 0.01
    UNION ALL
    SELECT cid, 'overlap', NULL, 'posts', geom, ST_Area(geom), NULL, codes, '[]' FROM overlap
    UNION ALL
    SELECT cid, 'blind_spot', NULL, 'posts', centre, 0, radius, '{}', '[]' FROM blind
    UNION ALL
    SELECT cid, 'finding', finding, scope, geom, ST_Area(geom), NULL, ids, fixes FROM finding
),
stored AS (
    INSERT INTO bench_sql_committee (committee_id, area_m2, covered_m2, coverage_ratio, overlap_m2,
                                     catchment_ratio, posts, blind_spot_radius_m, slot_ratios, worst_slots)
    SELECT dr.cid, dr.area, dr.covered, CASE WHEN dr.area > 0 THEN dr.covered / dr.area ELSE 0 END,
           coalesce(oa.m2, 0), CASE WHEN dr.area > 0 THEN coalesce(ca.covered, 0) / dr.area ELSE 0 END,
           (SELECT count(*) FROM post p WHERE p.cid = dr.cid), b.radius, s.ratios, s.worst
      FROM drawn dr
      JOIN slots s ON s.cid = dr.cid
      JOIN blind b ON b.cid = dr.cid
      LEFT JOIN overlap_area oa ON oa.cid = dr.cid
      LEFT JOIN catchment ca ON ca.cid = dr.cid
    ON CONFLICT (committee_id) DO UPDATE SET computed_at = now(), area_m2 = EXCLUDED.area_m2,
        covered_m2 = EXCLUDED.covered_m2, coverage_ratio = EXCLUDED.coverage_ratio,
        overlap_m2 = EXCLUDED.overlap_m2, catchment_ratio = EXCLUDED.catchment_ratio,
        posts = EXCLUDED.posts, blind_spot_radius_m = EXCLUDED.blind_spot_radius_m,
        slot_ratios = EXCLUDED.slot_ratios, worst_slots = EXCLUDED.worst_slots
)
INSERT INTO bench_sql_feature (committee_id, kind, finding, scope, shape, area_m2, radius_m, feature_ids, fixes)
SELECT cid, kind, finding, scope, ST_MakeValid(ST_Transform(geom, 4326)), area, radius, ids, fixes
  FROM feature
