-- Committees, grids and posts whose name contains :q or whose code starts with :q, best first, from
-- the :collections the reader may read.
SELECT json_build_object('kind', kind, 'collection', collection, 'code', code, 'name', name,
                         'bbox', json_build_array(ST_XMin(g), ST_YMin(g), ST_XMax(g), ST_YMax(g)))::text
FROM (
    SELECT 'committee' AS kind, 'committees' AS collection, code, name, boundary AS g FROM committee
    UNION ALL
    SELECT 'grid', CASE level WHEN 'micro' THEN 'micro-grids' ELSE 'comprehensive-grids' END, code, name, boundary
      FROM grid
    UNION ALL
    SELECT 'post', 'duty-posts', code, name, coalesce(area, location) FROM duty_post WHERE retired_at IS NULL
) found
WHERE (code LIKE :prefix OR strpos(name, :q) > 0) AND collection IN (:collections)
ORDER BY code = :q DESC, strpos(name, :q) = 1 DESC, length(name), code
LIMIT :limit
