INSERT INTO volunteer_team (committee_id, name, interest, member_count, illustrative)
SELECT u.committee_id, u.name, u.interest, u.member_count, true
FROM unnest(?::bigint[], ?::text[], ?::text[], ?::integer[])
    AS u (committee_id, name, interest, member_count)
