-- Every slot of the posts (not retired) of :committee (every committee when null): its post, day,
-- and minutes from midnight, 1440 for midnight at the end. Unsorted, as are the other two reads of
-- the posts' weeks (week-serving.sql, week-names.sql): TimeCoverage joins them. The posts in two
-- branches, one of them switched off by :committee, so that even a generic plan finds one
-- committee's by its indexes. The minutes by date_part, in double precision: extract gives numeric,
-- which cost as much as the rest of the read at city scale.
SELECT s.id, d.code, s.weekday,
       (date_part('epoch', s.starts_at) / 60)::int AS start_minute,
       CASE WHEN s.ends_at = '00:00' THEN 1440 ELSE (date_part('epoch', s.ends_at) / 60)::int END AS end_minute
  FROM (SELECT d.id, d.code FROM duty_post d
         WHERE d.retired_at IS NULL AND CAST(:committee AS text) IS NULL
        UNION ALL
        SELECT d.id, d.code FROM committee c JOIN duty_post d ON d.committee_id = c.id
         WHERE d.retired_at IS NULL AND c.code = :committee) d
  JOIN duty_slot s ON s.post_id = d.id
