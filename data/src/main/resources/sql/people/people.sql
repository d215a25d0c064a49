-- People of the register with their committee, phone whole only for a reader allowed it (:town, or
-- the committee in :committees), the posts (not retired) they are members of and how many slots
-- they serve. The caller appends WHERE and ORDER BY.
SELECT p.id, c.code AS committee, p.name,
       CASE WHEN :town OR c.code = ANY (CAST(:committees AS text[])) THEN p.phone ELSE mask_phone(p.phone) END AS phone,
       p.role, p.registered, p.home_unit, p.service_project, p.illustrative, p.version,
       coalesce((SELECT array_agg(d.code ORDER BY d.code) FROM duty_post_member m
                   JOIN duty_post d ON d.id = m.post_id
                  WHERE m.person_id = p.id AND d.retired_at IS NULL), '{}') AS posts,
       (SELECT count(*) FROM duty_slot_member sm JOIN duty_slot s ON s.id = sm.slot_id
          JOIN duty_post d ON d.id = s.post_id
         WHERE sm.person_id = p.id AND d.retired_at IS NULL) AS slots
  FROM person p JOIN committee c ON c.id = p.committee_id
