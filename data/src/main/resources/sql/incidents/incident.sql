-- One incident as JSON: where it is, what, who reported it (the contact whole when :whole_contact,
-- else masked 139****0001), where it was routed and why, its state, whether overdue, and its steps;
-- dutyRecord: the duty record whose problem it is (source 'duty'), else null.
SELECT i.id, c.code AS committee, d.code AS post, i.reported_by,
       (i.reporter_name IS NOT NULL OR i.reporter_contact IS NOT NULL) AS names_people,
       json_build_object(
    'type', 'Feature', 'id', i.id,
    'geometry', ST_AsGeoJSON(i.location, 7)::json,
    'properties', json_build_object(
        'id', i.id, 'type', i.type_id, 'typeName', t.name, 'description', i.description,
        'source', i.source,
        'dutyRecord', (SELECT r.id FROM duty_record r WHERE r.incident_id = i.id),
        'reportedBy', i.reported_by, 'reporterName', i.reporter_name,
        'reporterContact', CASE WHEN :whole_contact OR i.reporter_contact IS NULL THEN i.reporter_contact
                                ELSE left(i.reporter_contact, 3) || '****' || right(i.reporter_contact, 4) END,
        'reportedAt', i.reported_at, 'dueAt', i.due_at, 'closedAt', i.closed_at,
        'state', i.state,
        'overdue', (i.state NOT IN ('closed', 'void') AND now() > i.due_at) OR i.closed_at > i.due_at,
        'committee', c.code, 'committeeName', c.name,
        'grid', g.code, 'microGrid', m.code, 'microGridName', m.name,
        'areaPosts', i.area_posts, 'post', d.code, 'postName', d.name, 'onDuty', i.on_duty,
        'uncovered', i.uncovered, 'reason', json_build_object('zh', i.reason_zh, 'en', i.reason_en),
        'photo', EXISTS (SELECT 1 FROM incident_photo p WHERE p.incident_id = i.id),
        'illustrative', i.illustrative, 'version', i.version,
        'steps', (SELECT coalesce(json_agg(json_build_object(
                       'from', s.from_state, 'to', s.to_state, 'by', s.by_user, 'at', s.at, 'notes', s.notes)
                       ORDER BY s.at, s.id), '[]')
                    FROM incident_step s WHERE s.incident_id = i.id)))::text AS json
  FROM incident i
  JOIN incident_type t ON t.id = i.type_id
  JOIN committee c ON c.id = i.committee_id
  LEFT JOIN grid g ON g.id = i.grid_id
  LEFT JOIN grid m ON m.id = i.micro_grid_id
  LEFT JOIN duty_post d ON d.id = i.post_id
 WHERE i.id = :id
