-- A committee's weekly duty slots, post by post, Monday first, with who serves in each.
SELECT p.code, p.name, s.weekday,
       to_char(s.starts_at, 'HH24:MI') AS starts,
       CASE WHEN s.ends_at = '00:00' THEN '24:00' ELSE to_char(s.ends_at, 'HH24:MI') END AS ends,
       (SELECT string_agg(pe.name, '、' ORDER BY pe.name)
          FROM duty_slot_member sm JOIN person pe ON pe.id = sm.person_id
         WHERE sm.slot_id = s.id) AS people
  FROM duty_slot s
  JOIN duty_post p ON p.id = s.post_id
  JOIN committee c ON c.id = p.committee_id
 WHERE c.code = :code AND p.retired_at IS NULL
 ORDER BY p.code, s.weekday, s.starts_at
