-- A committee's published week: the slots of its live posts (minutes; midnight at the end is 1440),
-- on duty as routing counts it (IncidentRouting: the post has a slot then).
SELECT s.weekday,
       (extract(epoch FROM s.starts_at) / 60)::int AS start,
       CASE WHEN s.ends_at = time '00:00' THEN 1440 ELSE (extract(epoch FROM s.ends_at) / 60)::int END AS finish
  FROM duty_slot s
  JOIN duty_post d ON d.id = s.post_id
  JOIN committee c ON c.id = d.committee_id
 WHERE c.code = :committee AND d.retired_at IS NULL
