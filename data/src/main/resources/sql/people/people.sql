-- People of the register with their committee, phone whole only for a reader allowed it (:town, or
-- the committee in :committees), the posts (not retired) they are members of and how many slots
-- they serve, whether they left, and their party group. The caller appends WHERE and ORDER BY.
SELECT p.id, c.code AS committee, p.name,
       CASE WHEN :town OR c.code = ANY (CAST(:committees AS text[])) THEN p.phone ELSE mask_phone(p.phone) END AS phone,
       p.role, p.registered, p.home_unit, p.service_project, p.illustrative, p.version,
       p.left_on IS NOT NULL AS left_register, g.id AS party_group, g.name AS party_group_name,
       coalesce((SELECT array_agg(d.code ORDER BY d.code) FROM duty_post_member m
                   JOIN duty_post d ON d.id = m.post_id
                  WHERE m.person_id = p.id AND d.retired_at IS NULL), '{}') AS posts,
       (SELECT count(*) FROM duty_slot_member sm JOIN duty_slot s ON s.id = sm.slot_id
          JOIN duty_post d ON d.id = s.post_id
         WHERE sm.person_id = p.id AND d.retired_at IS NULL) AS slots
  FROM person p JOIN committee c ON c.id = p.committee_id
  LEFT JOIN party_group_member gm ON gm.person_id = p.id
  LEFT JOIN party_group g ON g.id = gm.group_id
