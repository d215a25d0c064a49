-- The roster of every duty post, one GeoJSON feature without geometry per person: its leader and
-- members with their phone numbers, whole only for a reader allowed them (:town, or the post's
-- committee in :committees) and masked otherwise, as on the post's card.
SELECT json_build_object('type', 'Feature', 'geometry', NULL, 'properties', json_build_object(
           'post_code', d.code,
           'post_name', d.name,
           'committee_code', c.code,
           'role', r.role,
           'name', p.name,
           'phone', CASE WHEN :town OR c.code = ANY(CAST(:committees AS text[]))
                         THEN p.phone ELSE mask_phone(p.phone) END))::text AS f
  FROM duty_post d
  JOIN committee c ON c.id = d.committee_id
  JOIN LATERAL (SELECT 'leader' AS role, d.leader_id AS person_id WHERE d.leader_id IS NOT NULL
                UNION ALL
                SELECT 'member', m.person_id FROM duty_post_member m WHERE m.post_id = d.id) r ON TRUE
  JOIN person p ON p.id = r.person_id
 ORDER BY d.code, r.role, p.name
