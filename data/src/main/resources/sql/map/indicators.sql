-- The analysis indicators for the leaders' panel and choropleth: a town value and one per committee.
-- An empty array until analysis has run.
-- Night coverage is the mean of the two-hour slots from :nightFrom to :nightTo h, every day.
WITH a AS (
    SELECT c.code, a.*,
           (SELECT avg(r) FROM unnest(a.slot_ratios) WITH ORDINALITY AS u(r, i)
             WHERE ((i - 1) % 12) * 2 >= :nightFrom AND ((i - 1) % 12) * 2 < :nightTo) AS night
      FROM analysis_committee a JOIN committee c ON c.id = a.committee_id
)
SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM a) THEN '[]' ELSE json_build_array(
    json_build_object(
        'id', 'coverage', 'title', '岗位覆盖率 Post coverage', 'unit', 'ratio',
        'value', (SELECT sum(covered_m2) / nullif(sum(area_m2), 0) FROM a),
        'byCommittee', (SELECT json_object_agg(code, round(coverage_ratio::numeric, 4) ORDER BY code) FROM a)),
    json_build_object(
        'id', 'catchment-coverage', 'title', '步行覆盖率 Within walking radius', 'unit', 'ratio',
        'value', (SELECT sum(catchment_ratio * area_m2) / nullif(sum(area_m2), 0) FROM a),
        'byCommittee', (SELECT json_object_agg(code, round(catchment_ratio::numeric, 4) ORDER BY code) FROM a)),
    json_build_object(
        'id', 'night-coverage', 'unit', 'ratio', 'window', json_build_object('from', :nightFrom, 'to', :nightTo),
        'title', format('夜间（%s–%s时）覆盖率 Night coverage (%s–%s h)', :nightFrom, :nightTo, :nightFrom, :nightTo),
        'value', (SELECT avg(night) FROM a),
        'byCommittee', (SELECT json_object_agg(code, round(night::numeric, 4) ORDER BY code) FROM a)),
    json_build_object(
        'id', 'overlap-area', 'title', '重叠责任区面积 Overlap area', 'unit', 'm2',
        'value', (SELECT round(sum(overlap_m2)::numeric) FROM a),
        'byCommittee', (SELECT json_object_agg(code, round(overlap_m2::numeric) ORDER BY code) FROM a))
)::text END
