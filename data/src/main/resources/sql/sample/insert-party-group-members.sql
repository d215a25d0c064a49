INSERT INTO party_group_member (group_id, person_id)
SELECT u.group_id, u.person_id
FROM unnest(?::bigint[], ?::bigint[]) AS u (group_id, person_id)
