INSERT INTO duty_post_member (post_id, person_id)
SELECT u.post_id, u.person_id
FROM unnest(?::bigint[], ?::bigint[]) AS u (post_id, person_id)
