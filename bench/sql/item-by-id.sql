-- pgbench floor of workload "item-by-id": the one statement OneGrid runs for
--   GET /collections/micro-grids/items/:code
-- (FeatureSql.java#item; OneGrid binds $1 = the code as text; the revision labels the ETag). bench/run prepends \set lines that
-- pick one micro-grid code per transaction from the same list the wrk runs cycle through (pgbench
-- variables are numbers; micro-grid codes are 16 digits with no leading zero, and -M prepared
-- sends the value as a text parameter, as JDBC does). Alone:
--   pgbench -n -M prepared -c 16 -j 2 -T 15 -D code=3101141180010101 -f item-by-id.sql onegrid
SELECT json_build_object('type', 'Feature', 'id', g.code, 'geometry', ST_AsGeoJSON(g.boundary, 7)::json, 'properties', json_build_object('code', g.code, 'name', g.name, 'level', g.level, 'parent_code', coalesce(pg.code, c.code), 'committee_code', c.code, 'committee_name', c.name, 'leader_name', p.name, 'illustrative', g.illustrative))::text AS f, (SELECT revision FROM data_revision) AS revision FROM grid g JOIN committee c ON c.id = g.committee_id LEFT JOIN grid pg ON pg.id = g.parent_id LEFT JOIN person p ON p.id = g.leader_id WHERE g.level = 'micro' AND g.code = :code;
