-- People's names by id: everyone in the register when :committee is null (reading them all costs
-- less than finding who serves), else those who serve a slot of the committee's posts; two
-- branches, as in week-serving.sql.
SELECT p.id, p.name
  FROM person p
 WHERE CAST(:committee AS text) IS NULL
UNION ALL
SELECT DISTINCT p.id, p.name
  FROM committee c
  JOIN duty_post d ON d.committee_id = c.id
  JOIN duty_slot s ON s.post_id = d.id
  JOIN duty_slot_member m ON m.slot_id = s.id
  JOIN person p ON p.id = m.person_id
 WHERE c.code = :committee
