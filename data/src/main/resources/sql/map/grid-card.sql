-- The card of one grid (:code) as JSON.
SELECT json_build_object(
    'kind', 'grid',
    'code', g.code,
    'name', g.name,
    'level', g.level,
    'illustrative', g.illustrative,
    'bbox', json_build_array(ST_XMin(g.boundary), ST_YMin(g.boundary), ST_XMax(g.boundary), ST_YMax(g.boundary)),
    'parent', CASE WHEN pg.id IS NULL THEN NULL ELSE json_build_object('code', pg.code, 'name', pg.name) END,
    'committee', json_build_object('code', c.code, 'name', c.name),
    'leader', p.name,
    'microGrids', (SELECT coalesce(json_agg(json_build_object('code', m.code, 'name', m.name) ORDER BY m.code), '[]')
                     FROM grid m WHERE m.parent_id = g.id)
)::text
FROM grid g
JOIN committee c ON c.id = g.committee_id
LEFT JOIN grid pg ON pg.id = g.parent_id
LEFT JOIN person p ON p.id = g.leader_id
WHERE g.code = :code
