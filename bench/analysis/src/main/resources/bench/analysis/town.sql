-- The PostGIS equivalent of Analyst's town step: partition health of the committees of town :town
-- (PartitionHealth with the town as parent), replacing its findings in bench_sql_feature. Neighbour
-- pairs come from the GiST index on the stored boundaries (&& in EPSG:4326), areas in EPSG:4549.
-- As in committees.sql, findings carry no merge-into fix.
WITH t AS (
    SELECT ST_Transform(boundary, 4549) AS geom FROM town WHERE id = :town
),
cm AS MATERIALIZED (
    SELECT code, ST_Transform(boundary, 4549) AS geom FROM committee WHERE town_id = :town
),
part AS MATERIALIZED (
    SELECT cm.code, d.geom,
           row_number() OVER (PARTITION BY cm.code ORDER BY ST_Area(d.geom) DESC) AS rank,
           2 * (ST_MaximumInscribedCircle(d.geom)).radius AS width
      FROM cm CROSS JOIN LATERAL ST_Dump(cm.geom) d
),
gap AS (
    SELECT d.geom
      FROM (SELECT ST_Difference(t.geom, (SELECT ST_Union(geom) FROM cm)) AS gap FROM t) u
     CROSS JOIN LATERAL ST_Dump(u.gap) d
     WHERE ST_Area(d.geom) >= 0.01
),
finding AS (
    SELECT 'outside_parent' AS finding, o.geom, ARRAY[cm.code] AS ids,
           jsonb_build_array(jsonb_build_object('action', 'clip-to-parent', 'target', cm.code)) AS fixes
      FROM cm CROSS JOIN t
     CROSS JOIN LATERAL (SELECT ST_CollectionExtract(ST_Difference(cm.geom, t.geom), 3) AS geom) o
     WHERE ST_Area(o.geom) >= 0.01
    UNION ALL
    SELECT CASE WHEN width < 2 THEN 'sliver' ELSE 'multipart' END, geom, ARRAY[code], '[]'
      FROM part
     WHERE rank > 1 OR width < 2
    UNION ALL
    SELECT 'hole', ST_MakePolygon(ST_InteriorRingN(p.geom, r)), ARRAY[p.code], '[]'
      FROM part p CROSS JOIN LATERAL generate_series(1, ST_NumInteriorRings(p.geom)) r
    UNION ALL
    SELECT 'overlap', o.geom, ARRAY[a.code, b.code], '[]'
      FROM committee a
      JOIN committee b ON b.town_id = a.town_id AND a.code < b.code AND a.boundary && b.boundary
     CROSS JOIN LATERAL (SELECT ST_CollectionExtract(ST_Intersection(ST_Transform(a.boundary, 4549),
                                                                      ST_Transform(b.boundary, 4549)), 3) AS geom) o
     WHERE a.town_id = :town AND ST_Area(o.geom) >= 0.01
    UNION ALL
    SELECT 'gap', gap.geom,
           (SELECT coalesce(array_agg(cm.code ORDER BY cm.code), '{}') FROM cm WHERE ST_DWithin(cm.geom, gap.geom, 0.01)),
           '[]'
      FROM gap
),
gone AS (
    DELETE FROM bench_sql_feature WHERE town_id = :town
)
INSERT INTO bench_sql_feature (town_id, kind, finding, scope, shape, area_m2, feature_ids, fixes)
SELECT :town, 'finding', finding, 'committees', ST_MakeValid(ST_Transform(geom, 4326)), ST_Area(geom), ids, fixes
  FROM finding
