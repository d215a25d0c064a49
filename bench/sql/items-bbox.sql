-- pgbench floor of workload "items-bbox": the one statement OneGrid runs for
--   GET /collections/micro-grids/items?bbox=:minx,:miny,:maxx,:maxy&limit=100
-- (data/src/main/java/cn/onegrid/data/features/FeatureSql.java#items; OneGrid binds
-- $1..$6 = minx, miny, maxx, maxy, limit, offset). bench/run prepends \set lines that pick one
-- committee's bounding box per transaction from the same list the wrk runs cycle through, and
-- checks (from the PostgreSQL log) that OneGrid still sends exactly this SQL. Alone, with one
-- representative box:
--   pgbench -n -M prepared -c 16 -j 2 -T 15 -D minx=121.2670052 -D miny=31.2759017 \
--     -D maxx=121.279513 -D maxy=31.283 -D limit=100 -D offset=0 -f items-bbox.sql onegrid
SELECT count(*) AS n, coalesce(string_agg(f, ',' ORDER BY k), '') AS features, (SELECT revision FROM data_revision) AS revision FROM ( SELECT g.code AS k, json_build_object('type', 'Feature', 'id', g.code, 'geometry', ST_AsGeoJSON(g.boundary, 7)::json, 'properties', json_build_object('code', g.code, 'name', g.name, 'level', g.level, 'parent_code', coalesce(pg.code, c.code), 'committee_code', c.code, 'committee_name', c.name, 'leader_name', p.name, 'illustrative', g.illustrative))::text AS f FROM grid g JOIN committee c ON c.id = g.committee_id LEFT JOIN grid pg ON pg.id = g.parent_id LEFT JOIN person p ON p.id = g.leader_id WHERE g.level = 'micro' AND ST_Intersects(g.boundary, ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, 4326)) ORDER BY g.code LIMIT :limit OFFSET :offset) s;
