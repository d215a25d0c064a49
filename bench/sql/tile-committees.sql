-- pgbench floor of a tile workload on collection committees (used for zoom 13 only when
-- micro-grids' TileJSON minzoom is above 13): the statement OneGrid runs for
--   GET /collections/committees/tiles/WebMercatorQuad/:z/:y/:x
-- (FeatureSql.java#tile; $1..$7 = z, x, y, z, x, y, tolerance). Alone:
--   pgbench -n -M prepared -c 16 -j 2 -T 15 -D z=13 -D x=6856 -D y=3346 \
--     -D tolerance=0.29858214174211023 -f tile-committees.sql onegrid
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.015625), 4326) AS q) SELECT ST_AsMVT(t.*, 'committees', 4096, 'geom') AS mvt, (SELECT revision FROM data_revision) AS revision FROM ( SELECT c.code AS "code", c.name AS "name", c.kind AS "kind", t.code AS "town_code", a.coverage_ratio AS "coverage_ratio", a.catchment_ratio AS "catchment_ratio", c.illustrative AS "illustrative", ST_AsMVTGeom(ST_Simplify(ST_Transform(c.boundary, 3857), :tolerance, true), b.env, 4096, 64, true) AS geom FROM committee c JOIN town t ON t.id = c.town_id LEFT JOIN analysis_committee a ON a.committee_id = c.id CROSS JOIN b WHERE TRUE AND c.boundary && b.q) t;
