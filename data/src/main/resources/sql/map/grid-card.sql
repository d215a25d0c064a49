-- The card of one grid (:code) as JSON. The leader's phone number is whole only for a reader
-- allowed it (:town, or the grid's committee in :committees) and masked otherwise.
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
    'leaderPhone', CASE WHEN f.full_phones THEN p.phone ELSE mask_phone(p.phone) END,
    'phones', CASE WHEN f.full_phones THEN 'full' ELSE 'masked' END,
    'microGrids', (SELECT coalesce(json_agg(json_build_object('code', m.code, 'name', m.name) ORDER BY m.code), '[]')
                     FROM grid m WHERE m.parent_id = g.id)
)::text
FROM grid g
JOIN committee c ON c.id = g.committee_id
LEFT JOIN grid pg ON pg.id = g.parent_id
LEFT JOIN person p ON p.id = g.leader_id
CROSS JOIN LATERAL (SELECT :town OR c.code = ANY(CAST(:committees AS text[])) AS full_phones) f
WHERE g.code = :code
