-- Incidents as Open311 GeoReport v2 service requests (newest first, at most :limit): one by :id, or
-- those of a type, reported in [:from, :to), open (any state but closed and void) or closed.
SELECT coalesce(json_agg(json_build_object(
           'service_request_id', i.id::text,
           'status', CASE WHEN i.state IN ('closed', 'void') THEN 'closed' ELSE 'open' END,
           'status_notes', (SELECT s.notes FROM incident_step s WHERE s.incident_id = i.id
                             ORDER BY s.at DESC, s.id DESC LIMIT 1),
           'service_name', t.name, 'service_code', i.type_id, 'description', i.description,
           'agency_responsible', c.name,
           'requested_datetime', to_char(i.reported_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"'),
           'updated_datetime', to_char(i.updated_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"'),
           'expected_datetime', to_char(i.due_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS"+08:00"'),
           'lat', round(ST_Y(i.location)::numeric, 7), 'long', round(ST_X(i.location)::numeric, 7),
           'media_url', CASE WHEN EXISTS (SELECT 1 FROM incident_photo p WHERE p.incident_id = i.id)
                             THEN '/incidents/' || i.id || '/photo' END)
           ORDER BY i.reported_at DESC, i.id DESC), '[]')::text
  FROM (SELECT * FROM incident i
         WHERE (CAST(:id AS bigint) IS NULL OR i.id = :id)
           AND (CAST(:type AS text) IS NULL OR i.type_id = :type)
           AND (CAST(:from AS timestamptz) IS NULL OR i.reported_at >= :from)
           AND (CAST(:to AS timestamptz) IS NULL OR i.reported_at < :to)
           AND (CAST(:status AS text) IS NULL
                OR (:status = 'closed') = (i.state IN ('closed', 'void')))
         ORDER BY i.reported_at DESC, i.id DESC LIMIT :limit) AS i
  JOIN incident_type t ON t.id = i.type_id
  JOIN committee c ON c.id = i.committee_id
