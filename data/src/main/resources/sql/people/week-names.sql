-- The names of everyone who serves a slot of :committee's posts (everyone in the register when
-- null: reading them all costs less than finding who serves), by person id.
SELECT p.id, p.name
  FROM person p
 WHERE CAST(:committee AS text) IS NULL
    OR p.id IN (SELECT m.person_id FROM duty_slot_member m
                  JOIN duty_slot s ON s.id = m.slot_id
                  JOIN duty_post d ON d.id = s.post_id
                  JOIN committee c ON c.id = d.committee_id
                 WHERE c.code = :committee)
