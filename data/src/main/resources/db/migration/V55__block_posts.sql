-- Which posts cover each block (micro-grid), kept with the analysis results: the heat tables of
-- every committee at once read it instead of relating every block to its committee's posts
-- (5 s at city scale; bench/README.md, PeopleBenchmark).

-- The posts (not retired) of a block's committee whose drawn area shares ground with it (more than
-- a touching border), by code: the one definition, for the stored relation and for a block whose
-- committee awaits its analysis.
CREATE FUNCTION block_posts(block bigint) RETURNS text[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(d.code ORDER BY d.code), '{}')
      FROM grid g
      JOIN duty_post d ON d.committee_id = g.committee_id AND d.retired_at IS NULL
                      AND d.area && g.boundary AND ST_Relate(d.area, g.boundary, 'T********')
     WHERE g.id = block
$$;

-- Written with the committee's analysis, in its transaction; current while the committee is not
-- in analysis_stale.
CREATE TABLE analysis_block (
    grid_id      bigint PRIMARY KEY REFERENCES grid ON DELETE CASCADE,
    committee_id bigint NOT NULL REFERENCES committee ON DELETE CASCADE,
    posts        text[] NOT NULL
);
CREATE INDEX analysis_block_committee_idx ON analysis_block (committee_id);

INSERT INTO analysis_block (grid_id, committee_id, posts)
SELECT g.id, g.committee_id, block_posts(g.id)
  FROM grid g
 WHERE g.level = 'micro' AND g.committee_id IN (SELECT committee_id FROM analysis_committee);
