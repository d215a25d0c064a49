-- The micro-grids (blocks) of :committee (every committee when null), each with the posts (not
-- retired) of its committee whose drawn area shares ground with it, by code.
SELECT c.code AS committee, g.code, g.name,
       coalesce(array_agg(d.code ORDER BY d.code) FILTER (WHERE d.code IS NOT NULL), '{}') AS posts
  FROM grid g
  JOIN committee c ON c.id = g.committee_id
  LEFT JOIN duty_post d ON d.committee_id = g.committee_id AND d.retired_at IS NULL
                       AND d.area && g.boundary AND ST_Relate(d.area, g.boundary, 'T********')
 WHERE g.level = 'micro' AND (CAST(:committee AS text) IS NULL OR c.code = :committee)
 GROUP BY c.code, g.code, g.name
 ORDER BY c.code, g.code
