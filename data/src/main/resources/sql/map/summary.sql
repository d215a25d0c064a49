-- The town's headline numbers for the leaders' panel.
SELECT json_build_object(
    'committees', (SELECT count(*) FROM committee),
    'residentsCommittees', (SELECT count(*) FROM committee WHERE kind = 'residents_committee'),
    'villageCommittees', (SELECT count(*) FROM committee WHERE kind = 'village'),
    'comprehensiveGrids', (SELECT count(*) FROM grid WHERE level = 'comprehensive'),
    'microGrids', (SELECT count(*) FROM grid WHERE level = 'micro'),
    'dutyPosts', (SELECT count(*) FROM duty_post WHERE retired_at IS NULL),
    'postMembers', (SELECT count(DISTINCT person_id) FROM duty_post_member),
    'weeklySlots', (SELECT count(*) FROM duty_slot),
    'illustrative', (SELECT bool_or(illustrative) FROM committee),
    -- Committees an edit queued that the analysis has not caught up with: 0 once it has.
    'analysisPending', (SELECT count(*) FROM analysis_stale)
)::text
