-- The posts on duty in the two-hour slot from :hour of :weekday (a slot of theirs overlaps it) and
-- the micro-grids none of them covers (no on-duty post of the committee shares ground with it), as
-- one GeoJSON FeatureCollection; only :committee when set, only what meets the box when :bbox.
WITH duty AS (
    SELECT d.id, d.code, d.name, d.location, d.area, d.committee_id, c.code AS committee,
           (SELECT p.name FROM person p WHERE p.id = d.leader_id) AS leader
      FROM duty_post d JOIN committee c ON c.id = d.committee_id
     WHERE d.retired_at IS NULL
       AND (CAST(:committee AS text) IS NULL OR c.code = :committee)
       AND (NOT :bbox OR c.boundary && ST_MakeEnvelope(:x0, :y0, :x1, :y1, 4326))
       AND EXISTS (SELECT 1 FROM duty_slot s
                    WHERE s.post_id = d.id AND s.weekday = :weekday
                      AND extract(epoch FROM s.starts_at) / 60 < :hour * 60 + 120
                      AND (s.ends_at > make_time(:hour, 0, 0) OR s.ends_at = '00:00'))
), uncovered AS (
    SELECT g.code, g.name, c.code AS committee, g.boundary
      FROM grid g JOIN committee c ON c.id = g.committee_id
     WHERE g.level = 'micro'
       AND (CAST(:committee AS text) IS NULL OR c.code = :committee)
       AND (NOT :bbox OR g.boundary && ST_MakeEnvelope(:x0, :y0, :x1, :y1, 4326))
       AND NOT EXISTS (SELECT 1 FROM duty u
                        WHERE u.committee_id = g.committee_id AND u.area && g.boundary
                          AND ST_Relate(u.area, g.boundary, 'T********'))
), features AS (
    SELECT 0 AS kind, d.code, json_build_object(
               'type', 'Feature', 'id', d.code, 'geometry', ST_AsGeoJSON(d.location, 7)::json,
               'properties', json_build_object(
                   'kind', 'post', 'code', d.code, 'name', d.name, 'committee', d.committee,
                   'leader', d.leader,
                   'people', (SELECT coalesce(json_agg(DISTINCT p.name), '[]')
                                FROM duty_slot s JOIN duty_slot_member m ON m.slot_id = s.id
                                JOIN person p ON p.id = m.person_id
                               WHERE s.post_id = d.id AND s.weekday = :weekday
                                 AND extract(epoch FROM s.starts_at) / 60 < :hour * 60 + 120
                                 AND (s.ends_at > make_time(:hour, 0, 0) OR s.ends_at = '00:00')))) AS f
      FROM duty d
    UNION ALL
    SELECT 1, u.code, json_build_object(
               'type', 'Feature', 'id', u.code, 'geometry', ST_AsGeoJSON(u.boundary, 7)::json,
               'properties', json_build_object(
                   'kind', 'uncovered', 'code', u.code, 'name', u.name, 'committee', u.committee))
      FROM uncovered u
)
SELECT json_build_object(
    'type', 'FeatureCollection',
    'weekday', :weekday,
    'startHour', :hour,
    'onDuty', (SELECT count(*) FROM duty),
    'uncovered', (SELECT count(*) FROM uncovered),
    'features', (SELECT coalesce(json_agg(f ORDER BY kind, code), '[]') FROM features)
)::text
