-- The micro-grids (blocks) of :committee (every committee when null), each with the posts that
-- cover it, by code, separated by spaces (codes have none; text, as arrays are slow to decode): as
-- the committee's analysis stored them, or, while the committee awaits its analysis (or a block has
-- none yet), as they are now. Unsorted: TimeCoverage sorts them (the city's sort went to disk).
SELECT c.code AS committee, g.code, g.name,
       array_to_string(CASE WHEN b.grid_id IS NULL OR s.committee_id IS NOT NULL THEN block_posts(g.id)
                            ELSE b.posts END, ' ') AS posts
  FROM grid g
  JOIN committee c ON c.id = g.committee_id
  LEFT JOIN analysis_block b ON b.grid_id = g.id
  LEFT JOIN analysis_stale s ON s.committee_id = g.committee_id
 WHERE g.level = 'micro' AND (CAST(:committee AS text) IS NULL OR c.code = :committee)
