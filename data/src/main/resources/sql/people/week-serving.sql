-- Who serves each slot of :committee's posts (every slot when null, retired posts' too: the slots
-- read, week-slots.sql, are what counts), by person id.
SELECT m.slot_id, m.person_id
  FROM duty_slot_member m
 WHERE CAST(:committee AS text) IS NULL
    OR m.slot_id IN (SELECT s.id FROM duty_slot s
                       JOIN duty_post d ON d.id = s.post_id
                       JOIN committee c ON c.id = d.committee_id
                      WHERE c.code = :committee)
