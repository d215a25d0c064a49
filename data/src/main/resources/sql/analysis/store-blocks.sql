-- Which posts cover each block (micro-grid) of the committees :ids, now (block_posts, V55).
INSERT INTO analysis_block (grid_id, committee_id, posts)
SELECT g.id, g.committee_id, block_posts(g.id)
  FROM grid g
 WHERE g.committee_id = ANY (:ids) AND g.level = 'micro'
