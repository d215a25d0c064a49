-- The card of one duty post (:code) as JSON, with its week of slots and who is on duty at :now
-- (a local Shanghai time, so tests can fix it). Phone numbers are whole only for a reader allowed
-- them (:town, or the post's committee in :committees) and masked otherwise.
WITH post AS (
    SELECT d.*, c.code AS committee_code, c.name AS committee_name, p.name AS leader_name,
           (:town OR c.code = ANY(CAST(:committees AS text[]))) AS full_phones, p.phone AS leader_phone
      FROM duty_post d
      JOIN committee c ON c.id = d.committee_id
      LEFT JOIN person p ON p.id = d.leader_id
     WHERE d.code = :code
), slots AS (
    SELECT s.id, s.weekday, s.starts_at, s.ends_at,
           s.weekday = extract(isodow FROM CAST(:now AS timestamp))
             AND CAST(:now AS timestamp)::time >= s.starts_at
             AND (CAST(:now AS timestamp)::time < s.ends_at OR s.ends_at = '00:00') AS now_on,
           (SELECT coalesce(json_agg(pe.name ORDER BY pe.name), '[]')
              FROM duty_slot_member sm JOIN person pe ON pe.id = sm.person_id
             WHERE sm.slot_id = s.id) AS members
      FROM duty_slot s JOIN post ON s.post_id = post.id
)
SELECT json_build_object(
    'kind', 'post',
    'code', post.code,
    'name', post.name,
    'illustrative', post.illustrative,
    'bbox', json_build_array(ST_XMin(coalesce(post.area, post.location)), ST_YMin(coalesce(post.area, post.location)),
                             ST_XMax(coalesce(post.area, post.location)), ST_YMax(coalesce(post.area, post.location))),
    'committee', json_build_object('code', post.committee_code, 'name', post.committee_name),
    'leader', post.leader_name,
    'leaderPhone', CASE WHEN post.full_phones THEN post.leader_phone ELSE mask_phone(post.leader_phone) END,
    'phones', CASE WHEN post.full_phones THEN 'full' ELSE 'masked' END,
    'dutyTypes', post.duty_types,
    'members', (SELECT coalesce(json_agg(json_build_object(
                           'name', pe.name,
                           'phone', CASE WHEN post.full_phones THEN pe.phone ELSE mask_phone(pe.phone) END)
                       ORDER BY pe.name), '[]')
                  FROM duty_post_member m JOIN person pe ON pe.id = m.person_id WHERE m.post_id = post.id),
    'slots', (SELECT coalesce(json_agg(json_build_object(
                         'weekday', weekday, 'starts', to_char(starts_at, 'HH24:MI'),
                         'ends', to_char(ends_at, 'HH24:MI'), 'members', members, 'now', now_on)
                     ORDER BY weekday, starts_at), '[]') FROM slots),
    'onDutyNow', (SELECT coalesce(json_agg(DISTINCT m.value), '[]')
                    FROM slots, json_array_elements_text(slots.members) m WHERE slots.now_on)
)::text
FROM post
