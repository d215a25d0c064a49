-- Who serves each slot, by person id: every slot's when :committee is null (retired posts' too:
-- the slots read, week-slots.sql, are what counts), else those of the committee's posts. Two
-- branches, one of them switched off by :committee, so that even a generic plan finds one
-- committee's by its indexes.
SELECT m.slot_id, m.person_id
  FROM duty_slot_member m
 WHERE CAST(:committee AS text) IS NULL
UNION ALL
SELECT m.slot_id, m.person_id
  FROM committee c
  JOIN duty_post d ON d.committee_id = c.id
  JOIN duty_slot s ON s.post_id = d.id
  JOIN duty_slot_member m ON m.slot_id = s.id
 WHERE c.code = :committee
