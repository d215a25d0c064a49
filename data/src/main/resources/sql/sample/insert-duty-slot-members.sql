INSERT INTO duty_slot_member (slot_id, person_id)
SELECT u.slot_id, u.person_id
FROM unnest(?::bigint[], ?::bigint[]) AS u (slot_id, person_id)
