-- Every post's weekly slots (ISO weekday, 1 = Monday) and who serves in each, names only, one
-- GeoJSON feature without geometry per slot.
SELECT json_build_object('type', 'Feature', 'geometry', NULL, 'properties', json_build_object(
           'post_code', d.code,
           'weekday', s.weekday,
           'starts', to_char(s.starts_at, 'HH24:MI'),
           'ends', to_char(s.ends_at, 'HH24:MI'),
           'members', (SELECT string_agg(p.name, '、' ORDER BY p.name)
                         FROM duty_slot_member sm JOIN person p ON p.id = sm.person_id
                        WHERE sm.slot_id = s.id)))::text AS f
  FROM duty_slot s
  JOIN duty_post d ON d.id = s.post_id
 ORDER BY d.code, s.weekday, s.starts_at
