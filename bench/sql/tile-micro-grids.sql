-- pgbench floor of the tile workloads on collection micro-grids: the one statement OneGrid runs for
--   GET /collections/micro-grids/tiles/WebMercatorQuad/:z/:y/:x
-- (FeatureSql.java#tile; OneGrid binds $1..$7 = z, x, y, z, x, y, tolerance, where tolerance is a
-- quarter pixel in metres below zoom 15 and 0 from zoom 15 on: FeatureRepository.java#tile).
-- bench/run prepends \set lines that set :z and :tolerance and pick one tile per transaction from
-- the same list the wrk runs cycle through. Alone, one zoom-15 tile of the sample town:
--   pgbench -n -M prepared -c 16 -j 2 -T 15 -D z=15 -D x=27425 -D y=13386 -D tolerance=0 \
--     -f tile-micro-grids.sql onegrid
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.015625), 4326) AS q) SELECT ST_AsMVT(t.*, 'micro-grids', 4096, 'geom') AS mvt, (SELECT revision FROM data_revision) AS revision FROM ( SELECT g.code AS "code", g.name AS "name", g.level AS "level", coalesce(pg.code, c.code) AS "parent_code", c.code AS "committee_code", c.name AS "committee_name", p.name AS "leader_name", g.illustrative AS "illustrative", ST_AsMVTGeom(ST_Simplify(ST_Transform(g.boundary, 3857), :tolerance, true), b.env, 4096, 64, true) AS geom FROM grid g JOIN committee c ON c.id = g.committee_id LEFT JOIN grid pg ON pg.id = g.parent_id LEFT JOIN person p ON p.id = g.leader_id CROSS JOIN b WHERE g.level = 'micro' AND g.boundary && b.q) t;
