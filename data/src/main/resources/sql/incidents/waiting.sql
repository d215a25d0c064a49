-- The open incidents routed to :post (a post's code), or to :committee (a committee's code: all of
-- its incidents, the uncovered ones too), or reported by :reporter, soonest due first.
SELECT coalesce(json_agg(json_build_object(
           'id', i.id, 'type', i.type_id, 'typeName', t.name, 'state', i.state, 'source', i.source,
           'dutyRecord', (SELECT r.id FROM duty_record r WHERE r.incident_id = i.id),
           'description', left(i.description, 200), 'reportedAt', i.reported_at, 'dueAt', i.due_at,
           'overdue', (i.state NOT IN ('closed', 'void') AND now() > i.due_at) OR i.closed_at > i.due_at,
           'committee', c.code, 'post', d.code, 'uncovered', i.uncovered,
           'reason', json_build_object('zh', i.reason_zh, 'en', i.reason_en),
           'location', json_build_array(round(ST_X(i.location)::numeric, 7), round(ST_Y(i.location)::numeric, 7)))
           ORDER BY i.due_at, i.id), '[]')::text
  FROM (SELECT * FROM incident i
         WHERE (CAST(:post AS text) IS NULL OR i.post_id = (SELECT id FROM duty_post WHERE code = :post))
           AND (CAST(:committee AS text) IS NULL OR i.committee_id = (SELECT id FROM committee WHERE code = :committee))
           AND (CAST(:reporter AS text) IS NULL OR i.reported_by = :reporter)
           AND (:all_states OR i.state NOT IN ('closed', 'void'))
         ORDER BY i.due_at, i.id LIMIT 500) AS i
  JOIN incident_type t ON t.id = i.type_id
  JOIN committee c ON c.id = i.committee_id
  LEFT JOIN duty_post d ON d.id = i.post_id
