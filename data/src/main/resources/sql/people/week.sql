-- Every slot of the posts (not retired) of :committee (every committee when null), one row for each
-- who serves it (one row with no name when nobody does), by post, slot and name; minutes from
-- midnight, 1440 for midnight at the end. Names come as plain text, not arrays: decoding arrays
-- cost more than the rest of every committee's tables (bench/README.md, PeopleBenchmark).
SELECT d.code AS post, s.id AS slot, s.weekday,
       (extract(epoch FROM s.starts_at) / 60)::int AS start_minute,
       CASE WHEN s.ends_at = '00:00' THEN 1440 ELSE (extract(epoch FROM s.ends_at) / 60)::int END AS end_minute,
       p.name
  FROM duty_slot s
  JOIN duty_post d ON d.id = s.post_id
  JOIN committee c ON c.id = d.committee_id
  LEFT JOIN duty_slot_member m ON m.slot_id = s.id
  LEFT JOIN person p ON p.id = m.person_id
 WHERE d.retired_at IS NULL AND (CAST(:committee AS text) IS NULL OR c.code = :committee)
 ORDER BY s.id, p.name
