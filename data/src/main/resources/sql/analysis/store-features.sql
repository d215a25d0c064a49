-- Inserts analysis shapes in one statement: one row per element of the parallel arrays. Shapes are
-- WKB in EPSG:4326; feature ids travel as JSON arrays (a text[] per row cannot be an array element).
-- A shape valid in metres can turn invalid in degrees; ST_MakeValid then returns a collection with
-- the collapsed parts as lines, so only the parts of the shape's own dimension are kept (polygons
-- stay polygons, a blind spot's centre stays a point).
INSERT INTO analysis_feature (committee_id, town_id, kind, finding, scope, shape, area_m2, radius_m,
    feature_ids, fixes)
SELECT f.committee, f.town, f.kind, f.finding, f.scope,
       ST_CollectionExtract(ST_MakeValid(g.shape), ST_Dimension(g.shape) + 1),
       f.area, f.radius, ARRAY(SELECT jsonb_array_elements_text(CAST(f.ids AS jsonb))),
       CAST(f.fixes AS jsonb)
  FROM unnest(CAST(:committees AS bigint[]), CAST(:towns AS integer[]), CAST(:kinds AS text[]),
              CAST(:findings AS text[]), CAST(:scopes AS text[]), CAST(:shapes AS bytea[]),
              CAST(:areas AS double precision[]), CAST(:radii AS double precision[]),
              CAST(:ids AS text[]), CAST(:fixes AS text[]))
       AS f (committee, town, kind, finding, scope, shape, area, radius, ids, fixes)
 CROSS JOIN LATERAL (SELECT ST_GeomFromWKB(f.shape, 4326) AS shape) g
