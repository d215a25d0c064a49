-- Every slot of the posts (not retired) of :committee (every committee when null): its post, day,
-- and minutes from midnight, 1440 for midnight at the end. Unsorted, as are the other two reads of
-- the posts' weeks (week-serving.sql, week-names.sql): TimeCoverage joins them.
SELECT s.id, d.code, s.weekday,
       (extract(epoch FROM s.starts_at) / 60)::int AS start_minute,
       CASE WHEN s.ends_at = '00:00' THEN 1440 ELSE (extract(epoch FROM s.ends_at) / 60)::int END AS end_minute
  FROM duty_slot s
  JOIN duty_post d ON d.id = s.post_id
  JOIN committee c ON c.id = d.committee_id
 WHERE d.retired_at IS NULL AND (CAST(:committee AS text) IS NULL OR c.code = :committee)
